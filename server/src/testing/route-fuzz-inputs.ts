import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type { CataloguedRoute } from '../plugins/app/route-catalogue.js';
import { FIXTURE_SERVICES } from './test-app.js';

// The hostile inputs of route-fuzz.test.ts, and how one shape of them becomes a request's URL and body.

export const GENT = FIXTURE_SERVICES.gent.id;

const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const deepObject = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** Hostile values, each a kind the fuzzer must try everywhere. */
export const HOSTILE: Record<string, unknown> = {
  nul: 'a\u0000b',
  'lone high surrogate': 'x\ud800',
  'lone low surrogate': '\udfffy',
  '100 KB string': 'x'.repeat(100_000),
  'deep nesting': deepObject(2_000),
  'a number': 12,
  'a negative number': -1e308,
  'a boolean': true,
  null: null,
  'an array': ['a', 1, null],
  'an object': { nested: { unknown: true } },
  'a far date': '9999-12-31',
  'an early date': '0001-01-01',
  'a far year': '275760',
  'an impossible date': '2026-02-30',
  'an empty string': '',
  'SQL and markup': "'; DROP TABLE responses; -- <script>",
};
export const HOSTILE_KINDS = Object.keys(HOSTILE);

/** Field names the routes read, and one nobody reads. */
export const FIELDS = [
  'serviceId',
  'submissionId',
  'score',
  'remark',
  'ease',
  'completed',
  'lang',
  'context',
  'channel',
  'step',
  'page',
  'id',
  'name',
  'level',
  'policyDomain',
  'organisationId',
  'audience',
  'allowedOrigins',
  'followUps',
  'publishFigures',
  'active',
  'productId',
  'role',
  'admin',
  'token',
  'day',
  'text',
  'url',
  'email',
  'events',
  'services',
  'language',
  'includeRemarks',
  'returnTo',
  'unknownField',
];
export const QUERY_FIELDS = [
  'year',
  'from',
  'to',
  'q',
  'policyDomain',
  'organisation',
  'cursor',
  'limit',
  'score',
  'format',
  'lang',
  'level',
  'domain',
  'sort',
  'page',
  'minCount',
  'returnTo',
  'unknownField',
];

/** A query value: strings only; a lone surrogate cannot be percent-encoded, so it is sent as the bytes of one (invalid UTF-8). */
function queryText(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text
    .replace(/[\ud800-\udfff]/g, '\u0001')
    .split('\u0001')
    .map(encodeURIComponent)
    .join('%ED%A0%80');
}

export interface Shape {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  /** undefined: no body; a string: sent as it is. */
  body: unknown;
  form: boolean;
}

export function urlOf(route: CataloguedRoute, shape: Shape): string {
  const path = route.url.replace(/:(\w+)|\*/g, (_m, name: string | undefined) => {
    const key = name ?? '*';
    if (key in shape.path) return queryText(shape.path[key]);
    if (key === 'serviceId') return GENT;
    return key === '*' ? 'index.html' : randomUUID();
  });
  const query = Object.entries(shape.query)
    .map(([k, v]) => `${encodeURIComponent(k)}=${queryText(v)}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

export function payloadOf(shape: Shape): { payload?: string; contentType?: string } {
  if (shape.body === undefined) return {};
  if (typeof shape.body === 'string') return { payload: shape.body, contentType: 'application/json' };
  if (shape.form && typeof shape.body === 'object' && shape.body !== null && !Array.isArray(shape.body)) {
    const fields = Object.entries(shape.body)
      .map(([k, v]) => `${encodeURIComponent(k)}=${queryText(v)}`)
      .join('&');
    return { payload: fields, contentType: 'application/x-www-form-urlencoded' };
  }
  return { payload: JSON.stringify(shape.body), contentType: 'application/json' };
}

const hostile = fc.constantFrom(...HOSTILE_KINDS).map((kind) => HOSTILE[kind]);
const anyValue = fc.oneof(hostile, hostile, fc.jsonValue({ maxDepth: 3 }), fc.string({ unit: 'binary', maxLength: 30 }));
export const shapeArbitrary: fc.Arbitrary<Shape> = fc.record({
  path: fc.dictionary(fc.constantFrom('serviceId', 'tokenId', 'annotationId', 'subscriptionId', 'responseId', 'year', '*'), anyValue, {
    maxKeys: 2,
  }),
  query: fc.dictionary(fc.constantFrom(...QUERY_FIELDS), anyValue, { maxKeys: 4 }),
  body: fc.oneof(
    fc.constant(undefined),
    anyValue,
    fc.dictionary(fc.constantFrom(...FIELDS), anyValue, { maxKeys: 6 }),
    fc.constantFrom(deep(50_000), '{"unclosed', '{"a":1,"a":2}', '{"__proto__":{"admin":true}}'),
    // A valid submission with one field made hostile: gets past the first checks.
    fc
      .tuple(fc.constantFrom(...FIELDS), anyValue)
      .map(([field, value]) => ({ serviceId: GENT, submissionId: randomUUID(), score: 3, [field]: value })),
  ),
  form: fc.boolean(),
});
