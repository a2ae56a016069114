import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { hashToken } from './tokens.js';

describe.each(BACKENDS)('tokens and organisations on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string | null, body?: unknown) =>
    t.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined && { payload: body as object }),
    });

  it('the bootstrap admin token from the environment creates an organisation', async () => {
    const org = { id: 'provincie-antwerpen', name: 'Provincie Antwerpen', level: 'provinciaal' };
    const res = await call('POST', '/v1/organisations', ADMIN_TOKEN, org);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ ...org, policyDomain: null, demo: false, complaintsUrl: null, privacyUrl: null, accessibilityUrl: null });
    expect((await call('POST', '/v1/organisations', ADMIN_TOKEN, org)).statusCode).toBe(409);
    expect((await call('POST', '/v1/organisations', ADMIN_TOKEN, { ...org, id: 'Not A Slug' })).statusCode).toBe(400);
  });

  it('an organisation token sees its own organisation only and cannot create one', async () => {
    const list = await call('GET', '/v1/organisations', t.tokens.gent);
    expect(list.json().organisations.map((o: { id: string }) => o.id)).toEqual(['stad-gent']);
    const create = await call('POST', '/v1/organisations', t.tokens.gent, { id: 'stad-brugge', name: 'Brugge', level: 'lokaal' });
    expect(create.statusCode).toBe(403);
  });

  it('creates a token shown once and stores only its hash; the token works until it is revoked', async () => {
    const res = await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'Gent dashboard', organisationId: 'stad-gent' });
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json();
    expect(created).toMatchObject({ name: 'Gent dashboard', organisationId: 'stad-gent', admin: false, revokedAt: null });
    expect(created.token).toMatch(/^fi_[\w-]{40,}$/);

    const rows = await t.database.db.selectFrom('api_tokens').selectAll().where('id', '=', created.id).execute();
    expect(rows[0]!.token_hash).toBe(hashToken(created.token));
    expect(JSON.stringify(rows)).not.toContain(created.token);

    const listed = await call('GET', '/v1/tokens', ADMIN_TOKEN);
    expect(JSON.stringify(listed.json())).not.toContain(created.token);

    expect((await call('GET', '/v1/services', created.token)).statusCode).toBe(200);
    expect((await call('DELETE', `/v1/tokens/${created.id}`, ADMIN_TOKEN)).statusCode).toBe(204);
    expect((await call('GET', '/v1/services', created.token)).statusCode).toBe(401);
    expect((await call('DELETE', `/v1/tokens/${created.id}`, ADMIN_TOKEN)).statusCode).toBe(404);
  });

  it('an admin token made through the API is an admin; a manager makes no admin token and revokes none', async () => {
    const admin = (await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'ops', admin: true })).json();
    expect(admin).toMatchObject({ admin: true, role: 'admin' });
    expect(
      (await call('POST', '/v1/organisations', admin.token, { id: 'stad-mechelen', name: 'Mechelen', level: 'lokaal' })).statusCode,
    ).toBe(201);
    expect((await call('POST', '/v1/tokens', t.tokens.gent, { name: 'sneaky', admin: true })).statusCode).toBe(403);
    // An admin token belongs to no organisation: to a manager it is as unknown as any other.
    expect((await call('DELETE', `/v1/tokens/${admin.id}`, t.tokens.gent)).statusCode).toBe(404);
  });

  it("a manager makes and revokes its own organisation's manager and analyst tokens; an analyst makes none", async () => {
    const analyst = await call('POST', '/v1/tokens', t.tokens.gent, { name: 'Gent analist', organisationId: 'stad-gent', role: 'analyst' });
    expect(analyst.statusCode).toBe(201);
    expect(analyst.json()).toMatchObject({ organisationId: 'stad-gent', role: 'analyst', admin: false });
    const manager = (await call('POST', '/v1/tokens', t.tokens.gent, { name: 'Gent beheer', organisationId: 'stad-gent' })).json();
    expect(manager.role).toBe('manager');
    expect((await call('POST', '/v1/tokens', t.tokens.gent, { name: 'x', organisationId: 'opgroeien' })).statusCode).toBe(400);
    expect(
      (await call('POST', '/v1/tokens', analyst.json().token, { name: 'x', organisationId: 'stad-gent', role: 'analyst' })).statusCode,
    ).toBe(403);
    expect((await call('POST', '/v1/tokens', t.tokens.gent, { name: 'x', organisationId: 'stad-gent', role: 'admin' })).statusCode).toBe(
      400,
    );
    const listed = (await call('GET', '/v1/tokens', t.tokens.gent)).json().tokens;
    expect(new Set(listed.map((k: { organisationId: string }) => k.organisationId))).toEqual(new Set(['stad-gent']));
    expect(JSON.stringify(listed)).not.toContain(manager.token);
    expect((await call('DELETE', `/v1/tokens/${manager.id}`, t.tokens.opgroeien)).statusCode).toBe(404);
    expect((await call('DELETE', `/v1/tokens/${manager.id}`, t.tokens.gent)).statusCode).toBe(204);
    expect((await call('GET', '/v1/services', manager.token)).statusCode).toBe(401);
    // The audit log has both, in the same order, and never the token itself.
    const entries = (await call('GET', '/v1/audit', t.tokens.gent)).json().entries;
    const mine = entries.filter((e: { target: { id: string } }) => e.target.id === manager.id);
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['token.revoke', 'token.create']);
    expect(mine[1].after).toEqual({ name: 'Gent beheer', role: 'manager', organisationId: 'stad-gent' });
    expect(JSON.stringify(entries)).not.toContain(manager.token);
    expect(JSON.stringify(entries)).not.toContain(analyst.json().token);
  });

  it('rejects a token for an unknown organisation, or one that is both kinds', async () => {
    expect((await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'x', organisationId: 'nergens' })).statusCode).toBe(400);
    expect((await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'x', organisationId: 'stad-gent', admin: true })).statusCode).toBe(400);
    expect((await call('DELETE', '/v1/tokens/not-a-uuid', ADMIN_TOKEN)).statusCode).toBe(400);
  });
});
