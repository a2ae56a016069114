import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { addDays, type DayPeriod } from '../kernel/calendar.js';
import { isCurrentAnalysis, loadAnalyser, type RemarkAnalysis } from './analyse-remark.js';
import { analysisDecoder } from './analysis-codec.js';
import type { RemarkRow } from '../remarks/remarks.js';

/**
 * What the finder reads of each remark: the rest of a response (its time, context, channel,
 * answers…) is read only for the few remarks shown as examples (remarkRows). Reading and
 * parsing every column of 20,000 rows cost more than the finder needs them.
 */
export interface TopicRemark {
  id: string;
  score: number;
  remark: string;
  lang: string;
}

/** A remark with its analysis as stored at write time (or made on the fly for one without). */
export type AnalysedRemark = TopicRemark & { analysis: RemarkAnalysis };

export interface ServicesRemarkFilter {
  serviceIds: readonly string[];
  period: DayPeriod;
  scores?: readonly number[] | undefined;
}

/** A remark with its place in the newest-first order (1: newest) and its stored analysis (analysis-codec.ts; null: none yet). */
interface StoredRow extends TopicRemark {
  place: number;
  analysis: string | null;
  analyser_version: number | null;
}

/**
 * Each remark with its analysis, in the newest-first order: the stored one, or (not
 * reindexed yet) made now. The same stored text is parsed once and its analysis shared
 * (read only): remarks repeat ("Alles ok"), and batch-terms.ts then resolves a shared
 * analysis's tokens once. Rows come in any order and are put at their place.
 */
async function withAnalysis(rows: readonly StoredRow[]): Promise<AnalysedRemark[]> {
  const analysisOf = await analyserOf(rows);
  const out = new Array<AnalysedRemark>(rows.length);
  for (const row of rows) {
    const { id, score, remark, lang } = row;
    out[row.place - 1] = { id, score, remark, lang, analysis: analysisOf(row) };
  }
  return out;
}

/** What a remark's analysis is read from: the stored text, or (none the current analyser can read) the remark. */
interface StoredAnalysis {
  remark: string;
  lang: string;
  analysis: string | null;
  analyser_version: number | null;
}

/** Each row's analysis: the stored one (the decoder parses each distinct text once), or made now. */
async function analyserOf(rows: readonly StoredAnalysis[]): Promise<(row: StoredAnalysis) => RemarkAnalysis> {
  const current = (row: StoredAnalysis) => row.analysis !== null && isCurrentAnalysis(row.analyser_version);
  const analyse = rows.every(current) ? null : await loadAnalyser();
  const decode = analysisDecoder();
  return (row) => (current(row) ? decode(row.analysis!) : analyse!(row.remark, row.lang));
}

/**
 * The remarks that `where` picks, newest first, up to `max`, with their stored terms. The
 * newest are picked from the responses alone and numbered (place) before the terms are
 * joined: sorting the analyses' text with them took PostgreSQL's sort to disk.
 */
function remarksWithTerms(
  db: Kysely<Database>,
  where: (query: SelectQueryBuilder<Database, 'responses', object>) => SelectQueryBuilder<Database, 'responses', object>,
  max: number | null,
) {
  let newest = where(db.selectFrom('responses').where('remark', 'is not', null))
    .select(['service_id', 'id', 'score', 'remark', 'lang'])
    .select((eb) =>
      eb.fn
        .agg<number>('row_number')
        .over((over) => over.orderBy('received_at', 'desc').orderBy('id', 'desc'))
        .as('place'),
    )
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc');
  if (max !== null) newest = newest.limit(max);
  return db
    .selectFrom(newest.as('r'))
    .leftJoin('remark_terms as t', (join) => join.onRef('t.service_id', '=', 'r.service_id').onRef('t.response_id', '=', 'r.id'))
    .select(['r.service_id', 'r.id', 'r.score', 'r.remark', 'r.lang', 'r.place', 't.analysis', 't.analyser_version'])
    .$narrowType<{ remark: string }>();
}

/** The remarks of some services in a period with their terms, newest first, up to `max` (for topics). */
export async function remarksOfServices(db: Kysely<Database>, filter: ServicesRemarkFilter, max: number): Promise<AnalysedRemark[]> {
  if (filter.serviceIds.length === 0) return [];
  const { serviceIds, period, scores } = filter;
  const query = remarksWithTerms(
    db,
    (q) => {
      const inPeriod = q.where('service_id', 'in', serviceIds).where('local_day', '>=', period.from).where('local_day', '<=', period.to);
      return scores && scores.length > 0 ? inPeriod.where('score', 'in', scores) : inPeriod;
    },
    max,
  );
  return withAnalysis(await query.execute());
}

