import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';

/**
 * The services of other organisations that name the same IPDC product, active or not (a
 * service that stopped mid-year still had its responses), with their organisation.
 */
export async function servicesOfProductElsewhere(
  db: Kysely<Database>,
  productId: string,
  exceptOrganisationId: string,
): Promise<{ serviceId: string; organisationId: string }[]> {
  const rows = await db
    .selectFrom('services')
    .select(['id', 'organisation_id'])
    .where('product_id', '=', productId)
    .where('organisation_id', '<>', exceptOrganisationId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ serviceId: r.id, organisationId: r.organisation_id }));
}
