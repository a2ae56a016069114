import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentYear } from '../kernel/calendar.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

describe.each(BACKENDS)('GET /v1/services/:id/figures on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const figures = (serviceId: string, query: string, token: string | null = ADMIN_TOKEN) =>
    t.app.inject({ url: `/v1/services/${serviceId}/figures${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const post = (body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/v1/feedback', headers: { 'content-type': 'application/json' }, payload: body });

  it('answers an empty year with counts 0 and averages null, and every row of the contract', async () => {
    const res = await figures(GENT, '?year=2019');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      service: { id: GENT, organisationId: 'stad-gent' },
      period: { from: '2019-01-01', to: '2019-12-31', timezone: 'Europe/Brussels' },
      responses: 0,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
      mean: null,
      satisfied: null,
      satisfiedInterval: null,
      dissatisfied: null,
      remarks: 0,
      displays: 0,
      responseRate: null,
      ease: { answered: 0, mean: null },
      completed: { answered: 0, counts: { yes: 0, partly: 0, no: 0 }, shares: { yes: null, partly: null, no: null } },
      byChannel: [],
      previousYear: { period: { from: '2018-01-01', to: '2018-12-31' }, responses: 0, mean: null },
    });
    expect(body.byMonth.map((m: { month: string }) => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2019-${String(i + 1).padStart(2, '0')}`),
    );
    expect(body.byContext.map((c: { context: string }) => c.context)).toEqual(['transaction', 'support', 'continuous']);
  });

  it('leaves out follow-up figures of a service that has them off and no answers', async () => {
    const body = (await figures(GROEIPAKKET, '?year=2019')).json();
    expect(body.ease).toBeNull();
    expect(body.completed).toBeNull();
  });

  it('counts what POST /v1/feedback stores, with its follow-up, once', async () => {
    const year = currentYear('Europe/Brussels');
    const before = (await figures(GENT, `?year=${year}`)).json();
    const submissionId = randomUUID();
    expect((await post({ serviceId: GENT, submissionId, score: 2, context: 'support' })).statusCode).toBe(201);
    expect((await post({ serviceId: GENT, submissionId, score: 2, context: 'support' })).statusCode).toBe(200);
    expect((await post({ serviceId: GENT, submissionId, score: 2, remark: 'Te traag', ease: 1, completed: 'no' })).statusCode).toBe(200);
    expect((await post({ serviceId: GENT, submissionId: randomUUID(), score: 5, remark: 'Top' })).statusCode).toBe(201);
    await t.app.inject({
      method: 'POST',
      url: '/v1/displays',
      headers: { 'content-type': 'application/json' },
      payload: { serviceId: GENT },
    });
    const after = (await figures(GENT, `?year=${year}`)).json();
    expect(after.responses - before.responses).toBe(2);
    expect(after.distribution['2'] - before.distribution['2']).toBe(1);
    expect(after.distribution['5'] - before.distribution['5']).toBe(1);
    expect(after.remarks - before.remarks).toBe(2);
    expect(after.ease.answered - before.ease.answered).toBe(1);
    expect(after.completed.counts.no - before.completed.counts.no).toBe(1);
    expect(after.displays - before.displays).toBe(1);
    const support = after.byContext.find((c: { context: string }) => c.context === 'support');
    expect(support.distribution['2']).toBeGreaterThanOrEqual(1);
  });

  it('accepts from/to and reports the same days one year earlier', async () => {
    const res = await figures(GENT, '?from=2024-02-29&to=2024-04-10');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toMatchObject({ from: '2024-02-29', to: '2024-04-10' });
    expect(body.previousYear.period).toMatchObject({ from: '2023-02-28', to: '2023-04-10' });
    expect(body.byMonth.map((m: { month: string }) => m.month)).toEqual(['2024-02', '2024-03', '2024-04']);
  });

  it('401 without a token; 404 for another organisation’s service, exactly as for an unknown one', async () => {
    expect((await figures(GENT, '?year=2026', null)).statusCode).toBe(401);
    const other = await figures(GENT, '?year=2026', t.tokens.opgroeien);
    const unknown = await figures('bestaat-niet', '?year=2026', t.tokens.opgroeien);
    expect(other.statusCode).toBe(404);
    expect(unknown.statusCode).toBe(404);
    expect(other.json().error.code).toBe('not_found');
    expect(other.json().error.message.replace(GENT, 'X')).toBe(unknown.json().error.message.replace('bestaat-niet', 'X'));
    expect((await figures(GENT, '?year=2026', t.tokens.gent)).statusCode).toBe(200);
  });

  it.each([
    ['year and from', '?year=2026&from=2026-01-01&to=2026-02-01', 'year'],
    ['from without to', '?from=2026-01-01', 'to'],
    ['to before from', '?from=2026-02-01&to=2026-01-01', 'to'],
    ['not a date', '?from=2026-02-30&to=2026-03-01', 'from'],
    ['a year out of range', '?year=1999', 'year'],
    ['an unknown parameter', '?year=2026&service=x', 'service'],
  ])('400 for %s, in the error envelope', async (_name, query, path) => {
    const res = await figures(GENT, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('documents every figure in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ url: '/openapi.json' })).json();
    expect(doc.paths['/v1/services/{serviceId}/figures'].get.security).toEqual([{ bearer: [] }, { session: [] }]);
    const schemas = JSON.stringify(doc.components.schemas);
    expect(schemas).toContain('Wilson score interval');
    expect(schemas).toContain('Share of responses with score 4 or 5');
  });
});
