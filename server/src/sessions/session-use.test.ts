import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/create-token.js';
import { revokeToken } from '../auth/token-repository.js';
import { findService } from '../services/services.js';
import { hashSessionId } from './session-id.js';
import { ORIGIN, useSessionApp } from '../testing/session-test-kit.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';

// A dashboard session in use, through the real app: scoping on the analyst API as the token
// would, expiry (idle and absolute), revocation, and CSRF refusal. Signing in and out:
// sign-in-routes.test.ts.

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;

describe.each(BACKENDS)('dashboard sessions on %s', (kind) => {
  const t = useSessionApp(kind);
  const { signIn, sessionFor, withCookie } = t;

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
});
