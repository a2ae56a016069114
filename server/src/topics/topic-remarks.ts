import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { addDays, type DayPeriod } from '../kernel/calendar.js';
import { CURRENT_VERSIONS, loadAnalyser, type RemarkAnalysis } from './analyse-remark.js';
import { isLineForm } from './analysis-codec.js';
import { analysisDecoder } from './decoded-analyses.js';

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

/**
 * A remark with its analysis as stored at write time (or made on the fly for one without).
 * The finder's canonical order sorts by `key`, the analysis's stored text (analysis-codec.ts,
 * when in the codec's line form; find-topics.ts encodes the others), then by `textHash`, a
 * hash of the text (PostgreSQL's hashtext): remarks written alike up to case and punctuation
 * have one analysis, and their order, so the example shown, must not depend on their ids.
 */
export type AnalysedRemark = TopicRemark & { analysis: RemarkAnalysis; key?: string | undefined; textHash?: number };

export interface ServicesRemarkFilter {
  serviceIds: readonly string[];
  period: DayPeriod;
  scores?: readonly number[] | undefined;
}

/** A remark as read, in no order, with its stored analysis (analysis-codec.ts; null: none the current analyser reads). */
interface StoredRow extends TopicRemark {
  service_id: string;
  analysis: string | null;
  text_hash: number | null;
}

/**
 * Each remark with its analysis, in the order read: the stored one, or (not reindexed yet)
 * made now. The same stored text is parsed once and its analysis shared (read only):
 * remarks repeat ("Alles ok"), and batch-terms.ts then resolves a shared analysis's tokens
 * once.
 */
async function withAnalysis(rows: readonly StoredRow[]): Promise<{ remarks: AnalysedRemark[]; serviceOf: string[] }> {
  const analysisOf = await analyserOf(rows);
  const remarks = new Array<AnalysedRemark>(rows.length);
  const serviceOf = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const row = rows[i]!;
    const { id, score, remark, lang } = row;
    const { analysis, text } = analysisOf(row);
    // The cache's copy of the stored text: the row's can go with the rows read (a young collection's garbage).
    const key = text !== undefined && isLineForm(text) ? text : undefined;
    remarks[i] = { id, score, remark, lang, analysis, key, textHash: row.text_hash ?? undefined };
    serviceOf[i] = row.service_id;
  }
  return { remarks, serviceOf };
}

/** What a remark's analysis is read from: the stored text (currentAnalysis), or the remark. */
interface StoredAnalysis {
  remark: string;
  lang: string;
  analysis: string | null;
}

/**
 * Each row's analysis: the stored one, with its stored text (the decoder parses each distinct
 * text once, decoded-analyses.ts), or made now (no stored text).
 */
async function analyserOf(
  rows: readonly StoredAnalysis[],
): Promise<(row: StoredAnalysis) => { analysis: RemarkAnalysis; text?: string | undefined }> {
  const analyse = rows.every((row) => row.analysis !== null) ? null : await loadAnalyser();
  const decode = analysisDecoder();
  return (row) => (row.analysis !== null ? decode(row.analysis) : { analysis: analyse!(row.remark, row.lang) });
}

/** Whether the current analyser reads the remark's stored analysis (CURRENT_VERSIONS); if not, the remark is analysed on the fly. */
const isCurrent = sql<boolean>`${sql.ref('responses.remark_analyser_version')} IN (${sql.join(CURRENT_VERSIONS.map((v) => sql.lit(v)))})`;

/** The stored analysis when the current analyser reads it, else null. */
const currentAnalysis = sql<string | null>`CASE WHEN ${isCurrent} THEN ${sql.ref('responses.remark_analysis')} END`.as('analysis');

type Where = (query: SelectQueryBuilder<Database, 'responses', object>) => SelectQueryBuilder<Database, 'responses', object>;

/**
 * What is read of each remark: `whole`, the columns of a TopicRemark and its text's hash;
 * `lean`, the same with the text only where the remark is analysed on the fly (else '');
 * `analyses`, that without the hash, for a period that is only counted (a compared period:
 * find-topics.ts counts its analyses only).
 */
