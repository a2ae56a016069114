import { describe, expect, it } from 'vitest';
import { createToken } from '../auth/create-token.js';
import { revokeToken } from '../auth/token-repository.js';
import { hashSessionId } from './session-id.js';
import { ORIGIN, setCookies, useSessionApp } from '../testing/session-test-kit.js';
import { startTestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';

// Dashboard sessions through the real app: sign-in with a token, the cookie's attributes,
// what the database keeps, sign-out. What a session may do and how long it lasts:
// session-use.test.ts.

describe.each(BACKENDS)('dashboard sessions on %s', (kind) => {
  const t = useSessionApp(kind);
  const { signIn, sessionFor, withCookie } = t;

  it('signs in with an organisation token: an HttpOnly, SameSite=Strict cookie and the session described', async () => {
    const res = await signIn(t.tokens.gent);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const [cookie] = setCookies(res);
    expect(cookie!.name).toBe('fi-session');
    expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(cookie!.attributes.get('httponly')).toBe(true);
    expect(cookie!.attributes.get('samesite')).toBe('Strict');
    expect(cookie!.attributes.get('path')).toBe('/');
    expect(cookie!.attributes.get('max-age')).toBe(String(12 * 3600));
    // http://localhost is for development: no Secure there (a browser would drop it).
    expect(cookie!.attributes.has('secure')).toBe(false);
    expect(res.json()).toMatchObject({
      signedIn: true,
      admin: false,
      organisation: { id: 'stad-gent', name: 'Stad Gent' },
      name: 'gent analyst',
      via: 'token',
      signIn: { oidc: null, token: true },
    });

    const session = await t.app.inject({ url: '/dashboard/auth/session', headers: withCookie(cookie!.value) });
    expect(session.json()).toMatchObject({ signedIn: true, organisation: { id: 'stad-gent' } });
    const anonymous = await t.app.inject({ url: '/dashboard/auth/session' });
    expect(anonymous.json()).toEqual({ signedIn: false, signIn: { oidc: null, token: true } });
  });

  it('stores only a hash of the session id, with its organisation and an absolute end', async () => {
    const id = await sessionFor(t.tokens.gent);
    const rows = await t.database.db.selectFrom('dashboard_sessions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id_hash).toBe(hashSessionId(id));
    expect(JSON.stringify(rows)).not.toContain(id);
    expect(rows[0]).toMatchObject({ organisation_id: 'stad-gent', is_admin: false, via: 'token' });
    const hours = (new Date(rows[0]!.expires_at).getTime() - new Date(rows[0]!.created_at).getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(12, 5);
  });

  it('on https: a Secure cookie with the __Host- prefix', async () => {
    const secure = await startTestApp(kind, { publicUrl: 'https://feedback.vlaanderen.be' });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/dashboard/auth/token',
        headers: { origin: 'https://feedback.vlaanderen.be' },
        payload: { token: secure.tokens.gent },
      });
      expect(res.statusCode, res.body).toBe(200);
      const [cookie] = setCookies(res);
      expect(cookie!.name).toBe('__Host-fi-session');
      expect(cookie!.attributes.get('secure')).toBe(true);
      expect(cookie!.attributes.get('path')).toBe('/');
      expect(cookie!.attributes.has('domain')).toBe(false);
      // The same cookie under its development name is not accepted on https.
      const plain = await secure.app.inject({ url: '/v1/services', headers: { cookie: `fi-session=${cookie!.value}` } });
      expect(plain.statusCode).toBe(401);
      const ok = await secure.app.inject({ url: '/v1/services', headers: { cookie: `__Host-fi-session=${cookie!.value}` } });
      expect(ok.statusCode).toBe(200);
    } finally {
      await secure.close();
    }
  });

  it('refuses to open a session over plain http on a public host', async () => {
    const plain = await startTestApp(kind, { publicUrl: 'http://feedback.vlaanderen.be' });
    try {
      const res = await plain.app.inject({
        method: 'POST',
        url: '/dashboard/auth/token',
        headers: { origin: 'http://feedback.vlaanderen.be' },
        payload: { token: plain.tokens.gent },
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toMatch(/https/);
      expect(res.headers['set-cookie']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });

  it('refuses an unknown or revoked token, and an empty body, in the error envelope', async () => {
    const unknown = await signIn('fi_not-a-real-token');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('unauthorized');
    expect(unknown.headers['set-cookie']).toBeUndefined();
    const created = (await createToken(t.database.db, { name: 'soon revoked', organisationId: 'stad-gent' }))!;
    await revokeToken(t.database.db, created.id);
    expect((await signIn(created.token)).statusCode).toBe(401);
    const empty = await t.app.inject({ method: 'POST', url: '/dashboard/auth/token', headers: { origin: ORIGIN }, payload: {} });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('validation_failed');
  });

  it('signs out: the session is deleted on the server and the cookie cleared', async () => {
    const id = await sessionFor(t.tokens.gent);
    const res = await t.app.inject({ method: 'POST', url: '/dashboard/auth/sign-out', headers: withCookie(id, { origin: ORIGIN }) });
    expect(res.statusCode).toBe(204);
    const [cleared] = setCookies(res);
    expect(cleared!.name).toBe('fi-session');
    expect(cleared!.value).toBe('');
    expect(cleared!.attributes.get('max-age')).toBe('0');
    expect(await t.database.db.selectFrom('dashboard_sessions').select('id_hash').execute()).toEqual([]);
    // The old cookie, replayed, opens nothing.
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(id) })).statusCode).toBe(401);
  });

  it('a new sign-in replaces the session the browser brought (no fixation)', async () => {
    const first = await sessionFor(t.tokens.gent);
    const res = await t.app.inject({
      method: 'POST',
      url: '/dashboard/auth/token',
      headers: withCookie(first, { origin: ORIGIN }),
      payload: { token: t.tokens.gent },
    });
    const second = setCookies(res)[0]!.value;
    expect(second).not.toBe(first);
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(first) })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(second) })).statusCode).toBe(200);
  });

  it('without OIDC configured, the OIDC routes answer 404', async () => {
    expect((await t.app.inject({ url: '/dashboard/auth/oidc' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/dashboard/auth/callback?code=x&state=y' })).statusCode).toBe(404);
  });
});
