import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/** Every origin that some active service allows. */
export async function allAllowedOrigins(db: Kysely<Database>): Promise<Set<string>> {
  const rows = await db
    .selectFrom('services')
    .select(sql<string>`unnest(allowed_origins)`.as('origin'))
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((r) => r.origin));
}
