import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { connectDatabase, type DatabaseHandle } from './connect.js';

// The multi-host pool on the test run's PostgreSQL: hosts tried in order, a read-only node
// never written to, and a write the node refuses as read-only (25006) answered 503.
// (Failover between real nodes: tests/failover, pnpm test:failover.)

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('a multi-host DATABASE_URL', () => {
  let fixture: TestApp;
  let url: URL;
  const opened: { app: FastifyInstance; database: DatabaseHandle }[] = [];

  beforeEach(async () => {
    fixture = await startTestApp('postgres');
    url = new URL(fixture.database.url!);
  });
  afterEach(async () => {
    for (const { app, database } of opened.splice(0)) {
      await app.close();
      await database.close();
    }
    await fixture.close();
  });

  async function appOn(databaseUrl: string, log: string[] = []) {
    const database = connectDatabase({ databaseUrl, dataDir: null, log: (line) => log.push(line) });
    const app = await buildApp(testConfig({ adminToken: ADMIN_TOKEN, databaseUrl }), { database, migrate: false });
    opened.push({ app, database });
    return app;
  }
  const hostsUrl = (hosts: string, query: string) => `postgres://${url.username}@${hosts}${url.pathname}?${query}`;
  const feedback = (app: FastifyInstance) =>
    app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { serviceId: 'groeipakket-aanvragen', submissionId: randomUUID(), score: 4 },
    });
  const setReadOnly = (on: boolean) =>
    sql
      .raw(`ALTER DATABASE ${url.pathname.slice(1)} SET default_transaction_read_only = ${on ? 'on' : 'off'}`)
      .execute(fixture.database.db);

  it('tries the hosts in order and keeps the first writable one', async () => {
    const log: string[] = [];
    const down = await closedPort();
    const app = await appOn(hostsUrl(`127.0.0.1:${down},${url.host}`, 'target_session_attrs=read-write'), log);
    expect((await feedback(app)).statusCode).toBe(201);
    expect(log).toEqual([`database: using ${url.host} (read-write)`]);
  });

  it('when every host is read-only: 503 with Retry-After everywhere, /readyz 503, and nothing written', async () => {
    await setReadOnly(true);
    const app = await appOn(hostsUrl(`${url.host},localhost:${url.port}`, 'target_session_attrs=read-write'));
    const res = await feedback(app);
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBeTruthy();
    expect(res.json()).toMatchObject({ error: { code: 'service_unavailable', details: [] } });
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    const other = await app.inject({ method: 'GET', url: '/v1/services', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(other.statusCode).toBe(503);
    expect(other.json()).toMatchObject({ error: { code: 'service_unavailable' } });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await setReadOnly(false);
    const count = await fixture.database.db
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(0);
  });

  it('a write refused because the node turned read-only (25006) answers 503, and writes go on once it is writable', async () => {
    const app = await appOn(url.toString());
    expect((await feedback(app)).statusCode).toBe(201);
    await setReadOnly(true);
    // Its open connections keep the old setting: end them, as a failover does.
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(
      fixture.database.db,
    );
    const answers = [await feedback(app), await feedback(app), await feedback(app)];
    expect(answers.map((a) => a.statusCode)).toEqual([503, 503, 503]);
    expect(answers[2]!.json()).toMatchObject({ error: { code: 'service_unavailable' } });
    await setReadOnly(false);
    await sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`.execute(
      fixture.database.db,
    );
    await expect.poll(async () => (await feedback(app)).statusCode, { timeout: 10_000, interval: 200 }).toBe(201);
  });
});
