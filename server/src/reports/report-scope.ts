import type { Kysely } from 'kysely';
import type { Service } from '@feedbackinstrument/shared';
import type { Database, OrganisationRow } from '../db/database.js';
import { toService } from '../services/services.js';

/** Organisations by id or by policy domain, optionally limited to one organisation (a token's own). */
export async function organisationsInScope(
  db: Kysely<Database>,
  scope: { organisation?: string | undefined; policyDomain?: string | undefined },
  onlyOrganisation: string | null,
): Promise<OrganisationRow[]> {
  let query = db.selectFrom('organisations').selectAll().orderBy('id');
  if (scope.organisation !== undefined) query = query.where('id', '=', scope.organisation);
  if (scope.policyDomain !== undefined) query = query.where('policy_domain', '=', scope.policyDomain);
  if (onlyOrganisation !== null) query = query.where('id', '=', onlyOrganisation);
  return query.execute();
}

/** Every service of these organisations, by organisation and id. */
export async function servicesOfOrganisations(db: Kysely<Database>, organisationIds: readonly string[]): Promise<Service[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .selectFrom('services')
    .selectAll()
    .where('organisation_id', 'in', organisationIds)
    .orderBy('organisation_id')
    .orderBy('id')
    .execute();
  return rows.map(toService);
}
