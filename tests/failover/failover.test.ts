import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImportFile } from '@feedbackinstrument/server/imports/import-file';
import { importFile } from '@feedbackinstrument/server/imports/import-changes';
import { systemActor } from '@feedbackinstrument/server/changes/run-change';
import { SAMPLE_FILE } from '@feedbackinstrument/server/imports/seed';
import { connectDatabase, type DatabaseHandle } from '@feedbackinstrument/server/db/connect';
import { migrate } from '@feedbackinstrument/server/db/migrate';
import { startWebhookReceiver } from '@feedbackinstrument/server/testing/webhook-receiver';
import { startSystemProcess, type RunningProcess } from '../support/server-process.js';
import { startFormation, type Formation } from './formation.js';
import { secondsUntilWritesAgain, startLoad, type Load } from '../support/feedback-load.js';
import { startTestEvents, type TestEvents } from './test-events.js';

// The real server (`pnpm start`'s script) on a pg_auto_failover formation's multi-host
// DATABASE_URL, clients retrying like the widget under load, and the primary's postmaster
// killed with SIGKILL: every acknowledged write is still there once, writes come back
// within 30 s, the old primary rejoins as a standby; then the standby is lost (writes go
// on) and comes back. Alert events made across it are each delivered once.

const ADMIN_TOKEN = 'failover-test-admin-token-0123456789';
const SERVICE = 'groeipakket-aanvragen';
const CLIENTS = 4;
const LOAD_SECONDS = 20;

