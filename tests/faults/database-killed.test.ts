import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '@feedbackinstrument/server/db/connect';
import { migrate } from '@feedbackinstrument/server/db/migrate';
import { readImportFile } from '@feedbackinstrument/server/imports/import-file';
import { importFile } from '@feedbackinstrument/server/imports/import-changes';
import { systemActor } from '@feedbackinstrument/server/changes/run-change';
import { SAMPLE_FILE } from '@feedbackinstrument/server/imports/seed';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres-server.js';
import { startServerProcess, type RunningProcess } from '../support/server-process.js';
import { startLoad } from '../support/feedback-load.js';

// kill -9 of the (single) PostgreSQL server while clients write: the API process stays up
// (a pooled client's "Connection terminated unexpectedly" used to end it), answers 503 with
// Retry-After and the envelope until the database is back, then takes writes again; every
// acknowledged write is stored once.

const ADMIN_TOKEN = 'killed-db-test-admin-token-0123456789';
const SERVICE = 'groeipakket-aanvragen';

describe('PostgreSQL killed with SIGKILL under load (one host)', () => {
  let postgres: ThrowawayPostgres;
  let database: DatabaseHandle;
  let server: RunningProcess | null = null;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres({ durable: true });
    database = connectDatabase({ databaseUrl: postgres.url, dataDir: null, log: () => {} });
    await migrate(database.db);
    await importFile(database.db, systemActor('test set-up'), await readImportFile(SAMPLE_FILE));
  });
  afterAll(async () => {
    await server?.kill('SIGTERM');
    await database?.close();
    await postgres?.stop();
  });

  it('the server stays up, answers 503 meanwhile, and loses nothing acknowledged', async () => {
    server = await startServerProcess({
      DATABASE_URL: postgres.url,
      PORT: '0',
      FEEDBACK_ADMIN_TOKEN: ADMIN_TOKEN,
      RATE_LIMIT_PER_MINUTE: '100000',
    });
    const api = /Health:\s+(\S+)\/readyz/.exec(server.output())![1]!;
    const start = Date.now();
    const load = startLoad(api, { clients: 4, serviceId: SERVICE, until: start + 8_000, giveUpAt: start + 40_000 });
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const beforeKill = load.acknowledged.size;
    process.kill(postgres.serverPid()!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    try {
      expect(server.child.exitCode).toBeNull();
      const post = await fetch(`${api}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: SERVICE, submissionId: crypto.randomUUID(), score: 3 }),
      });
      expect(post.status).toBe(503);
      expect(post.headers.get('retry-after')).toBeTruthy();
      expect(await post.json()).toMatchObject({ error: { code: 'service_unavailable', message: expect.any(String), details: [] } });
      expect((await fetch(`${api}/readyz`)).status).toBe(503);
      const other = await fetch(`${api}/v1/services`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
      expect(other.status).toBe(503);
      expect(await other.json()).toMatchObject({ error: { code: 'service_unavailable' } });
    } finally {
      await resumeAfterCrash(postgres);
    }
    await load.done;
    expect(server.child.exitCode).toBeNull();
    expect(server.output()).not.toMatch(/Connection terminated unexpectedly\n\s+at /);
    expect(load.acknowledged.size).toBeGreaterThan(beforeKill);
    const rows = await database.db.selectFrom('responses').select('submission_id').where('service_id', '=', SERVICE).execute();
    const stored = new Set(rows.map((r) => r.submission_id));
    expect(rows.length).toBe(stored.size);
    expect([...load.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    expect((await fetch(`${api}/readyz`)).status).toBe(200);
  });
});

/** Its backends notice the postmaster's death and leave; then it starts again (crash recovery). Fails after 20 tries. */
async function resumeAfterCrash(postgres: ThrowawayPostgres): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      postgres.resume();
      return;
    } catch (error) {
      if (attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
