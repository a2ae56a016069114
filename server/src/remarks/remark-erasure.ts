import type { Kysely } from 'kysely';
import { canAccessOrganisation } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/api-error.js';
import { eraseRemark as eraseRemarkText, purgeExpiredRemarks } from './remarks.js';
import { findService } from '../services/services.js';
import { runChange, type ChangeActor } from '../changes/run-change.js';

/**
 * Erases the text of one remark for good (on request). The audit row says which response's
 * remark was erased, never its text. Idempotent; 404 for a response the service does not have.
 */
export function eraseRemark(db: Kysely<Database>, actor: ChangeActor, serviceId: string, responseId: string): Promise<void> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const service = await findService(trx, serviceId);
    if (!service || !canAccessOrganisation(actor.principal, service.organisationId)) throw notFound(`There is no service "${serviceId}".`);
    if (!(await eraseRemarkText(trx, service.id, responseId)))
      throw notFound(`There is no response "${responseId}" for service "${service.id}".`);
    await audit({
      action: 'remark.erase',
      organisationId: service.organisationId,
      target: { type: 'response', id: responseId },
      before: { serviceId: service.id },
    });
  });
}

/**
 * Erases remark texts older than `months` on request (`pnpm cli remarks purge`), in one
 * transaction with its audit row (none when nothing was erased). The server's own timer
 * (plugins/app/data-retention.ts) applies the retention period without a row per run.
 */
export function purgeRemarks(db: Kysely<Database>, actor: ChangeActor, months: number): Promise<number> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const erased = await purgeExpiredRemarks(trx, months);
    if (erased > 0)
      await audit({
        action: 'remark.purge',
        organisationId: null,
        target: { type: 'remarks', id: `older than ${months} months` },
        after: { erased },
      });
    return erased;
  });
}
