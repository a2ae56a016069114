import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { importOrganisationsAndServices, readImportFile } from './import-file.js';

export const SAMPLE_FILE = fileURLToPath(new URL('../../seed/flemish-services.yaml', import.meta.url));

/** On an empty database, imports the sample services; true when it did. */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const any = await db.selectFrom('services').select('id').limit(1).executeTakeFirst();
  if (any) return false;
  await importOrganisationsAndServices(db, await readImportFile(SAMPLE_FILE));
  return true;
}
