import { fileURLToPath } from 'node:url';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { importFile } from './import-changes.js';
import { runChange, systemActor } from '../changes/run-change.js';
import { updateService } from '../services/services.js';
import { readImportFile } from './import-file.js';

export const SAMPLE_FILE = fileURLToPath(new URL('../../seed/flemish-services.yaml', import.meta.url));

/**
 * On an empty database, imports the sample services; true when it did. Demo data
 * (`pnpm cli demo load` before the first start) does not make a database less empty.
 */
export async function seedIfEmpty(db: Kysely<Database>): Promise<boolean> {
  const any = await db
    .selectFrom('services')
    .innerJoin('organisations', 'organisations.id', 'services.organisation_id')
    .select('services.id')
    .where('organisations.demo', '=', false)
    .limit(1)
    .executeTakeFirst();
  if (any) return false;
  await importFile(db, systemActor('first start, sample services'), await readImportFile(SAMPLE_FILE));
  return true;
}

/**
 * The origins a browser sends from the example pages of `pnpm start` served on this host
 * and port: both loopback names for a loopback or wildcard host, else the host itself.
 */
export function exampleOrigins(host: string, port: number): string[] {
  const loopback = ['127.0.0.1', 'localhost', '0.0.0.0', '::', '::1'].includes(host);
  return loopback
    ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
    : [`http://${host.includes(':') ? `[${host}]` : host}:${port}`];
}

/**
 * Lets the sample services (those of the sample file, where they exist) take feedback from
 * the example pages of this start, wherever they run (EXAMPLES_PORT): adds the origins they
 * lack, in one transaction, and changes nothing else (no other service, no other origin).
 * Idempotent: a start on the same port changes nothing. Returns how many services it changed.
 */
export async function allowExampleOrigins(db: Kysely<Database>, origins: readonly string[]): Promise<number> {
  const sampleIds = (await readImportFile(SAMPLE_FILE)).services.map((s) => s.id);
  // Not through changeService: the example pages of a LAN host are http, which no API caller may allow.
  return runChange(db, systemActor('pnpm start, example pages'), async ({ trx, audit }) => {
    const services = await trx
      .selectFrom('services')
      .select(['id', 'allowed_origins'])
      .where('id', 'in', sampleIds)
      .orderBy('id')
      .forUpdate()
      .execute();
    let changed = 0;
    for (const service of services) {
      const missing = origins.filter((origin) => !service.allowed_origins.includes(origin));
      if (missing.length === 0) continue;
      const allowedOrigins = [...service.allowed_origins, ...missing];
      const updated = (await updateService(trx, service.id, { allowedOrigins }))!;
      await audit({
        action: 'service.update',
        organisationId: updated.organisationId,
        target: { type: 'service', id: service.id },
        before: { allowedOrigins: service.allowed_origins },
        after: { allowedOrigins },
      });
      changed += 1;
    }
    return changed;
  });
}
