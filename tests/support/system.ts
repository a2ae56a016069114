import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '@feedbackinstrument/server';
import { testConfig, type AppConfig } from '@feedbackinstrument/server/config';
import { readImportFile } from '@feedbackinstrument/server/imports/import-file';
import { importFile } from '@feedbackinstrument/server/imports/import-changes';
import { systemActor } from '@feedbackinstrument/server/changes/run-change';
import { SAMPLE_FILE } from '@feedbackinstrument/server/imports/seed';
import type { DatabaseHandle, DatabaseKind } from '@feedbackinstrument/server/db/connect';
import { openTestDatabase } from '@feedbackinstrument/server/testing/test-database';
import { startExamplesSite, type ExamplesSite } from '@feedbackinstrument/examples';

export const WIDGET_DIST = fileURLToPath(new URL('../../widget/dist', import.meta.url));

/** The whole system as pnpm start runs it, on a fresh test database: API + widget + example site. */
export interface RunningSystem {
  api: string;
  examples: string;
  app: FastifyInstance;
  database: DatabaseHandle;
  close(): Promise<void>;
}

export async function startSystem(kind: DatabaseKind, overrides: Partial<AppConfig> = {}): Promise<RunningSystem> {
  return startSystemOn(await openTestDatabase(kind), overrides);
}

/** The same on a database the caller opened and migrated (e.g. on a PostgreSQL server a fault test stops); closed with the system. */
export async function startSystemOn(database: DatabaseHandle, overrides: Partial<AppConfig> = {}): Promise<RunningSystem> {
  if (!existsSync(`${WIDGET_DIST}/widget.js`)) throw new Error('widget/dist/widget.js is missing: run pnpm build first.');
  const app = await buildApp(testConfig({ widgetDir: WIDGET_DIST, rateLimitPerMinute: 10_000, ...overrides }), {
    database,
    migrate: false,
  });
  const api = await app.listen({ port: 0, host: '127.0.0.1' });
  const examples: ExamplesSite = await startExamplesSite({ port: 0, host: '127.0.0.1', feedbackOrigin: api });

  // The sample services, allowed on this run's example site (its port is new each run).
  const sample = await readImportFile(SAMPLE_FILE);
  for (const service of sample.services) service.allowedOrigins = [examples.url];
  await importFile(database.db, systemActor('test set-up'), sample);

  return {
    api,
    examples: examples.url,
    app,
    database,
    async close() {
      await examples.close();
      await app.close();
      await database.close();
    },
  };
}
