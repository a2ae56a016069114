import type { Kysely } from 'kysely';
import { canAccessOrganisation } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { notFound } from '../http/api-error.js';
import { eraseRemark as eraseRemarkText } from './remarks.js';
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