const ROW_COLUMNS = [
  'id',
  'received_at',
  'local_day',
  'score',
  'remark',
  'lang',
  'context',
  'channel',
  'step',
  'ease',
  'completed',
] as const;

/** The whole rows of a few remarks of some services (the examples shown), in the order of `ids`; an erased one meanwhile is left out. */
export async function remarkRows(db: Kysely<Database>, serviceIds: readonly string[], ids: readonly string[]): Promise<RemarkRow[]> {
  if (serviceIds.length === 0 || ids.length === 0) return [];
  const rows = (await db
    .selectFrom('responses')
    .select([...ROW_COLUMNS, sql<string>`received_at::text`.as('position')])
    .where('service_id', 'in', serviceIds)
    .where('id', 'in', [...new Set(ids)])
    .where('remark', 'is not', null)
    .execute()) as RemarkRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The names of some services in every language they have, e.g. ["Bewonerskaart parkeren aanvragen", …]. */
export async function serviceNames(db: Kysely<Database>, serviceIds: readonly string[]): Promise<{ text: string; lang: string }[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db.selectFrom('services').select('name').where('id', 'in', serviceIds).execute();
  return rows.flatMap((row) => Object.entries(row.name).map(([lang, text]) => ({ text, lang })));
}

/** The responses of some services in a period of local days (the time range lets the index of their times find them). */
const inWindow = <O>(q: SelectQueryBuilder<Database, 'responses', O>, serviceIds: readonly string[], period: DayPeriod) =>
  q
    .where('responses.service_id', 'in', serviceIds)
    .where('responses.received_at', '>=', sql<Date>`${addDays(period.from, -1)}::date`)
    .where('responses.received_at', '<', sql<Date>`${addDays(period.to, 2)}::date`)
    .where('responses.local_day', '>=', period.from)
    .where('responses.local_day', '<=', period.to);

/** The remarks of many services in a period with their terms, per service, newest first (alerts: the week of every candidate at once). */
export async function remarksOfWindow(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
): Promise<Map<string, AnalysedRemark[]>> {
  const byService = new Map<string, AnalysedRemark[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return byService;
  const rows = await remarksWithTerms(db, (q) => inWindow(q, serviceIds, period), null).execute();
  const analysed = await withAnalysis(rows);
  const serviceOf = new Array<string>(rows.length);
  for (const row of rows) serviceOf[row.place - 1] = row.service_id;
  for (let i = 0; i < analysed.length; i += 1) byService.get(serviceOf[i]!)!.push(analysed[i]!);
  return byService;
}

/**
 * Only the analyses of the remarks of many services in a period, per service, in no order
 * (alerts: the 8 weeks before of every candidate, about 115,000 remarks in bench:alerts).
 * A compared period is only counted, and its count does not depend on the order
 * (find-topics.ts), so PostgreSQL does not sort them: that sort, of every remark with its
 * text, spilled to disk. A service with more remarks than `max` is read again, newest
 * first, up to `max`, as remarksOfServices reads one.
 */
export async function analysesOfWindow(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
  max: number,
): Promise<Map<string, { analysis: RemarkAnalysis }[]>> {
  const byService = new Map<string, { analysis: RemarkAnalysis }[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return byService;
  const withRemark = db.selectFrom('responses').where('responses.remark', 'is not', null);
  const rows = await inWindow(withRemark, serviceIds, period)
    .leftJoin('remark_terms as t', (join) =>
      join.onRef('t.service_id', '=', 'responses.service_id').onRef('t.response_id', '=', 'responses.id'),
    )
    .select(['responses.service_id', 'responses.remark', 'responses.lang', 't.analysis', 't.analyser_version'])
    .$narrowType<{ remark: string }>()
    .execute();
  const analysisOf = await analyserOf(rows);
  for (const row of rows) byService.get(row.service_id)!.push({ analysis: analysisOf(row) });
  for (const [serviceId, list] of byService) {
    if (list.length > max) byService.set(serviceId, await remarksOfServices(db, { serviceIds: [serviceId], period }, max));
  }
  return byService;
}
