import { migrateToLatest } from '@feedbackinstrument/migrations';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** Applies every pending migration; returns the names of those applied now. */
export async function migrate(db: Kysely<Database>): Promise<string[]> {
  const result = await migrateToLatest(db);
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
