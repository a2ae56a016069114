import type { Kysely } from 'kysely';
import type { Service } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { toService } from './services.js';

/** The services that opted in to public figures, with their organisation's name. */
export async function publishedServices(db: Kysely<Database>): Promise<{ service: Service; organisationName: string }[]> {
  const rows = await db
    .selectFrom('services')
    .innerJoin('organisations', 'organisations.id', 'services.organisation_id')
    .selectAll('services')
    .select('organisations.name as organisation_name')
    .where('services.publish_figures', '=', true)
    .orderBy('services.organisation_id')
    .orderBy('services.id')
    .execute();
  return rows.map(({ organisation_name, ...row }) => ({ service: toService(row), organisationName: organisation_name }));
}
