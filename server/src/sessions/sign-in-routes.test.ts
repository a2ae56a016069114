import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createToken } from '../auth/create-token.js';
import { revokeToken } from '../auth/token-repository.js';
import { findService } from '../services/services.js';
import { hashSessionId } from './session-id.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';

// Dashboard sessions through the real app: sign-in with a token, the cookie's attributes,
// what the database keeps, scoping on the analyst API, expiry, sign-out and CSRF refusal.

const ORIGIN = 'http://localhost:80'; // app.inject's own Host is localhost:80
const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string | true>;
}

function setCookies(res: LightMyRequestResponse): SetCookie[] {
  const header = res.headers['set-cookie'];
  const lines = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return lines.map((line) => {
    const [pair, ...attrs] = line.split(';').map((part) => part.trim());
    const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
    const attributes = new Map<string, string | true>();
    for (const attr of attrs) {
      const at = attr.indexOf('=');
      attributes.set((at < 0 ? attr : attr.slice(0, at)).toLowerCase(), at < 0 ? true : attr.slice(at + 1));
    }
    return { name, value, attributes };
  });
}

describe.each(BACKENDS)('dashboard sessions on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());
  beforeEach(async () => {
    await t.database.db.deleteFrom('dashboard_sessions').execute();
  });

  const signIn = (token: string, origin: string | null = ORIGIN) =>
    t.app.inject({ method: 'POST', url: '/dashboard/auth/token', headers: origin ? { origin } : {}, payload: { token } });

  /** Signs in and returns the session id from the cookie. */
  async function sessionFor(token: string): Promise<string> {
    const res = await signIn(token);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = setCookies(res).find((c) => c.name === 'fi-session');
    expect(cookie).toBeDefined();
    return cookie!.value;
  }

  const withCookie = (id: string, extra: Record<string, string> = {}) => ({ cookie: `fi-session=${id}`, ...extra });

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

  it('scopes the analyst API exactly as the token would: own services only, 404 for another organisation', async () => {
    const id = await sessionFor(t.tokens.gent);
    const services = await t.app.inject({ url: '/v1/services', headers: withCookie(id) });
    expect(services.statusCode).toBe(200);
    expect(services.json().services.map((s: { id: string }) => s.id)).toEqual([GENT]);
    expect((await t.app.inject({ url: `/v1/services/${GENT}/figures?year=2026`, headers: withCookie(id) })).statusCode).toBe(200);
    const other = await t.app.inject({ url: `/v1/services/${GROEIPAKKET}/figures?year=2026`, headers: withCookie(id) });
    expect(other.statusCode).toBe(404);
    const unknown = await t.app.inject({ url: '/v1/services/bestaat-niet/figures?year=2026', headers: withCookie(id) });
    expect(other.json().error.code).toBe(unknown.json().error.code);
    expect((await t.app.inject({ url: `/v1/services/${GROEIPAKKET}/remarks`, headers: withCookie(id) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/v1/reports/2026?organisation=opgroeien', headers: withCookie(id) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/v1/reports/2026?organisation=stad-gent&format=csv', headers: withCookie(id) })).statusCode).toBe(
      200,
    );
    // Admin-only endpoints stay admin-only.
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/v1/tokens',
          headers: withCookie(id, { origin: ORIGIN }),
          payload: { name: 'x', admin: true },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('an admin token gives an admin session that sees every organisation', async () => {
    const id = await sessionFor(ADMIN_TOKEN);
    const session = await t.app.inject({ url: '/dashboard/auth/session', headers: withCookie(id) });
    expect(session.json()).toMatchObject({ signedIn: true, admin: true, organisation: null });
    const services = await t.app.inject({ url: '/v1/services', headers: withCookie(id) });
    expect(
      services
        .json()
        .services.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([GENT, GROEIPAKKET].sort());
  });

  it('a Bearer header wins over the cookie; a wrong one is not rescued by the cookie', async () => {
    const id = await sessionFor(t.tokens.gent);
    const asOpgroeien = await t.app.inject({
      url: `/v1/services/${GROEIPAKKET}/figures`,
      headers: withCookie(id, { authorization: `Bearer ${t.tokens.opgroeien}` }),
    });
    expect(asOpgroeien.statusCode).toBe(200);
    const wrong = await t.app.inject({
      url: `/v1/services/${GENT}/figures`,
      headers: withCookie(id, { authorization: 'Bearer fi_wrong' }),
    });
    expect(wrong.statusCode).toBe(401);
  });

  it('ends a session idle for longer than 8 hours, and any session after 12 hours', async () => {
    const idle = await sessionFor(t.tokens.gent);
    const old = await sessionFor(t.tokens.gent);
    const fresh = await sessionFor(t.tokens.gent);
    const sessions = t.database.db;
    await sessions
      .updateTable('dashboard_sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '8 hours 1 minute'` })
      .where('id_hash', '=', hashSessionId(idle))
      .execute();
    await sessions
      .updateTable('dashboard_sessions')
      .set({ expires_at: sql<Date>`now() - interval '1 second'` })
      .where('id_hash', '=', hashSessionId(old))
      .execute();
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(idle) })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(old) })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/dashboard/auth/session', headers: withCookie(idle) })).json().signedIn).toBe(false);
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(fresh) })).statusCode).toBe(200);
  });

  it('keeps a session in use alive: a request refreshes its idle clock', async () => {
    const id = await sessionFor(t.tokens.gent);
    const sessions = t.database.db;
    await sessions
      .updateTable('dashboard_sessions')
      .set({ last_seen_at: sql<Date>`now() - interval '7 hours'` })
      .where('id_hash', '=', hashSessionId(id))
      .execute();
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(id) })).statusCode).toBe(200);
    const row = await sessions
      .selectFrom('dashboard_sessions')
      .select(sql<boolean>`last_seen_at > now() - interval '1 minute'`.as('recent'))
      .where('id_hash', '=', hashSessionId(id))
      .executeTakeFirstOrThrow();
    expect(row.recent).toBe(true);
  });

  it('ends the sessions of a token when the token is revoked', async () => {
    const created = (await createToken(t.database.db, { name: 'temporary', organisationId: 'stad-gent' }))!;
    const id = await sessionFor(created.token);
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(id) })).statusCode).toBe(200);
    await revokeToken(t.database.db, created.id);
    expect((await t.app.inject({ url: '/v1/services', headers: withCookie(id) })).statusCode).toBe(401);
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

  describe('CSRF', () => {
    let remarkId: string;
    beforeAll(async () => {
      const service = (await findService(t.database.db, GENT))!;
      const outcome = await record(
        t.database.db,
        service,
        { serviceId: GENT, submissionId: randomUUID(), score: 2, remark: 'Te wissen' },
        new Date('2026-03-01T10:00:00Z'),
      );
      if (!('id' in outcome)) throw new Error('not recorded');
      remarkId = outcome.id;
    });
    const erase = (headers: Record<string, string>) =>
      t.app.inject({ method: 'DELETE', url: `/v1/services/${GENT}/remarks/${remarkId}`, headers });

    it('refuses a state-changing request with the cookie from another origin, or without an Origin', async () => {
      const id = await sessionFor(t.tokens.gent);
      for (const headers of [withCookie(id), withCookie(id, { origin: 'https://evil.example' }), withCookie(id, { origin: 'null' })]) {
        const res = await erase(headers);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
      const patched = await t.app.inject({
        method: 'PATCH',
        url: `/v1/services/${GENT}`,
        headers: withCookie(id, { origin: 'https://evil.example' }),
        payload: { active: false },
      });
      expect(patched.statusCode).toBe(403);
      expect((await findService(t.database.db, GENT))!.active).toBe(true);
      // From the dashboard's own origin it is accepted; with a token no Origin is needed.
      expect((await erase(withCookie(id, { origin: ORIGIN }))).statusCode).toBe(204);
      expect((await erase({ authorization: `Bearer ${t.tokens.gent}` })).statusCode).toBe(204);
    });

    it('refuses sign-in and sign-out from another origin', async () => {
      const fromElsewhere = await signIn(t.tokens.gent, 'https://evil.example');
      expect(fromElsewhere.statusCode).toBe(403);
      expect(fromElsewhere.headers['set-cookie']).toBeUndefined();
      expect((await signIn(t.tokens.gent, null)).statusCode).toBe(403);
      const id = await sessionFor(t.tokens.gent);
      const signOut = await t.app.inject({
        method: 'POST',
        url: '/dashboard/auth/sign-out',
        headers: withCookie(id, { origin: 'https://evil.example' }),
      });
      expect(signOut.statusCode).toBe(403);
      expect((await t.app.inject({ url: '/v1/services', headers: withCookie(id) })).statusCode).toBe(200);
    });
  });

  it('without OIDC configured, the OIDC routes answer 404', async () => {
    expect((await t.app.inject({ url: '/dashboard/auth/oidc' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/dashboard/auth/callback?code=x&state=y' })).statusCode).toBe(404);
  });
});
