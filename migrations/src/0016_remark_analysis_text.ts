import { sql, type Kysely } from 'kysely';

// remark_terms.analysis as text: the JSON exactly as the analyser wrote it. Read as jsonb,
// PostgreSQL rendered every stored analysis back to text on each topics call (about 100 ms
// of the 20,000 remarks' read, bench:topics); text is sent as it is stored. Nothing queries
// inside it, so nothing needs jsonb.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE remark_terms ALTER COLUMN analysis TYPE text USING analysis::text`.execute(db);
}
