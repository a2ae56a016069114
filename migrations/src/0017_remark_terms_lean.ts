import { sql, type Kysely } from 'kysely';

// remark_terms kept three things nothing reads, at a cost to every write: the `terms` array
// (the analysis holds the same terms), the copy of the response's `received_at` and the
// index by service and time (topics read the table by its key, joined to the responses of
// a period). The index goes; this release stops writing the two columns, which may now be
// null. They stay, so that instances of the previous release, which still write them,
// keep writing during a rolling upgrade; a later release drops them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS remark_terms_service_received_idx`.execute(db);
  await sql`ALTER TABLE remark_terms ALTER COLUMN terms DROP NOT NULL, ALTER COLUMN received_at DROP NOT NULL`.execute(db);
}
