import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService, updateService } from '../services/services.js';
import { addResponses } from '../testing/bulk-responses.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

const GENT = FIXTURE_SERVICES.gent.id;
const PRODUCT = '1502';
const DAY = '2025-06-15';

describe.each(BACKENDS)('GET /v1/services/:id/comparison on %s', (kind) => {
  let t: TestApp;
  const others = ['gemeente-aalst', 'gemeente-brugge', 'gemeente-deinze', 'gemeente-eeklo', 'gemeente-geel', 'gemeente-halle'] as const;

  const service = async (organisationId: string, id: string, productId: string | null) =>
    insertService(t.database.db, {
      id,
      organisationId,
      name: { nl: `Bewonerskaart ${id}` },
      audience: 'burgers',
      channel: 'gemeente.be',
      productId,
    });

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    for (const id of others) await insertOrganisation(db, { id, name: `Naam van ${id}`, level: 'lokaal' });
    await updateService(db, GENT, { productId: PRODUCT });
    // Own service: 30 of 40 satisfied = 75 %.
    await addResponses(db, GENT, { satisfied: 30, other: 10 }, DAY);
    // Four other organisations with ≥ 30 responses: 60 %, 70 %, 80 %, 90 %.
    await service('gemeente-aalst', 'aalst-parkeerkaart', PRODUCT);
    await addResponses(db, 'aalst-parkeerkaart', { satisfied: 18, other: 12 }, DAY);
    await service('gemeente-brugge', 'brugge-parkeerkaart', PRODUCT);
    await addResponses(db, 'brugge-parkeerkaart', { satisfied: 28, other: 12 }, DAY);
    await service('gemeente-deinze', 'deinze-parkeerkaart', PRODUCT);
    await addResponses(db, 'deinze-parkeerkaart', { satisfied: 40, other: 10 }, DAY);
    await service('gemeente-eeklo', 'eeklo-parkeerkaart', PRODUCT);
    await addResponses(db, 'eeklo-parkeerkaart', { satisfied: 27, other: 3 }, DAY);
    // Never counted: the same product in Gent's own organisation, another product, another year.
    await service('stad-gent', 'gent-parkeerkaart-balie', PRODUCT);
    await addResponses(db, 'gent-parkeerkaart-balie', { satisfied: 0, other: 100 }, DAY);
    await service('gemeente-halle', 'halle-identiteitskaart', '1020');
    await addResponses(db, 'halle-identiteitskaart', { satisfied: 0, other: 100 }, DAY);
    await service('gemeente-halle', 'halle-parkeerkaart', PRODUCT);
    await addResponses(db, 'halle-parkeerkaart', { satisfied: 0, other: 100 }, '2024-06-15');
  });
  afterAll(() => t.close());

  const comparison = (serviceId: string, query = '?year=2025', token: string | null = ADMIN_TOKEN) =>
    t.app.inject({ url: `/v1/services/${serviceId}/comparison${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('is suppressed with 4 other organisations, and with a fifth that has 29 responses', async () => {
    const four = (await comparison(GENT)).json();
    expect(four).toMatchObject({
      service: { id: GENT, productId: PRODUCT },
      period: { from: '2025-01-01', to: '2025-12-31' },
      own: { responses: 40, satisfied: 75 },
      organisations: 4,
      suppressed: true,
      reason: 'too_few_organisations',
      others: null,
      position: null,
    });
    await service('gemeente-geel', 'geel-parkeerkaart', PRODUCT);
    await addResponses(t.database.db, 'geel-parkeerkaart', { satisfied: 14, other: 15 }, DAY);
    const at29 = (await comparison(GENT)).json();
    expect(at29).toMatchObject({ organisations: 4, suppressed: true, reason: 'too_few_organisations', others: null });
  });

  it('compares with 5 other organisations once the fifth reaches 30 responses, percentiles as computed by hand', async () => {
    await addResponses(t.database.db, 'geel-parkeerkaart', { satisfied: 1, other: 0 }, DAY);
    // Shares 50 (15/30), 60, 70, 80, 90: h = 4·p → p25 = 60, median = 70, p75 = 80 (already multiples of 5).
    // Own 75 % lies between.
    const res = await comparison(GENT);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      organisations: 5,
      suppressed: false,
      reason: null,
      others: { p25: 60, median: 70, p75: 80 },
      position: { standing: 'between' },
    });
  });

  it('pools the services of one organisation: two of 20 responses count as one organisation of 40', async () => {
    await service('gemeente-halle', 'halle-parkeerkaart-loket', PRODUCT);
    await service('gemeente-halle', 'halle-parkeerkaart-app', PRODUCT);
    await addResponses(t.database.db, 'halle-parkeerkaart-loket', { satisfied: 10, other: 10 }, DAY);
    await addResponses(t.database.db, 'halle-parkeerkaart-app', { satisfied: 14, other: 6 }, DAY);
    // Shares 50, 60, 60 (24/40), 70, 80, 90; h = 5·p:
    // p25: h = 1.25 → 60 + 0.25·(60 − 60) = 60; median: h = 2.5 → 60 + 0.5·10 = 65; p75: h = 3.75 → 70 + 0.75·10 = 77.5,
    // rounded to a multiple of 5 → 80 (77.5 / 5 = 15.5 rounds up). Own 75 % lies between 60 and 80.
    const body = (await comparison(GENT)).json();
    expect(body).toMatchObject({
      organisations: 6,
      suppressed: false,
      others: { p25: 60, median: 65, p75: 80 },
      position: { standing: 'between' },
    });
  });

  it('places a service below the 25th and above the 75th percentile', async () => {
    const db = t.database.db;
    await service('stad-gent', 'gent-parkeerkaart-laag', PRODUCT);
    await addResponses(db, 'gent-parkeerkaart-laag', { satisfied: 1, other: 9 }, DAY);
    expect((await comparison('gent-parkeerkaart-laag')).json().position).toEqual({ standing: 'below_p25' });
    await service('stad-gent', 'gent-parkeerkaart-hoog', PRODUCT);
    await addResponses(db, 'gent-parkeerkaart-hoog', { satisfied: 10, other: 0 }, DAY);
    expect((await comparison('gent-parkeerkaart-hoog')).json().position).toEqual({ standing: 'above_p75' });
  });

  it('never names another organisation or service', async () => {
    const text = (await comparison(GENT)).body;
    for (const id of others) {
      expect(text).not.toContain(id);
      expect(text).not.toContain(`Naam van ${id}`);
    }
    expect(text).not.toContain('parkeerkaart');
  });

  it('says why when the service names no product, and gives no position without own responses', async () => {
    const none = (await comparison(FIXTURE_SERVICES.groeipakket.id)).json();
    expect(none).toMatchObject({
      service: { productId: null },
      organisations: 0,
      suppressed: true,
      reason: 'no_product',
      others: null,
      position: null,
    });
    const empty = (await comparison(GENT, '?year=2024')).json();
    // In 2024 only Halle had responses (and too few organisations): suppressed, own figures empty.
    expect(empty).toMatchObject({ own: { responses: 0, satisfied: null, satisfiedInterval: null }, organisations: 1, suppressed: true });
  });

  it('is scoped like every analyst route: own organisation 200, another 404, no token 401 before any 400', async () => {
    expect((await comparison(GENT, '?year=2025', t.tokens.gent)).statusCode).toBe(200);
    const foreign = await comparison(GENT, '?year=2025', t.tokens.opgroeien);
    const unknown = await comparison('bestaat-niet', '?year=2025', t.tokens.opgroeien);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual({ ...unknown.json(), error: { ...unknown.json().error, message: expect.any(String) } });
    const anonymous = await comparison(GENT, '?year=abc', null);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('unauthorized');
    for (const query of ['?year=1999', '?year=2101', '?year=abc', '?other=1']) {
      const bad = await comparison(GENT, query);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.code).toBe('validation_failed');
    }
  });

  it('is in the OpenAPI document with its operationId', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    const operation = doc.paths['/v1/services/{serviceId}/comparison'].get;
    expect(operation.operationId).toBe('getServiceComparison');
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404']));
  });
});
