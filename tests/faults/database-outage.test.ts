import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@feedbackinstrument/server';
import { testConfig } from '@feedbackinstrument/server/config';
import { connectDatabase } from '@feedbackinstrument/server/db/connect';
import { importOrganisationsAndServices, readImportFile } from '@feedbackinstrument/server/admin/import-file';
import { SAMPLE_FILE } from '@feedbackinstrument/server/admin/seed';
import { migrate } from '@feedbackinstrument/server/db/migrate';
import type { FastifyInstance } from 'fastify';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres-server.js';

// PostgreSQL stopped and started again under the API: answers are 503 with the envelope
// (never a crash or a hang), /readyz says so, and the API recovers by itself.
describe('a database outage', () => {
  let postgres: ThrowawayPostgres;
  let app: FastifyInstance;
  let api: string;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    const database = connectDatabase({ databaseUrl: postgres.url, dataDir: null });
    await migrate(database.db);
    await importOrganisationsAndServices(database.db, await readImportFile(SAMPLE_FILE));
    app = await buildApp(testConfig({ databaseUrl: postgres.url, rateLimitPerMinute: 100_000 }), { database, migrate: false });
    app.addHook('onClose', () => database.close());
    api = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await postgres?.stop();
  });

  const submit = (submissionId = randomUUID()) =>
    fetch(`${api}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 'groeipakket-aanvragen', submissionId, score: 4 }),
      signal: AbortSignal.timeout(15_000),
    });

  it('answers 503 while the database is down and recovers without a restart', async () => {
    expect((await submit()).status).toBe(201);

    postgres.halt();
    const during = await Promise.all(Array.from({ length: 10 }, () => submit()));
    for (const res of during) {
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBeTruthy();
      expect(await res.json()).toMatchObject({ error: { code: 'service_unavailable', message: expect.any(String), details: [] } });
    }
    const ready = await fetch(`${api}/readyz`, { signal: AbortSignal.timeout(15_000) });
    expect(ready.status).toBe(503);
    expect((await fetch(`${api}/healthz`)).status).toBe(200);

    postgres.resume();
    // The same submission that failed is retried as the widget would, and counts once.
    const retried = randomUUID();
    await expect.poll(async () => (await submit(retried)).status, { timeout: 20_000, interval: 200 }).toBeLessThan(300);
    expect((await submit(retried)).status).toBe(200);
    expect((await fetch(`${api}/readyz`)).status).toBe(200);
    const rows = await app.db.selectFrom('responses').select('submission_id').execute();
    expect(rows.filter((r) => r.submission_id === retried)).toHaveLength(1);
    expect(rows).toHaveLength(2);
  });
});
