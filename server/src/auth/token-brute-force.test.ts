import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_FAILURE_LIMIT } from '../plugins/external/rate-limit.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

describe.each(BACKENDS)('guessing tokens on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const withToken = (token: string, remoteAddress = '203.0.113.7') =>
    t.app.inject({ url: '/v1/services', headers: { authorization: `Bearer ${token}` }, remoteAddress });

  it(`refuses failures with 429 after ${TOKEN_FAILURE_LIMIT.max}, but never a valid token: 25 wrong tokens, then a right one → 200`, async () => {
    for (let i = 0; i < 25; i++) expect((await withToken(`fi_guess${i}`)).statusCode).toBe(i < TOKEN_FAILURE_LIMIT.max ? 401 : 429);
    const blocked = await withToken('fi_guess-again');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // A colleague behind the same address, with a token of its own.
    expect((await withToken(t.tokens.gent)).statusCode).toBe(200);
    // The configured admin token (chosen by a person, maybe short) stays behind the limit.
    expect((await withToken(ADMIN_TOKEN)).statusCode).toBe(429);
    expect((await withToken(t.tokens.gent, '198.51.100.4')).statusCode).toBe(200);
  });

  it('the dashboard sign-in with a token is limited the same way', async () => {
    const signIn = (token: string) =>
      t.app.inject({
        method: 'POST',
        url: '/dashboard/auth/token',
        headers: { origin: 'http://localhost:80', host: 'localhost:80' },
        payload: { token },
        remoteAddress: '192.0.2.9',
      });
    let last = 0;
    for (let i = 0; i <= TOKEN_FAILURE_LIMIT.max; i++) last = (await signIn(`fi_guess${i}`)).statusCode;
    expect(last).toBe(429);
    expect((await signIn(t.tokens.gent)).statusCode).toBe(200);
  });
});
