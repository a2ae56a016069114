import type { ColumnType, Generated, Kysely } from 'kysely';
import type { Database } from '../db/database.js';

// The sessions table (migrations 0003), typed here rather than in db/database.ts so the
// dashboard's storage stays in one folder.
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type DashboardSessionsTable = {
  id_hash: string;
  organisation_id: string | null;
  is_admin: Generated<boolean>;
  via: 'oidc' | 'token';
  token_id: string | null;
  display_name: string | null;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
};

export type SessionTables = {
  dashboard_sessions: DashboardSessionsTable;
};

export type SessionDatabase = Database & SessionTables;

/** The app's database, seen with the sessions table. */
export const withSessions = (db: Kysely<Database>): Kysely<SessionDatabase> => db.withTables<SessionTables>();
