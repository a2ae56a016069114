import type { Kysely } from 'kysely';
import { ServiceInput, ServicePatch, type Service } from '@feedbackinstrument/shared';
import { changedFields } from '../audit/record-audit.js';
import { canAccessOrganisation } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { badRequest, conflict, notFound } from '../http/api-error.js';
import { organisationExists } from '../organisations/organisations.js';
import { findService, insertService, updateService, upsertService } from './services.js';
import { checkInput, runChange, type ChangeActor } from '../changes/run-change.js';

const noOrganisation = (id: string) =>
  badRequest(`There is no organisation "${id}".`, [{ path: 'organisationId', message: 'create the organisation first' }]);

/** Creates a service of an organisation the actor may manage (another one is answered as unknown); 409 when its id is taken. */
export function createService(db: Kysely<Database>, actor: ChangeActor, input: unknown): Promise<Service> {
  const data = checkInput(ServiceInput, input);
  return runChange(db, actor, async ({ trx, audit }) => {
    if (!canAccessOrganisation(actor.principal, data.organisationId) || !(await organisationExists(trx, data.organisationId)))
      throw noOrganisation(data.organisationId);
    const service = await insertService(trx, data);
    if (!service) throw conflict(`A service with id "${data.id}" already exists.`, [{ path: 'id', message: 'already taken' }]);
    await audit({
      action: 'service.create',
      organisationId: service.organisationId,
      target: { type: 'service', id: service.id },
      after: service,
    });
    return service;
  });
}

/**
 * Changes the named fields of a service the actor may manage (404 otherwise, as for an
 * unknown one). Audits only the fields that changed, and nothing when none did;
 * (de)activation is named as such.
 */
export function changeService(db: Kysely<Database>, actor: ChangeActor, serviceId: string, patch: unknown): Promise<Service> {
  const data = checkInput(ServicePatch, patch);
  return runChange(db, actor, async ({ trx, audit }) => {
    const existing = await findService(trx, serviceId);
    if (!existing || !canAccessOrganisation(actor.principal, existing.organisationId))
      throw notFound(`There is no service "${serviceId}".`);
    const updated = (await updateService(trx, existing.id, data))!;
    const { before, after } = changedFields(existing, updated);
    if (Object.keys(after).length > 0) {
      const action = 'active' in after ? (updated.active ? 'service.activate' : 'service.deactivate') : 'service.update';
      await audit({ action, organisationId: updated.organisationId, target: { type: 'service', id: updated.id }, before, after });
    }
    return updated;
  });
}

/** Creates or updates a service by its id (an import); audits what changed, nothing when nothing did. */
export function putService(db: Kysely<Database>, actor: ChangeActor, input: unknown): Promise<void> {
  const data = checkInput(ServiceInput, input);
  return runChange(db, actor, async ({ trx, audit }) => {
    if (!canAccessOrganisation(actor.principal, data.organisationId) || !(await organisationExists(trx, data.organisationId)))
      throw noOrganisation(data.organisationId);
    const before = await findService(trx, data.id);
    await upsertService(trx, data);
    const after = (await findService(trx, data.id))!;
    const target = { type: 'service', id: data.id };
    if (!before) return audit({ action: 'service.create', organisationId: after.organisationId, target, after });
    const changed = changedFields(before, after);
    if (Object.keys(changed.after).length > 0)
      await audit({ action: 'service.update', organisationId: after.organisationId, target, ...changed });
  });
}
