import type { Kysely } from 'kysely';
import type { Role } from '@feedbackinstrument/shared/constants';
import type { Database } from '../db/database.js';
import { insertAuditRow } from './audit-log.js';

/** Who made a change. */
export interface AuditActor {
  name: string;
  role: Role;
  via: 'token' | 'session' | 'cli' | 'system';
}

export interface AuditChange {
  /** e.g. service.create, service.update, token.create, token.revoke, remark.erase */
  action: string;
  organisationId: string | null;
  target: { type: string; id: string };
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

// Never a secret in the log, whatever a caller passes: a token, a webhook secret, a hash.
const SECRET_KEY = /secret|password|hash|^token$/i;

function withoutSecrets(fields: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!fields) return null;
  return Object.fromEntries(Object.entries(fields).filter(([key]) => !SECRET_KEY.test(key)));
}

/** For an update: only the fields that changed, before and after. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): { before: Record<string, unknown>; after: Record<string, unknown> } {
  const keys = Object.keys(after).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])),
    after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])),
  };
}

/**
 * Writes one audit entry. Only the change layer calls it (changes/run-change.ts), with the
 * transaction of the change itself: an entry never exists without its change, nor a change
 * without its entry.
 */
export async function recordAudit(db: Kysely<Database>, actor: AuditActor, change: AuditChange): Promise<void> {
  await insertAuditRow(db, {
    organisationId: change.organisationId,
    actor: actor.name,
    actorRole: actor.role,
    via: actor.via,
    action: change.action,
    targetType: change.target.type,
    targetId: change.target.id,
    before: withoutSecrets(change.before),
    after: withoutSecrets(change.after),
  });
}
