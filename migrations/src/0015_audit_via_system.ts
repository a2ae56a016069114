import { sql, type Kysely } from 'kysely';

// The server's own changes (the first start's sample services, demo data and first admin
// token) are audited as `system`, no longer disguised as the command line. The inline check
// of 0007 has PostgreSQL's default name.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_log DROP CONSTRAINT audit_log_via_check`.execute(db);
  await sql`ALTER TABLE audit_log ADD CONSTRAINT audit_log_via_check CHECK (via IN ('token', 'session', 'cli', 'system'))`.execute(db);
}
