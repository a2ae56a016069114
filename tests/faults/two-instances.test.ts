import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '@feedbackinstrument/server';
import { testConfig } from '@feedbackinstrument/server/config';
import { connectDatabase } from '@feedbackinstrument/server/db/connect';
import { readImportFile } from '@feedbackinstrument/server/imports/import-file';
import { importFile } from '@feedbackinstrument/server/imports/import-changes';
import { systemActor } from '@feedbackinstrument/server/changes/run-change';
import { SAMPLE_FILE } from '@feedbackinstrument/server/imports/seed';
import { openTestDatabase, type TestDatabase } from '@feedbackinstrument/server/testing/test-database';
import { deliver } from '../support/retrying-client.js';

// Two API instances on one PostgreSQL, clients alternating between them: a retry that
// lands on the other instance never counts twice, and neither do racing duplicates.
describe('two instances on one database', () => {
  let database: TestDatabase;
  const apps: FastifyInstance[] = [];
  const urls: string[] = [];

  beforeAll(async () => {
    database = await openTestDatabase('postgres');
    await importFile(database.db, systemActor('test set-up'), await readImportFile(SAMPLE_FILE));
    for (let i = 0; i < 2; i++) {
      // Each instance has its own connection pool, as separate processes would.
      const own = connectDatabase({ databaseUrl: database.url, dataDir: null });
      const app = await buildApp(testConfig({ databaseUrl: database.url, rateLimitPerMinute: 100_000 }), { database: own, migrate: false });
      app.addHook('onClose', () => own.close());
      urls.push(await app.listen({ port: 0, host: '127.0.0.1' }));
      apps.push(app);
    }
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await database?.close();
  });

  const post = (url: string, body: object) =>
    fetch(`${url}/v1/feedback`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('the same submission on both instances at once is one response, counted once', async () => {
    const submissions = Array.from({ length: 50 }, () => ({
      serviceId: 'groeipakket-aanvragen',
      submissionId: randomUUID(),
      score: 4,
      remark: 'Duidelijk',
    }));
    const answers = await Promise.all(submissions.flatMap((body) => [post(urls[0]!, body), post(urls[1]!, body), post(urls[0]!, body)]));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(50);
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    const stored = await database.db
      .selectFrom('responses')
      .select('submission_id')
      .where('service_id', '=', 'groeipakket-aanvragen')
      .execute();
    expect(stored).toHaveLength(50);
    const rollup = await database.db
      .selectFrom('response_rollups_daily')
      .select((s) => [s.fn.sum<number>('responses').as('responses'), s.fn.sum<number>('remarks').as('remarks')])
      .where('service_id', '=', 'groeipakket-aanvragen')
      .executeTakeFirstOrThrow();
    expect(rollup).toEqual({ responses: 50, remarks: 50 });
  });

  it('clients alternating between the instances, while one restarts, store each feedback once', async () => {
    let turn = 0;
    // Every attempt goes to the other instance than the one before: retries cross over.
    const next = () => urls[turn++ % 2]!;
    const deadline = Date.now() + 30_000;
    let done = 0;
    const deliveries = Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 10));
        const delivery = await deliver(next, 'omgevingsvergunning-aanvragen', 1 + (i % 5), deadline);
        done++;
        return delivery;
      }),
    );
    // A rolling restart of instance 0 in the middle of the stream.
    while (done < 15) await new Promise((resolve) => setTimeout(resolve, 5));
    await apps[0]!.close();
    const own = connectDatabase({ databaseUrl: database.url, dataDir: null });
    const restarted = await buildApp(testConfig({ databaseUrl: database.url, rateLimitPerMinute: 100_000 }), {
      database: own,
      migrate: false,
    });
    restarted.addHook('onClose', () => own.close());
    urls[0] = await restarted.listen({ port: 0, host: '127.0.0.1' });
    apps[0] = restarted;

    const all = await deliveries;
    expect(all.every((d) => d.status === 201 || d.status === 200)).toBe(true);
    const stored = await database.db
      .selectFrom('responses')
      .select('submission_id')
      .where('service_id', '=', 'omgevingsvergunning-aanvragen')
      .execute();
    expect(stored.map((r) => r.submission_id).sort()).toEqual(all.map((d) => d.submissionId).sort());
  });
});
