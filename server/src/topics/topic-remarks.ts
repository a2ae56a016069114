import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { addDays, type DayPeriod } from '../kernel/calendar.js';
import { ANALYSER_VERSION, loadAnalyser, type RemarkAnalysis } from './analyse-remark.js';
import type { RemarkRow } from '../remarks/remarks.js';

/** A remark with its analysis as stored at write time (or made on the fly for one without). */
export type AnalysedRemark = RemarkRow & { analysis: RemarkAnalysis };

export interface ServicesRemarkFilter {
  serviceIds: readonly string[];
  period: DayPeriod;
  scores?: readonly number[] | undefined;
}

const COLUMNS = [
  'r.id',
  'r.received_at',
  'r.local_day',
  'r.score',
  'r.remark',
  'r.lang',
  'r.context',
  'r.channel',
  'r.step',
  'r.ease',
  'r.completed',
] as const;

/** A remark with its stored analysis as JSON text (null: none of the current analyser version yet). */
type StoredRow = RemarkRow & { analysis: string | null; analyser_version: number | null };

/**
 * Each remark with its analysis: the stored one, or (not reindexed yet) made now. The same
 * stored text is parsed once and its analysis shared (read only): remarks repeat ("Alles
 * ok"), and batch-terms.ts then resolves a shared analysis's tokens once.
 */
async function withAnalysis(rows: StoredRow[]): Promise<AnalysedRemark[]> {
  const stale = rows.some((row) => row.analyser_version !== ANALYSER_VERSION);
  const analyse = stale ? await loadAnalyser() : null;
  const parsed = new Map<string, RemarkAnalysis>();
  const parse = (text: string) => {
    let analysis = parsed.get(text);
    if (analysis === undefined) {
      analysis = JSON.parse(text) as RemarkAnalysis;
      parsed.set(text, analysis);
    }
    return analysis;
  };
  return rows.map(({ analysis, analyser_version, ...row }) => ({
    ...row,
    analysis: analyser_version === ANALYSER_VERSION && analysis !== null ? parse(analysis) : analyse!(row.remark, row.lang),
  }));
}

const remarksWithTerms = (db: Kysely<Database>) =>
  db
    .selectFrom('responses as r')
    .leftJoin('remark_terms as t', (join) => join.onRef('t.service_id', '=', 'r.service_id').onRef('t.response_id', '=', 'r.id'))
    .select([...COLUMNS, sql<string>`r.received_at::text`.as('position'), 't.analysis', 't.analyser_version'])
    .where('r.remark', 'is not', null);

/** The remarks of some services in a period with their terms, newest first, up to `max` (for topics). */
export async function remarksOfServices(db: Kysely<Database>, filter: ServicesRemarkFilter, max: number): Promise<AnalysedRemark[]> {
  if (filter.serviceIds.length === 0) return [];
  let query = remarksWithTerms(db)
    .where('r.service_id', 'in', filter.serviceIds)
    .where('r.local_day', '>=', filter.period.from)
    .where('r.local_day', '<=', filter.period.to);
  if (filter.scores && filter.scores.length > 0) query = query.where('r.score', 'in', filter.scores);
  return withAnalysis((await query.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(max).execute()) as StoredRow[]);
}

/**
 * The remarks of the SAME organisation's other services in a period, with their terms,
 * newest first, up to `max`: the background against which topics may weigh how distinctive
 * a word is. Never another organisation's (its remarks must not change this one's topics).
 * The received_at bounds (a day wider than the local days on each side) let the
 * newest-remarks index serve the query.
 */
export async function backgroundRemarks(
  db: Kysely<Database>,
  filter: { serviceIds: readonly string[]; period: DayPeriod },
  max: number,
): Promise<AnalysedRemark[]> {
  if (filter.serviceIds.length === 0) return [];
  const organisations = db.selectFrom('services').select('organisation_id').where('id', 'in', filter.serviceIds);
  const others = db
    .selectFrom('services')
    .select('id')
    .where('organisation_id', 'in', organisations)
    .where('id', 'not in', filter.serviceIds);
  const query = remarksWithTerms(db)
    .where('r.service_id', 'in', others)
    .where('r.received_at', '>=', sql<Date>`${addDays(filter.period.from, -1)}::date`)
    .where('r.received_at', '<', sql<Date>`${addDays(filter.period.to, 2)}::date`)
    .where('r.local_day', '>=', filter.period.from)
    .where('r.local_day', '<=', filter.period.to);
  return withAnalysis((await query.orderBy('r.received_at', 'desc').orderBy('r.id', 'desc').limit(max).execute()) as StoredRow[]);
}

/** The names of some services in every language they have, e.g. ["Bewonerskaart parkeren aanvragen", …]. */
export async function serviceNames(db: Kysely<Database>, serviceIds: readonly string[]): Promise<{ text: string; lang: string }[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db.selectFrom('services').select('name').where('id', 'in', serviceIds).execute();
  return rows.flatMap((row) => Object.entries(row.name).map(([lang, text]) => ({ text, lang })));
}

/** The remarks of many services in a period with their terms and service, newest first (alerts: the week of every service at once, and the 8 weeks before). */
export async function remarksOfWindow(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
): Promise<(AnalysedRemark & { service_id: string })[]> {
  if (serviceIds.length === 0) return [];
  const rows = await remarksWithTerms(db)
    .select('r.service_id')
    .where('r.service_id', 'in', serviceIds)
    .where('r.received_at', '>=', sql<Date>`${addDays(period.from, -1)}::date`)
    .where('r.received_at', '<', sql<Date>`${addDays(period.to, 2)}::date`)
    .where('r.local_day', '>=', period.from)
    .where('r.local_day', '<=', period.to)
    .orderBy('r.received_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
  return (await withAnalysis(rows as unknown as StoredRow[])) as (AnalysedRemark & { service_id: string })[];
}
