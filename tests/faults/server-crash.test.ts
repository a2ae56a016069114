import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '@feedbackinstrument/server/db/connect';
import { migrate } from '@feedbackinstrument/server/db/migrate';
import { readImportFile } from '@feedbackinstrument/server/imports/import-file';
import { importFile } from '@feedbackinstrument/server/imports/import-changes';
import { systemActor } from '@feedbackinstrument/server/changes/run-change';
import { SAMPLE_FILE } from '@feedbackinstrument/server/imports/seed';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres-server.js';
import { startServerProcess, type RunningProcess } from '../support/server-process.js';
import { deliver, type Delivery } from '../support/retrying-client.js';

// kill -9 of the API in the middle of a stream of submissions from clients that retry
// like the widget: after the restart, every acknowledged submission is stored exactly
// once, and the figures match the stored responses.

const ADMIN_TOKEN = 'crash-test-admin-token-0123456789';
const SERVICES = ['groeipakket-aanvragen', 'omgevingsvergunning-aanvragen', 'gent-afspraak-burgerzaken'];
const CLIENTS = 8;
const PER_CLIENT = 40;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the API killed with SIGKILL under load', () => {
  let postgres: ThrowawayPostgres;
  let database: DatabaseHandle;
  let server: RunningProcess | null = null;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    database = connectDatabase({ databaseUrl: postgres.url, dataDir: null });
    await migrate(database.db);
    await importFile(database.db, systemActor('test set-up'), await readImportFile(SAMPLE_FILE));
  });
  afterAll(async () => {
    await server?.kill('SIGTERM');
    await database?.close();
    await postgres?.stop();
  });

  it('loses and doubles nothing that was acknowledged', async () => {
    const port = await freePort();
    const env = { DATABASE_URL: postgres.url, PORT: String(port), FEEDBACK_ADMIN_TOKEN: ADMIN_TOKEN, RATE_LIMIT_PER_MINUTE: '100000' };
    const api = `http://127.0.0.1:${port}`;
    server = await startServerProcess(env);

    const deadline = Date.now() + 90_000;
    let acknowledged = 0;
    const clients = Array.from({ length: CLIENTS }, async (_, c) => {
      const done: Delivery[] = [];
      for (let i = 0; i < PER_CLIENT; i++) {
        const delivery = await deliver(api, SERVICES[(c + i) % SERVICES.length]!, 1 + ((c * 7 + i) % 5), deadline);
        if (delivery.status >= 200 && delivery.status < 300) acknowledged++;
        done.push(delivery);
      }
      return done;
    });

    // Kill the server hard once a third of the stream is in, then start it again.
    while (acknowledged < (CLIENTS * PER_CLIENT) / 3) await new Promise((resolve) => setTimeout(resolve, 10));
    await server.kill('SIGKILL');
    const killedAt = acknowledged;
    await new Promise((resolve) => setTimeout(resolve, 500));
    server = await startServerProcess(env);

    const deliveries = (await Promise.all(clients)).flat();
    expect(killedAt).toBeLessThan(CLIENTS * PER_CLIENT);
    // Clients retried through the outage; in the end every one was acknowledged.
    expect(deliveries.filter((d) => d.status !== 201 && d.status !== 200)).toEqual([]);
    expect(deliveries.some((d) => d.attempts > 1)).toBe(true);

    const stored = await database.db.selectFrom('responses').select(['submission_id', 'service_id', 'score']).execute();
    expect(stored).toHaveLength(deliveries.length);
    const bySubmission = new Map(stored.map((r) => [r.submission_id, r]));
    for (const d of deliveries)
      expect(bySubmission.get(d.submissionId), d.submissionId).toMatchObject({ service_id: d.serviceId, score: d.score });

    // The figures (from the roll-ups) match the stored responses, service by service.
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
    for (const serviceId of SERVICES) {
      const res = await fetch(`${api}/v1/services/${serviceId}/figures?year=${year}`, {
        headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      });
      expect(res.status).toBe(200);
      const figures = await res.json();
      const mine = deliveries.filter((d) => d.serviceId === serviceId);
      expect(figures.responses).toBe(mine.length);
      for (const score of [1, 2, 3, 4, 5]) expect(figures.distribution[String(score)]).toBe(mine.filter((d) => d.score === score).length);
    }
  });
});
