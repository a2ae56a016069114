// What the topics endpoint reads besides the finder's remarks: the whole rows of the few
// remarks it shows as examples, and the services' names (never a topic's first term).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import type { RemarkRow } from '../remarks/remarks.js';

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
