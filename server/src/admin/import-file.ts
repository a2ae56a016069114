import { readFile } from 'node:fs/promises';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { ImportFile } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { upsertOrganisation } from '../repositories/organisations.js';
import { upsertService } from '../repositories/services.js';

/** Reads a JSON or YAML file of organisations and services and checks it against the schema. */
export async function readImportFile(path: string): Promise<ImportFile> {
  const text = await readFile(path, 'utf8');
  const data: unknown = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  const parsed = ImportFile.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${path} is not a valid import file:\n${problems}`);
  }
  return parsed.data;
}

/** Creates or updates every organisation and service of the file, all or nothing. */
export async function importOrganisationsAndServices(db: Kysely<Database>, file: ImportFile) {
  await db.transaction().execute(async (trx) => {
    for (const organisation of file.organisations) await upsertOrganisation(trx, organisation);
    for (const service of file.services) await upsertService(trx, service);
  });
  return { organisations: file.organisations.length, services: file.services.length };
}
