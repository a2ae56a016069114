import type { Kysely } from 'kysely';
import { Migrator, type Migration, type MigrationResultSet } from 'kysely/migration';
import * as m0001 from './0001_initial.js';
import * as m0002 from './0002_rollups_and_remark_search.js';
import * as m0003 from './0003_dashboard_sessions.js';
import * as m0004 from './0004_rate_limits_and_figure_plans.js';
import * as m0005 from './0005_submission_key_first.js';
import * as m0006 from './0006_session_id_token.js';
import * as m0007 from './0007_roles_and_audit_log.js';
import * as m0008 from './0008_service_product_id.js';
import * as m0009 from './0009_alerts_and_annotations.js';
import * as m0010 from './0010_installation_origins.js';
import * as m0011 from './0011_demo_organisations.js';
import * as m0012 from './0012_remark_terms.js';
import * as m0013 from './0013_privacy_outbox.js';
import * as m0014 from './0014_citizen_links.js';
import * as m0015 from './0015_audit_via_system.js';
import * as m0016 from './0016_remark_analysis_text.js';
import * as m0017 from './0017_remark_terms_lean.js';
import * as m0018 from './0018_remark_analysis_in_response.js';

/**
 * Every migration, in order. Listed statically (not read from disk) so the same set
 * runs from source, from a bundle and in tests. Forward only: a migration never drops
 * or rewrites data it cannot restore.
 */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_rollups_and_remark_search': m0002,
  '0003_dashboard_sessions': m0003,
  '0004_rate_limits_and_figure_plans': m0004,
  '0005_submission_key_first': m0005,
  '0006_session_id_token': m0006,
  '0007_roles_and_audit_log': m0007,
  '0008_service_product_id': m0008,
  '0009_alerts_and_annotations': m0009,
  '0010_installation_origins': m0010,
  '0011_demo_organisations': m0011,
  '0012_remark_terms': m0012,
  '0013_privacy_outbox': m0013,
  '0014_citizen_links': m0014,
  '0015_audit_via_system': m0015,
  '0016_remark_analysis_text': m0016,
  '0017_remark_terms_lean': m0017,
  '0018_remark_analysis_in_response': m0018,
};

export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
