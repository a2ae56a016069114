import type { Kysely } from 'kysely';
import type { Organisation, Service } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { toService } from '../services/services.js';

export interface PublishedService {
  service: Service;
  organisationName: string;
  organisation: Pick<Organisation, 'id' | 'name' | 'level' | 'policyDomain' | 'demo'>;
}

/** The services that opted in to public figures, with their organisation. */
export async function publishedServices(db: Kysely<Database>): Promise<PublishedService[]> {
  const rows = await db
    .selectFrom('services')
    .innerJoin('organisations', 'organisations.id', 'services.organisation_id')
    .selectAll('services')
    .select([
      'organisations.name as organisation_name',
      'organisations.level as organisation_level',
      'organisations.policy_domain as organisation_policy_domain',
      'organisations.demo as organisation_demo',
    ])
    .where('services.publish_figures', '=', true)
    .orderBy('services.organisation_id')
    .orderBy('services.id')
    .execute();
  return rows.map(({ organisation_name, organisation_level, organisation_policy_domain, organisation_demo, ...row }) => ({
    service: toService(row),
    organisationName: organisation_name,
    organisation: {
      id: row.organisation_id,
      name: organisation_name,
      level: organisation_level,
      policyDomain: organisation_policy_domain,
      demo: organisation_demo,
    },
  }));
}
