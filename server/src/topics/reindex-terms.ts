// `pnpm cli topics reindex`: (re)analyses every remark whose remark_terms row is missing or
// written by another ANALYSER_VERSION, in batches (version 2's JSON rows too: they are
// read as they are, and rewritten compact). Resumable: each batch commits on its own and
// only missing or outdated rows are picked, so a run stopped half-way is continued by the
// next; rows are upserted, never doubled. Topics stay right meanwhile: findTopics analyses
// remarks without a row it can read on the fly.
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
    .leftJoin('remark_terms as t', (join) => join.onRef('t.service_id', '=', 'r.service_id').onRef('t.response_id', '=', 'r.id'))
    .where('r.remark', 'is not', null)
    .where((eb) => eb.or([eb('t.response_id', 'is', null), eb('t.analyser_version', '<>', ANALYSER_VERSION)]));

/** How many remarks have no row of the current analyser version. */
export async function staleRemarkTerms(db: Kysely<Database>): Promise<number> {
  const row = await stale(db)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Reindexes; returns how many remarks it analysed and whether every one is current now. */
export async function reindexRemarkTerms(
  db: Kysely<Database>,
  options: ReindexOptions = {},
): Promise<{ analysed: number; complete: boolean }> {
  const batchSize = options.batchSize ?? 500;
  const analyse = await loadAnalyser();
  const total = await staleRemarkTerms(db);
  let analysed = 0;
  let after: { serviceId: string; id: string } | null = null;
  options.progress?.(0, total);
  for (let batch = 0; options.maxBatches === undefined || batch < options.maxBatches; batch += 1) {
    let query = stale(db).select(['r.service_id', 'r.id', 'r.remark', 'r.lang']);
    // Key order from where the last batch ended: every remark is looked at once per run.
    if (after) query = query.where(sql<boolean>`(r.service_id, r.id) > (${after.serviceId}, ${after.id}::uuid)`);
    const rows = await query.orderBy('r.service_id').orderBy('r.id').limit(batchSize).execute();
    if (rows.length === 0) return { analysed, complete: true };
    const values = rows.map((r) => ({ service_id: r.service_id, id: r.id, analysis: encodeAnalysis(analyse(r.remark!, r.lang)) }));
    await upsertAnalyses(db, values);
    analysed += rows.length;
    after = { serviceId: rows.at(-1)!.service_id, id: rows.at(-1)!.id };
    options.progress?.(Math.min(analysed, total), total);
    if (rows.length < batchSize) return { analysed, complete: true };
  }
  return { analysed, complete: (await staleRemarkTerms(db)) === 0 };
}

/**
 * Writes the rows of remarks that still have their text, locking each response (FOR SHARE)
 * so that an erasure waits for this statement, or this one sees the text erased and skips
 * it: an erased remark never gets its terms back (remarks/remarks.ts).
 */
async function upsertAnalyses(db: Kysely<Database>, values: { service_id: string; id: string; analysis: string }[]): Promise<void> {
  await sql`
    INSERT INTO remark_terms (service_id, response_id, analyser_version, analysis)
    SELECT r.service_id, r.id, ${ANALYSER_VERSION}::integer, v.analysis
    FROM unnest(${values.map((v) => v.service_id)}::text[], ${values.map((v) => v.id)}::uuid[], ${values.map((v) => v.analysis)}::text[]) AS v(service_id, id, analysis)
    JOIN responses r ON r.service_id = v.service_id AND r.id = v.id
    WHERE r.remark IS NOT NULL
    ORDER BY r.service_id, r.id
    FOR SHARE OF r
    ON CONFLICT (service_id, response_id) DO UPDATE
      SET analyser_version = excluded.analyser_version, analysis = excluded.analysis`.execute(db);
}
