import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { rebuildRollups } from '../figures/rollups.js';

export const BENCH_ORGANISATIONS = 20;
export const SERVICES_PER_ORGANISATION = 10;
export const BENCH_SERVICES = BENCH_ORGANISATIONS * SERVICES_PER_ORGANISATION;
export const serviceId = (i: number) => `dienst-${String(i).padStart(3, '0')}`;
export const organisationId = (i: number) => `organisatie-${String(i).padStart(2, '0')}`;

/** The remarks of the dataset (each says one thing; drawn at random, so no topic rises: rising-on-random.ts). */
export const REMARKS = [
  'De kalender toont geen vrije dagen.',
  'Itsme login werkt niet.',
  'Vlot en duidelijk, bedankt!',
  'Te veel stappen voor een eenvoudige aanvraag.',
  'La connexion itsme ne fonctionne pas.',
  'Le formulaire est trop long.',
  'The upload of documents failed.',
  'Die Anmeldung funktioniert nicht.',
];

/**
 * The SQL below's draws, for simulations of the same mix in a process (rising-on-random.ts,
 * dropped-on-random.ts): service i of 200 with a share falling with i (floor(200 · r²)), and
 * a score from 1 to 5.
 */
export const drawService = (random: () => number) => Math.floor(BENCH_SERVICES * random() ** 2);
export const scoreOf = (r: number) => (r < 0.06 ? 1 : r < 0.13 ? 2 : r < 0.28 ? 3 : r < 0.62 ? 4 : 5);

/**
 * Loads `total` responses over two years (2025–2026) into an empty, migrated database,
 * fast: one INSERT … SELECT generate_series per chunk (two chunks in parallel), with the
 * table's indexes and keys dropped during the load and built again after it. Responses
 * arrive in time order, interleaved over the services; service i has a share falling
 * with i (a few big services, many small ones). Then the displays, and the roll-ups
 * through the rebuild command's own code.
 */
export async function loadBenchDataset(db: Kysely<Database>, total: number, log: (line: string) => void): Promise<void> {
  for (let o = 0; o < BENCH_ORGANISATIONS; o += 1) {
    await db
      .insertInto('organisations')
      .values({ id: organisationId(o), name: `Organisatie ${o}`, level: 'vlaams', policy_domain: `Domein ${o % 4}` })
      .execute();
  }
  const ids: string[] = [];
  for (let i = 0; i < BENCH_SERVICES; i += 1) {
    ids.push(serviceId(i));
    await db
      .insertInto('services')
      .values({
        id: serviceId(i),
        organisation_id: organisationId(i % BENCH_ORGANISATIONS),
        name: JSON.stringify({ nl: `Dienst ${i}` }),
        audience: 'burgers',
        channel: 'mijn-burgerprofiel',
        follow_ups: ['ease', 'completed'],
      })
      .execute();
  }

  // Keys and indexes of responses, kept as PostgreSQL itself describes them, then dropped
  // for the load and recreated from these definitions (faster than maintaining them row by row).
  const constraints = await sql<{ name: string; definition: string }>`
    SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
    WHERE conrelid = 'responses'::regclass AND contype IN ('p', 'u', 'f')`.execute(db);
  const indexes = await sql<{ definition: string }>`
    SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index
    WHERE indrelid = 'responses'::regclass AND indexrelid NOT IN (SELECT conindid FROM pg_constraint WHERE conrelid = 'responses'::regclass)`.execute(
    db,
  );
  for (const index of indexes.rows) await sql`DROP INDEX ${sql.id(/INDEX (\S+) ON/.exec(index.definition)![1]!)}`.execute(db);
  for (const constraint of constraints.rows) await sql`ALTER TABLE responses DROP CONSTRAINT ${sql.id(constraint.name)}`.execute(db);

  const started = Date.now();
  const chunk = Math.ceil(total / 2);
  const insert = (from: number, to: number) =>
    sql`
    INSERT INTO responses (service_id, submission_id, score, remark, has_remark, ease, completed, lang, context, channel, received_at, local_day)
    SELECT service, gen_random_uuid(), score, remark, remark IS NOT NULL,
           CASE WHEN r3 < 0.4 THEN least(5, greatest(1, score + (r4 * 3)::int - 1)) END,
           CASE WHEN r3 < 0.4 THEN (ARRAY['yes', 'partly', 'no'])[1 + (r4 * 2.99)::int] END,
           CASE WHEN r5 < 0.7 THEN 'nl' WHEN r5 < 0.9 THEN 'fr' WHEN r5 < 0.97 THEN 'en' ELSE 'de' END,
           (ARRAY['transaction', 'support', 'continuous'])[1 + (r5 * 1000)::int % 3],
           CASE WHEN r4 < 0.8 THEN 'mijn-burgerprofiel' ELSE 'e-loket' END,
           at, (at AT TIME ZONE 'Europe/Brussels')::date
    FROM (
      SELECT ${ids}::text[] AS ids, i, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5,
             timestamptz '2025-01-01 00:00:00+01' + (i::float8 / ${total}) * interval '730 days' AS at
      FROM generate_series(${from}::int, ${to}::int) AS i
    ) g
    CROSS JOIN LATERAL (
      SELECT ids[1 + floor(${ids.length} * r1 * r1)::int] AS service,
             CASE WHEN r2 < 0.06 THEN 1 WHEN r2 < 0.13 THEN 2 WHEN r2 < 0.28 THEN 3 WHEN r2 < 0.62 THEN 4 ELSE 5 END AS score,
             CASE WHEN r3 > 0.85 THEN (${REMARKS}::text[])[1 + (r4 * ${REMARKS.length - 1})::int] END AS remark
    ) s`.execute(db);
  await Promise.all([insert(1, chunk), insert(chunk + 1, total)]);
  log(`  inserted ${total.toLocaleString('en')} responses in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const keysStarted = Date.now();
  await sql`SET maintenance_work_mem = '1GB'`.execute(db);
  for (const constraint of constraints.rows) {
    await sql`ALTER TABLE responses ADD CONSTRAINT ${sql.id(constraint.name)} ${sql.raw(constraint.definition)}`.execute(db);
  }
  for (const index of indexes.rows) await sql.raw(index.definition).execute(db);
  log(`  rebuilt keys and indexes (incl. full-text search) in ${((Date.now() - keysStarted) / 1000).toFixed(0)} s`);

  const rollupsStarted = Date.now();
  const rows = await rebuildRollups(db);
  log(
    `  built roll-ups (${rows.daily.toLocaleString('en')} daily, ${rows.monthly.toLocaleString('en')} monthly rows) in ${((Date.now() - rollupsStarted) / 1000).toFixed(0)} s`,
  );

  // Displays: the widget is shown about eight times per response.
  await sql`
    INSERT INTO display_counts (service_id, day, count)
    SELECT service_id, day, (sum(responses) * (6 + random() * 4))::int FROM response_rollups_daily GROUP BY service_id, day`.execute(db);
  await sql`ANALYZE`.execute(db);
}
