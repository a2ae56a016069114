// `pnpm cli topics reindex`: (re)analyses every remark whose analysis (responses.remark_analysis,
// migration 0018) is missing or written by another ANALYSER_VERSION, in batches (until it
// has, such remarks are analysed on the fly). After the upgrade to 0018 it fills
// in every remark's row: from the previous release's remark_terms row when that holds this
// version's analysis (copied, not analysed again; since version 4 no release writes such a
// row, so every remark is analysed), else by analysing the remark. Resumable:
// each batch commits on its own and only missing or outdated analyses are picked, so a run
// stopped half-way is continued by the next. Topics stay right meanwhile: findTopics
// analyses remarks without an analysis it can read on the fly. A run that completes the
// rewrite ends with VACUUM (ANALYZE) of responses: each rewritten row left a dead one behind
// (the vacuum makes its space reusable), and on a large table with few remarks too few for
// autovacuum to come by soon.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { ANALYSER_VERSION, loadAnalyser } from './analyse-remark.js';
import { encodeAnalysis } from './analysis-codec.js';

export interface ReindexOptions {
  batchSize?: number;
  /** Stop after this many batches (a run interrupted on purpose; the next one continues). */
  maxBatches?: number;
  progress?: (done: number, total: number) => void;
}

const stale = (db: Kysely<Database>) =>
  db
    .selectFrom('responses as r')
    .where('r.remark', 'is not', null)
    .where('r.remark_analyser_version', 'is distinct from', ANALYSER_VERSION);

/** How many remarks have no analysis of the current analyser version. */
export async function staleRemarkTerms(db: Kysely<Database>): Promise<number> {
  const row = await stale(db)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Reindexes; returns how many remarks it wrote an analysis for (analysed or copied; a row a
 * write held is skipped and not counted) and whether every one is current now. progress gets
 * the remarks looked at.
 */
export async function reindexRemarkTerms(
  db: Kysely<Database>,
  options: ReindexOptions = {},
): Promise<{ analysed: number; complete: boolean }> {
  const batchSize = options.batchSize ?? 500;
  const analyse = await loadAnalyser();
  const total = await staleRemarkTerms(db);
  let analysed = 0;
  let looked = 0;
  let after: { serviceId: string; id: string } | null = null;
  options.progress?.(0, total);
  for (let batch = 0; options.maxBatches === undefined || batch < options.maxBatches; batch += 1) {
    let query = stale(db)
      .leftJoin('remark_terms as t', (join) =>
        join.onRef('t.service_id', '=', 'r.service_id').onRef('t.response_id', '=', 'r.id').on('t.analyser_version', '=', ANALYSER_VERSION),
      )
      .select([
        'r.service_id',
        'r.id',
        // The text only where there is no analysis to copy.
        sql<string | null>`CASE WHEN t.analysis IS NULL THEN r.remark END`.as('remark'),
        'r.lang',
        't.analysis as stored',
      ]);
    // Key order from where the last batch ended: every remark is looked at once per run.
    if (after) query = query.where(sql<boolean>`(r.service_id, r.id) > (${after.serviceId}, ${after.id}::uuid)`);
    const rows = await query.orderBy('r.service_id').orderBy('r.id').limit(batchSize).execute();
    if (rows.length === 0) break;
    const values = rows.map((r) => ({
      service_id: r.service_id,
      id: r.id,
      analysis: r.stored ?? encodeAnalysis(analyse(r.remark!, r.lang)),
    }));
    analysed += await upsertAnalyses(db, values);
    looked += rows.length;
    after = { serviceId: rows.at(-1)!.service_id, id: rows.at(-1)!.id };
    options.progress?.(Math.min(looked, total), total);
    if (rows.length < batchSize) break;
  }
  const complete = (await staleRemarkTerms(db)) === 0;
  // Once, when the rows are all rewritten (not after every run of a few batches).
  if (analysed > 0 && complete) await vacuumResponses(db);
  return { analysed, complete };
}

/**
 * VACUUM (ANALYZE) responses on one connection without a statement timeout: a DATABASE_URL
 * may set one (?statement_timeout=), fit for requests, that a large table's vacuum outlasts,
 * which would fail the run after all its work was done. A ?query_timeout= is node-postgres'
 * own, per client, and stays (docs/operations.md: leave it out of the reindex's URL).
 */
async function vacuumResponses(db: Kysely<Database>): Promise<void> {
  await db.connection().execute(async (connection) => {
    await sql`SET statement_timeout = 0`.execute(connection);
    try {
      await sql`VACUUM (ANALYZE) responses`.execute(connection);
    } finally {
      await sql`RESET statement_timeout`.execute(connection);
    }
  });
}

/**
 * Writes the analyses of remarks that still have their text. A row another transaction holds
 * (a write attaching to it, an erasure) is skipped (SKIP LOCKED), so a batch never waits for a
 * write nor deadlocks with one, whatever order either locks its rows in; a skipped row stays
 * outdated and the next run takes it (`complete` says so). A row is locked only if its latest
 * version still has its text: an erased remark never gets its terms back (remarks/remarks.ts).
 * Returns how many rows it wrote.
 */
async function upsertAnalyses(db: Kysely<Database>, values: { service_id: string; id: string; analysis: string }[]): Promise<number> {
  const { rows } = await sql`
    WITH v AS (
      SELECT * FROM unnest(${values.map((v) => v.service_id)}::text[], ${values.map((v) => v.id)}::uuid[], ${values.map((v) => v.analysis)}::text[])
        AS v(service_id, id, analysis)
    ), locked AS (
      SELECT r.service_id, r.id, v.analysis FROM responses r JOIN v ON r.service_id = v.service_id AND r.id = v.id
      WHERE r.remark IS NOT NULL
      FOR NO KEY UPDATE OF r SKIP LOCKED
    )
    UPDATE responses r SET remark_analysis = l.analysis, remark_analyser_version = ${ANALYSER_VERSION}::smallint
    FROM locked l
    WHERE r.service_id = l.service_id AND r.id = l.id
    RETURNING r.id`.execute(db);
  return rows.length;
}
