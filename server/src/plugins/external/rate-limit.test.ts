import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { testConfig } from '../../config.js';
import { connectDatabase, type DatabaseHandle } from '../../db/connect.js';
import { addHits, deleteExpiredCounters, readHits } from './rate-limit-counters.js';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../../testing/test-app.js';
import { BACKENDS } from '../../testing/test-database.js';
import { ClientKeys, CounterWriter } from './rate-limit-store.js';

describe.each(BACKENDS)('rate limits in the database, on %s', (kind) => {
  let t: TestApp;
  const extra: { app?: FastifyInstance; database?: DatabaseHandle }[] = [];
  afterEach(async () => {
    for (const { app, database } of extra.splice(0)) {
      await app?.close();
      await database?.close();
    }
    await t?.close();
  });

  /** A second instance on the same database (its own pool on PostgreSQL, as another process would have). */
  async function secondInstance(limit: number): Promise<FastifyInstance> {
    const database = kind === 'postgres' ? connectDatabase({ databaseUrl: t.database.url, dataDir: null }) : t.database;
    const app = await buildApp(testConfig({ rateLimitPerMinute: limit }), { database, migrate: false });
    extra.push({ app, ...(kind === 'postgres' && { database }) });
    return app;
  }

  const post = (app: FastifyInstance) =>
    app.inject({
      method: 'POST',
      url: '/v1/feedback',
      payload: { serviceId: FIXTURE_SERVICES.gent.id, submissionId: randomUUID(), score: 4 },
    });

  it('two instances enforce one limit per client: 429 with Retry-After and the envelope past it', async () => {
    t = await startTestApp(kind, { rateLimitPerMinute: 3 });
    const other = await secondInstance(3);
    const statuses: number[] = [];
    let limited = null;
    for (let i = 0; i < 6; i++) {
      const res = await post(i % 2 === 0 ? t.app : other);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) limited = res;
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429, 429]);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited!.json()).toMatchObject({ error: { code: 'rate_limited' } });
    // Each route counts on its own, as before: displays are not limited by the feedback posts.
    const display = await other.inject({ method: 'POST', url: '/v1/displays', payload: { serviceId: FIXTURE_SERVICES.gent.id } });
    expect(display.statusCode).toBe(204);
  });

  it('stores no address: keys are HMACs with a shared daily key, in an UNLOGGED table', async () => {
    t = await startTestApp(kind, { rateLimitPerMinute: 100 });
    await post(t.app);
    const rows = await sql<{ key: string; hits: number }>`SELECT key, hits FROM rate_limit_counters`.execute(t.database.db);
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.key).toMatch(/^POST \/v1\/feedback\|[A-Za-z0-9_-]{32}$/);
    expect(rows.rows[0]!.key).not.toContain('127.0.0.1');
    const persistence = await sql<{
      relpersistence: string;
    }>`SELECT relpersistence FROM pg_class WHERE relname = 'rate_limit_counters'`.execute(t.database.db);
    expect(persistence.rows[0]!.relpersistence).toBe('u');
    const secrets = await t.database.db.selectFrom('app_secrets').select('name').where('name', 'like', 'rate-limit:%').execute();
    expect(secrets.map((s) => s.name)).toEqual([`rate-limit:${new Date().toISOString().slice(0, 10)}`]);
  });

  it('the daily key rotates: another day hashes differently, and the days before are deleted', async () => {
    t = await startTestApp(kind);
    const keys = new ClientKeys(t.database.db);
    const first = await keys.hash('192.0.2.1', new Date('2026-03-01T12:00:00Z'));
    expect(await keys.hash('192.0.2.1', new Date('2026-03-01T23:00:00Z'))).toBe(first);
    // Another instance uses the same key on the same day.
    expect(await new ClientKeys(t.database.db).hash('192.0.2.1', new Date('2026-03-01T01:00:00Z'))).toBe(first);
    const next = await keys.hash('192.0.2.1', new Date('2026-03-02T00:00:01Z'));
    expect(next).not.toBe(first);
    await expect
      .poll(async () =>
        (await t.database.db.selectFrom('app_secrets').select('name').where('name', 'like', 'rate-limit:%').execute()).map((s) => s.name),
      )
      .toEqual(['rate-limit:2026-03-02']);
  });

  it('counts atomically under concurrency, from several instances at once', async () => {
    t = await startTestApp(kind);
    const other = kind === 'postgres' ? connectDatabase({ databaseUrl: t.database.url, dataDir: null }) : t.database;
    if (kind === 'postgres') extra.push({ database: other });
    const writers = [new CounterWriter(t.database.db), new CounterWriter(other.db)];
    const hit = (writer: CounterWriter, key: string) =>
      new Promise<number>((resolve, reject) =>
        writer.add(key, 60_000, (error, result) => (error ? reject(error) : resolve(result!.current))),
      );
    // 120 hits on three keys, spread over two writers (two pools on PostgreSQL), all at once.
    const keys = ['a', 'b', 'c'];
    const seen = await Promise.all(
      Array.from({ length: 120 }, (_, i) => hit(writers[i % 2]!, keys[i % 3]!).then((n) => [keys[i % 3]!, n] as const)),
    );
    for (const key of keys) {
      const positions = seen
        .filter(([k]) => k === key)
        .map(([, n]) => n)
        .sort((a, b) => a - b);
      expect(positions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect((await readHits(t.database.db, key)).hits).toBe(40);
    }
  });

  it('a window ends: the next hit starts a new one, and passed windows are deleted', async () => {
    t = await startTestApp(kind);
    const [first] = await addHits(t.database.db, [
      { key: 'short', hits: 2, windowMs: 300 },
      { key: 'long', hits: 1, windowMs: 60_000 },
    ]);
    expect(first).toMatchObject({ key: 'long', hits: 1 });
    expect((await readHits(t.database.db, 'short')).hits).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await readHits(t.database.db, 'short')).hits).toBe(0);
    expect(await deleteExpiredCounters(t.database.db)).toBe(1);
    const [again] = await addHits(t.database.db, [{ key: 'short', hits: 1, windowMs: 300 }]);
    expect(again).toMatchObject({ key: 'short', hits: 1 });
    expect(again!.ttlMs).toBeGreaterThan(0);
    expect(again!.ttlMs).toBeLessThanOrEqual(300);
  });

  it('tokenFailures: counts failures and refuses them past the limit, with Retry-After; a stored token still passes', async () => {
    t = await startTestApp(kind);
    // A stand-in for the auth plugin, using the decorator as it would.
    const app = Fastify();
    await app.register((await import('../app/db.js')).default, { config: testConfig(), database: t.database, ownsDatabase: false });
    await app.register((await import('../app/error-handler.js')).default);
    await app.register((await import('./rate-limit.js')).default, { tokenFailureLimit: { max: 3, windowMs: 60_000 } });
    // "stored": a token found by its hash (tokenId set); "env": the configured admin token (tokenId null).
    const known: Record<string, { tokenId: string | null }> = { 'Bearer stored': { tokenId: 'id-1' }, 'Bearer env': { tokenId: null } };
    app.get('/guarded', async (request: FastifyRequest, reply: FastifyReply) => {
      const verified = await app.tokenFailures.judge(request, reply, known[request.headers.authorization ?? ''] ?? null);
      if (!verified) return reply.code(401).send({ error: { code: 'unauthorized', message: 'no', details: [] } });
      return { ok: true };
    });
    extra.push({ app });
    const call = (token: string) => app.inject({ url: '/guarded', headers: { authorization: `Bearer ${token}` } });
    expect((await call('env')).statusCode).toBe(200);
    for (let i = 0; i < 3; i++) expect((await call(`bad-${i}`)).statusCode).toBe(401);
    const blocked = await call('bad-again');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await call('stored')).statusCode).toBe(200);
    // The configured admin token may be short: while blocked, it is refused like a guess.
    expect((await call('env')).statusCode).toBe(429);
  });
});