type RemarkColumns = 'whole' | 'lean' | 'analyses';

/**
 * A hash of the text, for the canonical order's ties (find-topics.ts). PostgreSQL's hashtext
 * is internal: a major upgrade may change which of several alike-written remarks is shown.
 */
const textHash = sql<number>`hashtext(${sql.ref('responses.remark')})`;

/** The remark's text where it is analysed on the fly, else '' (nothing reads it). */
const textUnlessAnalysed = sql<string>`CASE WHEN ${isCurrent} THEN '' ELSE ${sql.ref('responses.remark')} END`;

const columnsOf = (columns: RemarkColumns) =>
  [
    'responses.service_id',
    'responses.id',
    'responses.score',
    (columns === 'whole' ? sql<string>`${sql.ref('responses.remark')}` : textUnlessAnalysed).as('remark'),
    'responses.lang',
    currentAnalysis,
    (columns === 'analyses' ? sql<number | null>`NULL::integer` : textHash).as('text_hash'),
  ] as const;

/** The remarks that `where` picks (their analysis is in the same row, migration 0018). */
const withRemark = (db: Kysely<Database>, where: Where) => where(db.selectFrom('responses').where('responses.remark', 'is not', null));

/** The remarks that `where` picks with their stored analysis, in no order. */
const remarksWithTerms = (db: Kysely<Database>, where: Where, columns: RemarkColumns = 'whole') =>
  withRemark(db, where).select(columnsOf(columns)).$narrowType<{ remark: string }>();

/**
 * The newest `max` remarks that `where` picks with their stored analysis, in no order. The
 * newest are picked by their keys alone, then read whole: sorting the analyses' text with
 * them took PostgreSQL's sort to disk.
 */
function newestWithTerms(db: Kysely<Database>, where: Where, max: number, columns: RemarkColumns) {
  const newest = withRemark(db, where)
    .select(['responses.service_id', 'responses.id'])
    .orderBy('responses.received_at', 'desc')
    .orderBy('responses.id', 'desc')
    .limit(max);
  return db
    .selectFrom(newest.as('n'))
    .innerJoin('responses', (join) => join.onRef('responses.service_id', '=', 'n.service_id').onRef('responses.id', '=', 'n.id'))
    .select(columnsOf(columns))
    .$narrowType<{ remark: string }>();
}

/**
 * The remarks that `where` picks, up to `max` (the newest), with their stored terms, in no
 * order: the finder puts them in its own canonical order (find-topics.ts). Most periods
 * hold fewer than `max`: up to max + 1 are read unsorted, and when they are all there is,
 * that is the answer (no count first: its round trip was a few milliseconds of every call);
 * a period over the cap is then sorted by PostgreSQL, to pick its newest (its unsorted read
 * is lost: such a service pays one read more). `over`: known to be over.
 */
async function newestRemarks(db: Kysely<Database>, where: Where, max: number, over = false, columns: RemarkColumns = 'whole') {
  if (!over) {
    const rows = await remarksWithTerms(db, where, columns)
      .limit(max + 1)
      .execute();
    if (rows.length <= max) return withAnalysis(rows);
  }
  return withAnalysis(await newestWithTerms(db, where, max, columns).execute());
}

/** The responses of some services in a period of local days (the time range lets the index of their times find them). */
const inWindow = <O>(q: SelectQueryBuilder<Database, 'responses', O>, serviceIds: readonly string[], period: DayPeriod) =>
  q
    .where('responses.service_id', 'in', serviceIds)
    .where('responses.received_at', '>=', sql<Date>`${addDays(period.from, -1)}::date`)
    .where('responses.received_at', '<', sql<Date>`${addDays(period.to, 2)}::date`)
    .where('responses.local_day', '>=', period.from)
    .where('responses.local_day', '<=', period.to);

/** The remarks of some services in a period: `inWindow` less the scores not asked for. */
const inPeriod =
  ({ serviceIds, period, scores }: ServicesRemarkFilter): Where =>
  (q) => {
    const picked = inWindow(q, serviceIds, period);
    return scores && scores.length > 0 ? picked.where('responses.score', 'in', scores) : picked;
  };

