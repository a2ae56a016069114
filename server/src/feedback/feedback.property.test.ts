import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXTS, ErrorEnvelope, LANGUAGES } from '@feedbackinstrument/shared';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// Thousands of malformed bodies at the endpoint: every answer is a 4xx with the envelope
// (or a 2xx when a mutation happened to stay valid), never a 5xx, and only what was
// accepted is stored.

const valid = () => ({
  serviceId: FIXTURE_SERVICES.gent.id,
  submissionId: randomUUID(),
  score: 3,
  remark: 'Goed',
  ease: 4,
  completed: 'yes',
  lang: 'nl',
  context: 'transaction',
  channel: 'stad.gent',
  step: 'bevestiging',
  page: '/afspraak',
});
const FIELDS = Object.keys(valid());

const anyValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    -1,
    0,
    6,
    2.5,
    1e308,
    -0,
    '',
    ' ',
    '5',
    'null',
    'x'.repeat(2001),
    '\u0000',
    '<script>alert(1)</script>',
    "'; DROP TABLE responses; --",
  ),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
);

type Mutation = { kind: 'delete' | 'set'; field: string; value?: unknown };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), field: fc.constantFrom(...FIELDS) }),
  fc.record({
    kind: fc.constant('set' as const),
    field: fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })),
    value: anyValue,
  }),
);

type Case = { contentType: string; payload: string };
const mutatedJson: fc.Arbitrary<Case> = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
  const body: Record<string, unknown> = valid();
  for (const m of mutations) {
    if (m.kind === 'delete') delete body[m.field];
    else if (m.field !== '__proto__') body[m.field] = m.value;
  }
  return { contentType: 'application/json', payload: JSON.stringify(body) };
});
const anyJson: fc.Arbitrary<Case> = fc
  .jsonValue({ maxDepth: 4 })
  .map((v) => ({ contentType: 'application/json', payload: JSON.stringify(v) ?? 'null' }));
const garbage: fc.Arbitrary<Case> = fc.record({
  contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'text/html'),
  payload: fc.string({ unit: 'binary', maxLength: 300 }),
});
const formFields: fc.Arbitrary<Case> = fc
  .dictionary(fc.oneof(fc.constantFrom(...FIELDS, 'returnTo', 'formToken'), fc.string({ maxLength: 8 })), fc.string({ maxLength: 40 }), {
    maxKeys: 8,
  })
  .map((fields) => ({
    contentType: 'application/x-www-form-urlencoded',
    payload: new URLSearchParams({ serviceId: FIXTURE_SERVICES.gent.id, ...fields }).toString(),
  }));

const anyCase = fc.oneof(mutatedJson, mutatedJson, anyJson, garbage, formFields);

describe.each(BACKENDS)('POST /v1/feedback under malformed input on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind, { rateLimitPerMinute: 100_000 });
  });
  afterAll(() => t.close());

  it('answers every body with a 4xx envelope or an acknowledgement, and stores only what it acknowledged', async () => {
    let created = 0;
    const seen: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(anyCase, async ({ contentType, payload }) => {
        const res = await t.app.inject({
          method: 'POST',
          url: '/v1/feedback',
          headers: { 'content-type': contentType, accept: 'application/json' },
          payload,
        });
        seen[res.statusCode] = (seen[res.statusCode] ?? 0) + 1;
        expect([200, 201, 303, 400, 404, 409, 413, 415]).toContain(res.statusCode);
        if (res.statusCode === 201) created++;
        if (res.statusCode >= 400) {
          const parsed = ErrorEnvelope.safeParse(res.json());
          expect(parsed.success, res.body).toBe(true);
        }
      }),
      { numRuns: 1500, seed: 20261125 },
    );
    // Every case was either rejected or acknowledged; the rejections dominate.
    expect(seen[400]).toBeGreaterThan(500);

    const rows = await t.database.db.selectFrom('responses').selectAll().execute();
    // A form without submissionId gets a fresh one, and a filled honeypot a fake 201: so
    // the stored rows can be fewer than the 201s, never more.
    expect(rows.length).toBeLessThanOrEqual(created);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.score).toBeGreaterThanOrEqual(1);
      expect(row.score).toBeLessThanOrEqual(5);
      expect(LANGUAGES).toContain(row.lang);
      expect(CONTEXTS).toContain(row.context);
      expect((row.remark ?? '').length).toBeLessThanOrEqual(2000);
      expect(row.remark ?? '').not.toContain('\u0000');
      if (row.page !== null) expect(row.page).toMatch(/^\/[^?#]*$/);
    }
  });
});
