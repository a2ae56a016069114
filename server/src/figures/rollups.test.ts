import { sql, type Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from '@feedbackinstrument/migrations';
import { afterEach, describe, expect, it } from 'vitest';
import type { Service } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { FIXTURE_SERVICES } from '../testing/test-app.js';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { randomWorkload, record, seededRandom } from '../demo/workload.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { findService, insertService } from '../services/services.js';
import { rawFigureRows } from './raw-figure-rows.js';
import { rebuildRollups, rollupFigureRows, type FigureRow } from './rollups.js';

async function withFixtures(database: TestDatabase): Promise<Service[]> {
  await insertOrganisation(database.db, { id: 'stad-gent', name: 'Stad Gent', level: 'lokaal' });
  await insertOrganisation(database.db, { id: 'opgroeien', name: 'Opgroeien', level: 'vlaams', policyDomain: 'Welzijn' });
  for (const service of Object.values(FIXTURE_SERVICES)) await insertService(database.db, service);
  return [(await findService(database.db, FIXTURE_SERVICES.gent.id))!, (await findService(database.db, FIXTURE_SERVICES.groeipakket.id))!];
}

/** Both roll-up tables, in a stable order, without rows that count nothing. */
async function snapshot(db: Kysely<Database>) {
  const daily = await db
    .selectFrom('response_rollups_daily')
    .selectAll()
    .orderBy('service_id')
    .orderBy('day')
    .orderBy('context')
    .orderBy('channel')
    .orderBy('score')
    .execute();
  const monthly = await db
    .selectFrom('response_rollups_monthly')
    .selectAll()
    .orderBy('service_id')
    .orderBy('month')
    .orderBy('context')
    .orderBy('channel')
    .orderBy('score')
    .execute();
  return { daily, monthly };
}

describe.each(BACKENDS)('roll-ups on %s', (kind) => {
  let database: TestDatabase;
  afterEach(() => database?.close());

  it('live updates equal a rebuild from raw responses after a random workload with retries, races and follow-ups', async () => {
    database = await openTestDatabase(kind);
    const services = await withFixtures(database);
    const random = seededRandom(20260401);
    // Instants over two years, so rows spread over days and months (and New Year).
    const start = Date.parse('2025-01-01T00:00:00Z');
    const instants = () => new Date(start + Math.floor(random() * 2 * 365 * 86_400_000));
    await randomWorkload(database.db, services, instants, random, 250);

    const live = await snapshot(database.db);
    const raw = await database.db
      .selectFrom('responses')
      .select((s) => [s.fn.countAll<number>().as('n')])
      .executeTakeFirstOrThrow();
    expect(live.daily.reduce((sum, r) => sum + r.responses, 0)).toBe(raw.n);
    expect(live.monthly.reduce((sum, r) => sum + r.responses, 0)).toBe(raw.n);

    await rebuildRollups(database.db);
    expect(await snapshot(database.db)).toEqual(live);

    // The figures' reader (whole months from the monthly table, loose days from the daily
    // one) gives exactly what a GROUP BY over the raw responses gives.
    const order = (rows: FigureRow[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    const ids = services.map((s) => s.id);
    for (const period of [
      { from: '2025-01-01', to: '2025-12-31' },
      { from: '2025-03-17', to: '2026-02-03' },
      { from: '2026-05-05', to: '2026-05-20' },
    ]) {
      expect(order(await rollupFigureRows(database.db, ids, period, 'Europe/Brussels'))).toEqual(
        order(await rawFigureRows(database.db, ids, period, 'Europe/Brussels')),
      );
    }
  });

  it('a rebuild while responses keep coming in loses nothing and counts nothing twice', async () => {
    database = await openTestDatabase(kind);
    const services = await withFixtures(database);
    const random = seededRandom(7);
    const instants = () => new Date(Date.parse('2026-06-01T10:00:00Z') + Math.floor(random() * 86_400_000));
    await randomWorkload(database.db, services, instants, random, 40);
    await Promise.all([
      randomWorkload(database.db, services, instants, random, 40),
      rebuildRollups(database.db),
      randomWorkload(database.db, services, instants, random, 40),
    ]);
    const live = await snapshot(database.db);
    await rebuildRollups(database.db);
    expect(await snapshot(database.db)).toEqual(live);
  });

  it('migration 0002 fills the roll-ups from responses recorded before it', async () => {
    database = await openTestDatabase(kind, { migrate: false });
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
    const first = await migrator.migrateTo('0001_initial');
    expect(first.error).toBeUndefined();
    await sql`INSERT INTO organisations (id, name, level) VALUES ('stad-gent', 'Stad Gent', 'lokaal')`.execute(database.db);
    await sql`INSERT INTO services (id, organisation_id, name, audience, channel) VALUES ('gent-afspraak', 'stad-gent', '{"nl":"Afspraak"}', 'burgers', 'stad.gent')`.execute(
      database.db,
    );
    await sql`INSERT INTO responses (service_id, submission_id, score, has_remark, remark, ease, lang, context, channel, local_day)
      SELECT 'gent-afspraak', gen_random_uuid(), 1 + i % 5, i % 3 = 0, CASE WHEN i % 3 = 0 THEN 'opmerking' END,
             CASE WHEN i % 2 = 0 THEN 1 + i % 5 END, 'nl', 'transaction', 'stad.gent', DATE '2025-12-25' + (i % 14)
      FROM generate_series(1, 60) AS i`.execute(database.db);
    await migrate(database.db);
    const migrated = await snapshot(database.db);
    expect(migrated.daily.reduce((sum, r) => sum + r.responses, 0)).toBe(60);
    expect(migrated.monthly.map((r) => r.month)).toEqual(expect.arrayContaining(['2025-12-01', '2026-01-01']));
    await rebuildRollups(database.db);
    expect(await snapshot(database.db)).toEqual(migrated);
  });

  it('keys every roll-up by service_id first (distributable by service)', async () => {
    database = await openTestDatabase(kind);
    const keys = await sql<{ table_name: string; column_name: string }>`
      SELECT tc.table_name, kcu.column_name FROM information_schema.table_constraints tc
      JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.ordinal_position = 1
      WHERE tc.constraint_type = 'PRIMARY KEY' AND tc.table_name LIKE 'response_rollups_%'`.execute(database.db);
    expect(keys.rows).toHaveLength(2);
    for (const key of keys.rows) expect(key.column_name).toBe('service_id');
  });

  it('counts a follow-up on the response’s own day, even when it arrives after local midnight', async () => {
    database = await openTestDatabase(kind);
    const [gent] = await withFixtures(database);
    const submission = { serviceId: gent!.id, submissionId: crypto.randomUUID(), score: 3 };
    // 23:50 in Brussels on 31 December 2026, the follow-up 20 minutes later (already 2027).
    await record(database.db, gent!, submission, new Date('2026-12-31T22:50:00Z'));
    await record(database.db, gent!, { ...submission, remark: 'Later toegevoegd', ease: 2 }, new Date('2026-12-31T23:10:00Z'));
    const { daily } = await snapshot(database.db);
    expect(daily).toEqual([expect.objectContaining({ day: '2026-12-31', responses: 1, remarks: 1, ease_2: 1 })]);
  });
});