describe('losing the primary database under load', () => {
  let formation: Formation;
  let database: DatabaseHandle;
  let server: RunningProcess & { api: string };
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let events: TestEvents;
  const poolLog: string[] = [];

  beforeAll(async () => {
    formation = await startFormation('feedback');
    database = connectDatabase({ databaseUrl: formation.url, dataDir: null, log: (line) => poolLog.push(line) });
    await migrate(database.db);
    await importFile(database.db, systemActor('test set-up'), await readImportFile(SAMPLE_FILE));
    receiver = await startWebhookReceiver();
    server = await startSystemProcess({
      DATABASE_URL: formation.url,
      DEMO_DATA: 'false',
      FEEDBACK_ADMIN_TOKEN: ADMIN_TOKEN,
      RATE_LIMIT_PER_MINUTE: '100000',
      WEBHOOK_ALLOW_INSECURE: 'true',
    });
    events = await startTestEvents(server.api, ADMIN_TOKEN, receiver.url);
  });
  afterAll(async () => {
    events?.stop();
    await server?.kill('SIGTERM');
    await database?.close().catch(() => {});
    await receiver?.close();
    await formation?.stop();
  });

  /** Every acknowledged submission is stored exactly once, and the roll-ups count each stored response once. */
  async function checkAcknowledged(load: Load) {
    const rows = await database.db.selectFrom('responses').select(['submission_id']).where('service_id', '=', SERVICE).execute();
    const stored = new Map<string, number>();
    for (const row of rows) stored.set(row.submission_id, (stored.get(row.submission_id) ?? 0) + 1);
    const lost = [...load.acknowledged].filter((id) => !stored.has(id));
    const twice = [...stored.values()].filter((n) => n > 1).length;
    const counted = await database.db
      .selectFrom('response_rollups_daily')
      .select((eb) => eb.fn.sum<number>('responses').as('responses'))
      .where('service_id', '=', SERVICE)
      .executeTakeFirstOrThrow();
    return { acknowledged: load.acknowledged.size, stored: rows.length, lost: lost.length, twice, rolledUp: Number(counted.responses) };
  }

  it('kill -9 of the primary: 0 acknowledged writes lost, 0 counted twice, writes again within 30 s, the old primary rejoins as a standby', async () => {
    const before = await formation.primary();
    const standby = formation.nodes.find((n) => n !== before)!;
    const start = Date.now();
    const load = startLoad(server.api, {
      clients: CLIENTS,
      serviceId: SERVICE,
      until: start + LOAD_SECONDS * 1000,
      giveUpAt: start + (LOAD_SECONDS + 40) * 1000,
    });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const acknowledgedBeforeKill = load.acknowledged.size;
    const killedAt = Date.now();
    before.killPostmaster();
    await load.done;

    const back = secondsUntilWritesAgain(load.answers, killedAt);
    const failed = load.answers.filter((a) => a.status !== 200 && a.status !== 201);
    await formation.waitFor({ [standby.name]: 'primary', [before.name]: 'secondary' }, 60_000);
    const check = await checkAcknowledged(load);
    console.log(
      `failover (kill -9 of ${before.name}'s postmaster): ${check.acknowledged} writes acknowledged (${acknowledgedBeforeKill} before the kill), ` +
        `${check.lost} lost, ${check.twice} counted twice; 201s again after ${back.toFixed(1)} s ` +
        `(${failed.length} answers meanwhile were 503 or no answer, retried); ${standby.name} is primary, ${before.name} rejoined as a standby`,
    );
    expect(acknowledgedBeforeKill).toBeGreaterThan(0);
    expect(load.acknowledged.size).toBeGreaterThan(acknowledgedBeforeKill);
    expect(check.lost).toBe(0);
    expect(check.twice).toBe(0);
    expect(check.rolledUp).toBe(check.stored);
    expect(back).toBeLessThan(30);
    expect((await fetch(`${server.api}/readyz`)).status).toBe(200);
  });

  it('the standby lost: writes go on (pg_auto_failover drops synchronous replication), and it rejoins', async () => {
    const primary = await formation.primary();
    const standby = formation.nodes.find((n) => n !== primary)!;
    const syncNames = async () =>
      (await sql<{ synchronous_standby_names: string }>`SHOW synchronous_standby_names`.execute(database.db)).rows[0]!
        .synchronous_standby_names;
    const syncBefore = await syncNames();
    expect(syncBefore).not.toBe('');

    await standby.killNode();
    const start = Date.now();
    const load = startLoad(server.api, { clients: CLIENTS, serviceId: SERVICE, until: start + 8_000, giveUpAt: start + 40_000 });
    await formation.waitFor({ [primary.name]: 'wait_primary' }, 30_000);
    const syncWithout = await syncNames();
    await load.done;
    const lastSecond = load.answers.filter((a) => a.sentAt > start + 7_000);
    standby.run();
    await formation.waitFor({ [primary.name]: 'primary', [standby.name]: 'secondary' }, 60_000);
    const syncAfter = await syncNames();
    const check = await checkAcknowledged(load);
    console.log(
      `standby ${standby.name} killed: ${load.acknowledged.size} writes acknowledged in 8 s without it (synchronous_standby_names ` +
        `"${syncBefore}" → "${syncWithout}" while it was gone → "${syncAfter}" after it rejoined); ${check.lost} lost, ${check.twice} counted twice`,
    );
    expect(load.acknowledged.size).toBeGreaterThan(0);
    expect(lastSecond.length).toBeGreaterThan(0);
    expect(lastSecond.every((a) => a.status === 201)).toBe(true);
    expect(syncWithout).toBe('');
    expect(syncAfter).not.toBe('');
    expect(check.lost).toBe(0);
    expect(check.twice).toBe(0);
  });

  it("alerts' outbox kept working across both: every acknowledged event delivered, each once", async () => {
    events.stop();
    await events.done;
    const acknowledged = events.acknowledged();
    await expect
      .poll(() => acknowledged.filter((id) => !receiver.received.some((r) => r.headers['webhook-id'] === id)).length, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(0);
    const ids = receiver.received.map((r) => String(r.headers['webhook-id']));
    const twice = ids.length - new Set(ids).size;
    console.log(`alert outbox: ${acknowledged.length} test events acknowledged across the failovers, all delivered, ${twice} twice`);
    expect(acknowledged.length).toBeGreaterThan(5);
    expect(twice).toBe(0);
    expect(poolLog.some((line) => /lost 127\.0\.0\.1:\d+/.test(line))).toBe(true);
  });
});
