import type { Kysely } from 'kysely';
import { OrganisationInput, OrganisationPatch, type Organisation } from '@feedbackinstrument/shared';
import { canAccessOrganisation } from '../kernel/principal.js';
import { changedFields } from '../audit/record-audit.js';
import type { Database } from '../db/database.js';
import { conflict, notFound } from '../http/api-error.js';
import { findOrganisation, insertOrganisation, listOrganisations, updateOrganisation, upsertOrganisation } from './organisations.js';
import { checkInput, runChange, type ChangeActor } from '../changes/run-change.js';

/** Creates an organisation (admins: the route and the CLI); 409 when its id is taken. */
export function createOrganisation(db: Kysely<Database>, actor: ChangeActor, input: unknown): Promise<Organisation> {
  const data = checkInput(OrganisationInput, input);
  return runChange(db, actor, async ({ trx, audit }) => {
    const organisation = await insertOrganisation(trx, data);
    if (!organisation) throw conflict(`An organisation with id "${data.id}" already exists.`, [{ path: 'id', message: 'already taken' }]);
    await audit({
      action: 'organisation.create',
      organisationId: organisation.id,
      target: { type: 'organisation', id: organisation.id },
      after: organisation,
    });
    return organisation;
  });
}

/** Creates or updates an organisation by its id (an import); audits what changed, nothing when nothing did. */
export function putOrganisation(db: Kysely<Database>, actor: ChangeActor, input: unknown): Promise<void> {
  const data = checkInput(OrganisationInput, input);
  return runChange(db, actor, async ({ trx, audit }) => {
    const [before] = await listOrganisations(trx, data.id);
    await upsertOrganisation(trx, data);
    const [after] = await listOrganisations(trx, data.id);
    const target = { type: 'organisation', id: data.id };
    if (!before) return audit({ action: 'organisation.create', organisationId: data.id, target, after: after! });
    const changed = changedFields(before, after!);
    if (Object.keys(changed.after).length > 0) await audit({ action: 'organisation.update', organisationId: data.id, target, ...changed });
  });
}

/**
 * Changes an organisation's links, the defaults of its services (admins, and managers of the
 * organisation); audits what changed, nothing when nothing did. Another organisation is
 * answered exactly like an unknown one (404).
 */
export function changeOrganisation(
  db: Kysely<Database>,
  actor: ChangeActor,
  organisationId: string,
  input: unknown,
): Promise<Organisation> {
  const patch = checkInput(OrganisationPatch, input);
  return runChange(db, actor, async ({ trx, audit }) => {
    const existing = await findOrganisation(trx, organisationId);
    if (!existing || !canAccessOrganisation(actor.principal, existing.id)) throw notFound(`There is no organisation "${organisationId}".`);
    const updated = (await updateOrganisation(trx, existing.id, patch))!;
    const { before, after } = changedFields(existing, updated);
    if (Object.keys(after).length > 0)
      await audit({
        action: 'organisation.update',
        organisationId: updated.id,
        target: { type: 'organisation', id: updated.id },
        before,
        after,
      });
    return updated;
  });
}
