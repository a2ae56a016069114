import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// Every route that is not on this list of public routes must turn a caller without a token
// or session away with 401 before it looks at anything else: no 400 with validation details
// (which would tell an anonymous caller the schema), no 404, no 415. The routes come from
// the app itself, so a route added later is swept without touching this file.
const PUBLIC_ROUTES: RegExp[] = [
  /^\/v1\/feedback$/,
  /^\/v1\/displays$/,
  /^\/v1\/public\//,
  /^\/widget[./]/,
  /^\/widget-chunks\//,
  /^\/v1\/widget-config\//,
  /^\/healthz$/,
  /^\/readyz$/,
  /^\/openapi\.json$/,
  /^\/docs(\/|$)/,
  /^\/dashboard\/auth\//, // sign-in and sign-out
  /^\/dashboard(\/|$)/, // the dashboard's static pages (its data comes from the API)
  /^\/open(\/|$)/, // the public open-data pages
];

const isPublic = (url: string) => PUBLIC_ROUTES.some((pattern) => pattern.test(url));

/** A concrete path for a route pattern, with a path parameter that no schema accepts. */
const withBadParams = (url: string) => url.replace(/:[A-Za-z]+/g, '%20not%20valid%20').replace(/\*/g, 'x');

/** Requests a validator would reject with 400, 404 or 415 if it ran before authentication. */
const BAD_REQUESTS = [
  { name: 'no body', headers: {}, payload: undefined, query: '' },
  { name: 'a JSON body that does not parse', headers: { 'content-type': 'application/json' }, payload: '{"unclosed', query: '' },
  {
    name: 'a body of the wrong type',
    headers: { 'content-type': 'application/json' },
    payload: '{"id": 12, "unknown": true}',
    query: '?year=abc&unknown=1',
  },
  { name: 'an unsupported content type', headers: { 'content-type': 'application/x-unknown' }, payload: 'x', query: '' },
] as const;

describe.each(BACKENDS)('authentication comes first on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  it('every route is either public (listed above) or protected by an auth hook', () => {
    const unmarked = t.app.routeCatalogue.filter((route) => !isPublic(route.url) && route.access === null && route.method !== 'OPTIONS');
    expect(unmarked.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('answers 401 with the error envelope before validating anything', async () => {
    const protectedRoutes = t.app.routeCatalogue.filter((route) => route.access !== null);
    expect(protectedRoutes.length).toBeGreaterThanOrEqual(14);
    const wrong: string[] = [];
    for (const route of protectedRoutes) {
      for (const bad of BAD_REQUESTS) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: withBadParams(route.url) + bad.query,
          headers: bad.headers,
          payload: bad.payload,
        });
        const body = String(res.headers['content-type'] ?? '').includes('json') ? res.json() : null;
        if (res.statusCode !== 401 || body?.error?.code !== 'unauthorized' || body.error.details.length !== 0) {
          wrong.push(`${route.method} ${route.url} with ${bad.name}: ${res.statusCode} ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
