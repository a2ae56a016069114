import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { migrations } from '@feedbackinstrument/migrations';
import { migrate } from '../db/migrate.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../testing/test-database.js';

describe.each(BACKENDS)('the audit log on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, token: string, body?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(body && { payload: body }) });
  const GENT = FIXTURE_SERVICES.gent.id;

  it('pages newest first with a cursor, each entry once; a manager sees its own organisation only', async () => {
    for (const channel of ['a.gent', 'b.gent', 'c.gent', 'd.gent', 'e.gent']) {
      expect((await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, { channel })).statusCode).toBe(200);
    }
    expect(
      (await call('PATCH', `/v1/services/${FIXTURE_SERVICES.groeipakket.id}`, t.tokens.opgroeien, { channel: 'groeipakket.be' }))
        .statusCode,
    ).toBe(200);

    const seen: Array<{ id: string; after: { channel: string }; before: { channel: string }; organisationId: string }> = [];
    let cursor: string | null = null;
    do {
      const res = await call('GET', `/v1/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`, t.tokens.gent);
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.entries.length).toBeLessThanOrEqual(2);
      seen.push(...page.entries);
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    expect(seen.every((e) => e.organisationId === 'stad-gent')).toBe(true);
    // Only the changed field, before and after; newest first.
    expect(seen.slice(0, 5).map((e) => e.after)).toEqual(['e', 'd', 'c', 'b', 'a'].map((x) => ({ channel: `${x}.gent` })));
    expect(seen[0]!.before).toEqual({ channel: 'd.gent' });

    const asOther = (await call('GET', '/v1/audit?organisation=stad-gent', t.tokens.opgroeien)).json();
    expect(asOther.entries).toEqual([]);
    const all = (await call('GET', '/v1/audit?limit=200', ADMIN_TOKEN)).json().entries;
    expect(new Set(all.map((e: { organisationId: string }) => e.organisationId))).toEqual(new Set(['stad-gent', 'opgroeien']));
  });

  it('names the deactivation, and writes nothing for a PATCH that changes nothing', async () => {
    const before = (await call('GET', '/v1/audit?limit=200', ADMIN_TOKEN)).json().entries.length;
    expect((await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, { active: false })).statusCode).toBe(200);
    expect((await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, { active: false })).statusCode).toBe(200);
    const entries = (await call('GET', '/v1/audit?limit=200', ADMIN_TOKEN)).json().entries;
    expect(entries.length).toBe(before + 1);
    expect(entries[0]).toMatchObject({ action: 'service.deactivate', before: { active: true }, after: { active: false } });
    expect((await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, { active: true })).json().active).toBe(true);
  });

  it('refuses a cursor it did not give out, and an analyst', async () => {
    const bad = await call('GET', '/v1/audit?cursor=bm9wZQ', t.tokens.gent);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('cursor');
    const analyst = (await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'An', organisationId: 'stad-gent', role: 'analyst' })).json();
    const refused = await call('GET', '/v1/audit', analyst.token);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('forbidden');
  });

  it('a change and its entry are one: when the entry cannot be written, the change is not made either', async () => {
    // Make every audit insert fail, as a full disk or a broken constraint would.
    await sql`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`.execute(
      t.database.db,
    );
    await sql`CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()`.execute(t.database.db);
    try {
      const patched = await call('PATCH', `/v1/services/${GENT}`, t.tokens.gent, { channel: 'never.gent' });
      expect(patched.statusCode).toBe(500);
      expect(patched.json().error.code).toBe('internal_error');
      const created = await call('POST', '/v1/services', t.tokens.gent, { ...FIXTURE_SERVICES.gent, id: 'gent-never' });
      expect(created.statusCode).toBe(500);
      const token = await call('POST', '/v1/tokens', t.tokens.gent, { name: 'never', organisationId: 'stad-gent' });
      expect(token.statusCode).toBe(500);
    } finally {
      await sql`DROP TRIGGER refuse_audit ON audit_log`.execute(t.database.db);
      await sql`DROP FUNCTION refuse_audit()`.execute(t.database.db);
    }
    expect((await call('GET', `/v1/services/${GENT}`, t.tokens.gent)).json().channel).not.toBe('never.gent');
    expect((await call('GET', '/v1/services/gent-never', ADMIN_TOKEN)).statusCode).toBe(404);
    const tokens = (await call('GET', '/v1/tokens', ADMIN_TOKEN)).json().tokens;
    expect(tokens.some((k: { name: string }) => k.name === 'never')).toBe(false);
  });

  it('a refused change (a taken id) leaves no entry', async () => {
    const before = (await call('GET', '/v1/audit?limit=200', ADMIN_TOKEN)).json().entries.length;
    expect((await call('POST', '/v1/services', t.tokens.gent, { ...FIXTURE_SERVICES.gent })).statusCode).toBe(409);
    expect((await call('GET', '/v1/audit?limit=200', ADMIN_TOKEN)).json().entries.length).toBe(before);
  });
});

describe.each(BACKENDS)('migration 0007 on %s', (kind) => {
  let database: TestDatabase | null = null;
  afterEach(async () => {
    await database?.close();
    database = null;
  });

  it('turns existing organisation tokens and sessions into managers, admin tokens into admins', async () => {
    database = await openTestDatabase(kind, { migrate: false });
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0006_session_id_token')).error).toBeUndefined();
    await sql`INSERT INTO organisations (id, name, level) VALUES ('stad-gent', 'Stad Gent', 'lokaal')`.execute(database.db);
    await sql`INSERT INTO api_tokens (name, organisation_id, is_admin, token_hash) VALUES ('gent', 'stad-gent', false, 'h1'), ('ops', NULL, true, 'h2')`.execute(
      database.db,
    );
    await sql`INSERT INTO dashboard_sessions (id_hash, organisation_id, is_admin, via, expires_at) VALUES ('s1', 'stad-gent', false, 'oidc', now() + interval '1 hour')`.execute(
      database.db,
    );
    await migrate(database.db);
    const tokens = await sql<{ name: string; role: string }>`SELECT name, role FROM api_tokens ORDER BY name`.execute(database.db);
    expect(tokens.rows).toEqual([
      { name: 'gent', role: 'manager' },
      { name: 'ops', role: 'admin' },
    ]);
    const sessions = await sql<{ role: string }>`SELECT role FROM dashboard_sessions`.execute(database.db);
    expect(sessions.rows).toEqual([{ role: 'manager' }]);
  });
});
