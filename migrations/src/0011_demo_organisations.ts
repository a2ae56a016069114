import { sql, type Kysely } from 'kysely';

// The demo data of a first start (a year of made-up feedback, see server/src/demo/) lives
// in an organisation of its own, flagged here: the dashboard marks it as demo data, and
// `pnpm cli demo remove` deletes exactly the flagged organisation with everything of its
// services. Existing organisations are real ones (false).
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE organisations ADD COLUMN demo boolean NOT NULL DEFAULT false`.execute(db);
}