/**
 * The remarks of some services in a period with their terms, up to `max` (the newest), in
 * no order (for topics). `{ texts: false }`: a remark's text is '' unless it is analysed on the
 * fly: the finder needs only the analyses, and the topics endpoint reads the few examples'
 * rows itself (sending 20,000 texts cost it a quarter of its read).
 */
export async function remarksOfServices(
  db: Kysely<Database>,
  filter: ServicesRemarkFilter,
  max: number,
  { texts = true }: { texts?: boolean } = {},
): Promise<AnalysedRemark[]> {
  if (filter.serviceIds.length === 0) return [];
  return (await newestRemarks(db, inPeriod(filter), max, false, texts ? 'whole' : 'lean')).remarks;
}

/**
 * The same remarks as remarksOfServices, for a period that is only counted: their analyses
 * (a remark's text is '' unless it is analysed on the fly), so the finder's compared period
 * does not carry 20,000 texts it never reads.
 */
export async function analysesOfServices(
  db: Kysely<Database>,
  filter: ServicesRemarkFilter,
  max: number,
): Promise<{ analysis: RemarkAnalysis; score: number }[]> {
  if (filter.serviceIds.length === 0) return [];
  return (await newestRemarks(db, inPeriod(filter), max, false, 'analyses')).remarks;
}

/**
 * The remarks of many services in a period with their terms, per service, in no order
 * (alerts: the week of every candidate at once), each service's up to `max` (the newest):
 * one over it is read again on its own, as remarksOfServices reads one.
 */
export async function remarksOfWindow(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
  max: number,
): Promise<Map<string, AnalysedRemark[]>> {
  const byService = new Map<string, AnalysedRemark[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return byService;
  const { remarks, serviceOf } = await withAnalysis(await remarksWithTerms(db, (q) => inWindow(q, serviceIds, period)).execute());
  for (let i = 0; i < remarks.length; i += 1) byService.get(serviceOf[i]!)!.push(remarks[i]!);
  for (const [serviceId, newest] of await newestOfOverCap(db, byService, period, max)) byService.set(serviceId, newest);
  return byService;
}

/** Each service with more than `max` remarks in the period, with its newest `max`, read on their own. */
async function newestOfOverCap(
  db: Kysely<Database>,
  byService: ReadonlyMap<string, readonly unknown[]>,
  period: DayPeriod,
  max: number,
): Promise<[string, AnalysedRemark[]][]> {
  const over: [string, AnalysedRemark[]][] = [];
  for (const [serviceId, list] of byService) {
    if (list.length <= max) continue;
    over.push([serviceId, (await newestRemarks(db, inPeriod({ serviceIds: [serviceId], period }), max, true)).remarks]);
  }
  return over;
}

/**
 * Only the analyses of the remarks of many services in a period, per service, in no order
 * (alerts: the 8 weeks before of every candidate, about 115,000 remarks in bench:alerts).
 * A compared period is only counted, and its count does not depend on the order
 * (find-topics.ts), so PostgreSQL does not sort them: that sort, of every remark with its
 * text, spilled to disk. A service with more remarks than `max` is read again on its own,
 * its newest `max`, as remarksOfServices reads one.
 */
export async function analysesOfWindow(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
  max: number,
): Promise<Map<string, { analysis: RemarkAnalysis; score: number }[]>> {
  const byService = new Map<string, { analysis: RemarkAnalysis; score: number }[]>(serviceIds.map((id) => [id, []]));
  if (serviceIds.length === 0) return byService;
  const rows = await withRemark(db, (q) => inWindow(q, serviceIds, period))
    .select(['responses.service_id', 'responses.score', textUnlessAnalysed.as('remark'), 'responses.lang', currentAnalysis])
    .$narrowType<{ remark: string }>()
    .execute();
  const analysisOf = await analyserOf(rows);
  for (const row of rows) byService.get(row.service_id)!.push({ analysis: analysisOf(row).analysis, score: row.score });
  for (const [serviceId, newest] of await newestOfOverCap(db, byService, period, max)) byService.set(serviceId, newest);
  return byService;
}
