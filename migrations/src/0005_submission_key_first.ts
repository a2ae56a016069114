import { sql, type Kysely } from 'kysely';

// The unique key of a response's submission, with submission_id first: (submission_id,
// service_id) instead of (service_id, submission_id), the same uniqueness (and service_id
// still in the key, as every key has it). The hot statement looks a resent submission up
// by submission_id, which then only this index can serve: its plan, prepared once per
// connection, cannot pick another index on service_id while the table is too new to have
// statistics, and so never scans a service's responses (feedback/new-responses.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`ALTER TABLE responses ADD CONSTRAINT responses_submission_key UNIQUE (submission_id, service_id)`,
    sql`ALTER TABLE responses DROP CONSTRAINT responses_service_id_submission_id_key`,
  ];
  for (const statement of statements) await statement.execute(db);
}
