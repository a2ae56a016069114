import type { Kysely } from 'kysely';
import type { ImportFile } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { putOrganisation } from '../organisations/organisation-changes.js';
import { runChange, type ChangeActor } from '../changes/run-change.js';
import { putService } from '../services/service-changes.js';

/**
 * Creates or updates every organisation and service of an import file (imports/import-file.ts
 * reads it), all or nothing: one transaction, an audit row per organisation or service that
 * was made or changed.
 */
export async function importFile(
  db: Kysely<Database>,
  actor: ChangeActor,
  file: ImportFile,
): Promise<{ organisations: number; services: number }> {
  await runChange(db, actor, async ({ trx }) => {
    for (const organisation of file.organisations) await putOrganisation(trx, actor, organisation);
    for (const service of file.services) await putService(trx, actor, service);
  });
  return { organisations: file.organisations.length, services: file.services.length };
}
