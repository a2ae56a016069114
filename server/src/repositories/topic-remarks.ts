import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { addDays, type DayPeriod } from '../figures/period.js';
import type { RemarkRow } from './remarks.js';

export interface ServicesRemarkFilter {
  serviceIds: readonly string[];
  period: DayPeriod;
  scores?: readonly number[] | undefined;
}

const COLUMNS = ['id', 'received_at', 'local_day', 'score', 'remark', 'lang', 'context', 'channel', 'step', 'ease', 'completed'] as const;

/** The remarks of some services in a period, newest first, up to `max` (for topics). */
export async function remarksOfServices(db: Kysely<Database>, filter: ServicesRemarkFilter, max: number): Promise<RemarkRow[]> {
  if (filter.serviceIds.length === 0) return [];
  let query = db
    .selectFrom('responses')
    .select([...COLUMNS, sql<string>`received_at::text`.as('position')])
    .where('service_id', 'in', filter.serviceIds)
    .where('remark', 'is not', null)
    .where('local_day', '>=', filter.period.from)
    .where('local_day', '<=', filter.period.to);
  if (filter.scores && filter.scores.length > 0) query = query.where('score', 'in', filter.scores);
  return (await query.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(max).execute()) as RemarkRow[];
}

/**
 * The texts and languages of the other services' remarks of a period, newest first, up to
 * `max`: the background against which topics weigh how distinctive a word is. Only word
 * counts are taken from them; none is shown. Only services of the same organisation(s) as
 * the queried ones count: were other organisations' remarks in the background, one could
 * change how often its own remarks use a word and read another's use of it from the change
 * in that one's topics. The received_at bounds (a day wider than the local days on each
 * side) let the newest-remarks index serve the query.
 */
export async function backgroundRemarks(db: Kysely<Database>, filter: { exceptServiceIds: readonly string[]; period: DayPeriod }, max: number): Promise<{ remark: string; lang: string }[]> {
  let query = db
    .selectFrom('responses')
    .select(['remark', 'lang'])
    .where('remark', 'is not', null)
    .where('received_at', '>=', sql<Date>`${addDays(filter.period.from, -1)}::date`)
    .where('received_at', '<', sql<Date>`${addDays(filter.period.to, 2)}::date`)
    .where('local_day', '>=', filter.period.from)
    .where('local_day', '<=', filter.period.to);
  if (filter.exceptServiceIds.length === 0) return [];
  query = query
    .where('service_id', 'not in', filter.exceptServiceIds)
    .where('service_id', 'in', (qb) =>
      qb
        .selectFrom('services')
        .select('id')
        .where('organisation_id', 'in', (inner) => inner.selectFrom('services').select('organisation_id').where('id', 'in', filter.exceptServiceIds)),
    );
  return (await query.orderBy('received_at', 'desc').limit(max).execute()) as { remark: string; lang: string }[];
}

/** The names of some services in every language they have, e.g. ["Bewonerskaart parkeren aanvragen", …]. */
export async function serviceNames(db: Kysely<Database>, serviceIds: readonly string[]): Promise<{ text: string; lang: string }[]> {
  if (serviceIds.length === 0) return [];
  const rows = await db.selectFrom('services').select('name').where('id', 'in', serviceIds).execute();
  return rows.flatMap((row) => Object.entries(row.name).map(([lang, text]) => ({ text, lang })));
}
