import { sql, type Kysely, type Selectable } from 'kysely';
import type { Role } from '@feedbackinstrument/shared/constants';
import type { AuditLogTable, Database } from '../db/database.js';

export interface NewAuditRow {
  organisationId: string | null;
  actor: string;
  actorRole: Role;
  via: 'token' | 'session' | 'cli' | 'system';
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A stored entry, with `at` as PostgreSQL text, microseconds included: the cursor keeps it exactly. */
export type AuditRow = Selectable<AuditLogTable> & { position: string };

/** Pass the change's own transaction, so that the entry exists exactly when the change does. */
export async function insertAuditRow(db: Kysely<Database>, row: NewAuditRow): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      organisation_id: row.organisationId,
      actor: row.actor.slice(0, 200),
      actor_role: row.actorRole,
      via: row.via,
      action: row.action,
      target_type: row.targetType,
      target_id: row.targetId,
      before: row.before === null ? null : JSON.stringify(row.before),
      after: row.after === null ? null : JSON.stringify(row.after),
    })
    .execute();
}

/** One page newest first, after `after` (exclusive); all organisations when organisationId is undefined. */
export async function listAuditRows(
  db: Kysely<Database>,
  organisationId: string | undefined,
  limit: number,
  after: { at: string; id: string } | null,
): Promise<AuditRow[]> {
  let query = db.selectFrom('audit_log').selectAll().select(sql<string>`at::text`.as('position'));
  if (organisationId !== undefined) query = query.where('organisation_id', '=', organisationId);
  if (after) query = query.where(sql<boolean>`(at, id) < (${after.at}::timestamptz, ${after.id}::uuid)`);
  return (await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute()) as AuditRow[];
}
