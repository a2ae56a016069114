import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastInputDay } from '@feedbackinstrument/shared';
import { forbiddenTextIn, withoutForbiddenText } from '../../http/text-input.js';
import { insertAnnotation } from '../../annotations/annotations.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../../testing/test-app.js';
import { BACKENDS } from '../../testing/test-database.js';

const GENT = FIXTURE_SERVICES.gent.id;
const NUL = '\u0000';
const LONE = '\ud800';
const YEAR = new Date().getUTCFullYear();

describe('finding NUL bytes and lone surrogates', () => {
  it('names each by its path, field names too; a surrogate pair is a character', () => {
    expect(forbiddenTextIn({ name: { nl: `a${NUL}` }, list: ['ok', `x${LONE}y`], fine: '😀 \ud83d\ude00', [`k${NUL}`]: 1 })).toEqual([
      { path: '(body)', message: expect.stringContaining('a field name') },
      { path: 'name.nl', message: expect.stringContaining('NUL') },
      { path: 'list.1', message: expect.stringContaining('NUL') },
    ]);
    expect(forbiddenTextIn({ a: '\udc00 trailing low' })).toHaveLength(1);
    expect(withoutForbiddenText(`te${NUL}kst${LONE} 😀`)).toBe('tekst 😀');
  });

  it('walks a deeply nested body without overflowing the stack', () => {
    let deep: unknown = `x${NUL}`;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(forbiddenTextIn(deep)).toHaveLength(1);
  });
});

describe.each(BACKENDS)('text and dates in every request on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown, token: string | null = ADMIN_TOKEN) =>
    t.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined && { payload: body as object }),
    });
  const expect400 = (res: { statusCode: number; json(): { error: { code: string; details: { path: string }[] } } }, path: string) => {
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('validation_failed');
    expect(res.json().error.details.map((d) => d.path)).toContain(path);
  };

  it.each([
    ['channel', { channel: `stad${NUL}gent` }],
    ['step', { step: `stap${LONE}` }],
    ['page', { page: `/x${NUL}` }],
  ])('POST /v1/feedback (JSON): %s with NUL or a lone surrogate → 400 naming it', async (field, extra) => {
    expect400(await call('POST', '/v1/feedback', { serviceId: GENT, submissionId: randomUUID(), score: 3, ...extra }, null), field);
  });

  it('POST /v1/feedback (the HTML form): step with NUL → 400 naming it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `serviceId=${GENT}&score=3&step=a%00b`,
    });
    expect400(res, 'step');
  });

  it("a remark's NUL bytes and lone surrogates are removed, as the contract strips them", async () => {
    const submissionId = randomUUID();
    const res = await call('POST', '/v1/feedback', { serviceId: GENT, submissionId, score: 2, remark: `Kalen${NUL}der${LONE} stuk` }, null);
    expect(res.statusCode).toBe(201);
    const row = await t.database.db
      .selectFrom('responses')
      .select('remark')
      .where('submission_id', '=', submissionId)
      .executeTakeFirstOrThrow();
    expect(row.remark).toBe('Kalender stuk');
  });

  it('names of organisations, services and tokens, annotation texts and query filters → 400 naming the field', async () => {
    expect400(await call('POST', '/v1/organisations', { id: 'nul-org', name: `N${NUL}`, level: 'lokaal' }), 'name');
    expect400(await call('POST', '/v1/services', { ...FIXTURE_SERVICES.gent, id: 'nul-svc', name: { nl: `x${LONE}` } }), 'name.nl');
    expect400(await call('PATCH', `/v1/services/${GENT}`, { channel: `c${NUL}` }), 'channel');
    expect400(await call('POST', '/v1/tokens', { name: `t${NUL}`, admin: true }), 'name');
    expect400(await call('POST', `/v1/services/${GENT}/annotations`, { day: `${YEAR}-01-02`, text: `v${NUL}` }), 'text');
    expect400(await call('GET', `/v1/services/${GENT}/remarks?q=a%00b`), 'q');
    expect400(await call('GET', `/v1/reports/${YEAR}?policyDomain=W%00`), 'policyDomain');
  });

  it('an annotation on 9999-12-31, 0001-01-01 or after one year from today → 400 naming day; nothing answers 500', async () => {
    const late = lastInputDay();
    for (const day of ['9999-12-31', '0001-01-01', '1999-12-31', `${Number(late.slice(0, 4)) + 1}${late.slice(4)}`]) {
      expect400(await call('POST', `/v1/services/${GENT}/annotations`, { day, text: 'versie 3.2' }), 'day');
    }
    expect((await call('POST', `/v1/services/${GENT}/annotations`, { day: late, text: 'gepland' })).statusCode).toBe(201);
    // Annotations stored before the bounds (as the attack left them): their effect is empty, not a 500.
    for (const day of ['9999-12-31', '0001-01-01']) {
      const legacy = await insertAnnotation(t.database.db, GENT, day, 'oud');
      const effect = await call('GET', `/v1/services/${GENT}/annotations/${legacy.id}/effect`);
      expect(effect.statusCode).toBe(200);
      expect(effect.json()).toMatchObject({ before: { responses: 0 }, after: { responses: 0 }, topics: [] });
    }
    expect400(await call('GET', `/v1/services/${GENT}/annotations?from=0001-01-01&to=${YEAR}-01-01`), 'from');
    expect400(await call('GET', `/v1/services/${GENT}/remarks?from=${YEAR}-01-01&to=9999-12-31`), 'to');
    expect400(await call('GET', `/v1/services/${GENT}/figures?year=9999`), 'year');
    expect400(await call('GET', `/v1/reports/1999?organisation=stad-gent`), 'year');
  });
});
