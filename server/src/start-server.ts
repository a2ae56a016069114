import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { seedIfEmpty } from './imports/seed.js';
import type { AppConfig } from './config.js';
import { connectDatabase, type DatabaseKind } from './db/connect.js';
import { migrate } from './db/migrate.js';
import { DatabaseStartError, waitForDatabase } from './db/wait-for-database.js';
import { isNewDataDir, readTemplate, saveTemplate } from './db/pglite-template.js';
import { loadDemoData } from './demo/demo-changes.js';
import { systemActor } from './changes/run-change.js';
import { createToken } from './auth/token-changes.js';
import { hasDemoData, type DemoLoaded } from './demo/demo-year.js';
import { translations } from './topics/translations.js';

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  /** The configuration in effect (with the widget folder found at start). */
  config: AppConfig;
  databaseKind: DatabaseKind;
  /** An admin token made on the first start of an empty embedded database (shown once). */
  firstStartToken: string | null;
  /** The demo year: loaded by this start, there from an earlier one, or none. */
  demoData: { loaded: DemoLoaded; ms: number } | 'present' | null;
}

const WIDGET_DIST = fileURLToPath(new URL('../../widget/dist', import.meta.url));
const DASHBOARD_DIST = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

/**
 * Opens and migrates the database, seeds an empty embedded one with the sample services
 * and the demo year (unless DEMO_DATA=false; a DATABASE_URL database never gets either on
 * its own), makes a first admin token when none is configured, then listens.
 */
export async function startServer(config: AppConfig): Promise<RunningServer> {
  if (config.widgetDir === null && existsSync(WIDGET_DIST)) config = { ...config, widgetDir: WIDGET_DIST };
  if (config.dashboardDir === null && existsSync(DASHBOARD_DIST)) config = { ...config, dashboardDir: DASHBOARD_DIST };
  // A new embedded database starts as a copy of the template made by the first one (see pglite-template.ts).
  const newEmbedded = config.databaseUrl === null && isNewDataDir(config.dataDir);
  const template = newEmbedded ? await readTemplate() : null;
  const database = connectDatabase({ ...config, template });
  try {
    if (config.databaseUrl) await waitForDatabase(database.db, config.databaseStartWaitSeconds, (line) => console.error(line));
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
  await migrate(database.db);
  if (newEmbedded && !template && database.pglite) await saveTemplate(database.pglite);

  let firstStartToken: string | null = null;
  let demoData: RunningServer['demoData'] = null;
  if (database.kind === 'pglite' && (await seedIfEmpty(database.db))) {
    if (config.demoData) {
      const started = performance.now();
      const loaded = await loadDemoData(database.db, systemActor('first start, demo data'), { timezone: config.timezone });
      if (loaded) demoData = { loaded, ms: Math.round(performance.now() - started) };
    }
    if (!config.adminToken)
      firstStartToken = (
        await createToken(database.db, systemActor('first start, admin token'), { name: 'first start (embedded database)', admin: true })
      ).token;
  }
  if (demoData === null && (await hasDemoData(database.db))) demoData = 'present';

  const app = await buildApp(config, { database, migrate: false });
  app.addHook('onClose', async () => database.close());
  await app.listen({ port: config.port, host: config.host });
  // The topic finder's bilingual dictionary is read in the background (in slices), so that
  // the first topics request does not wait for it.
  void translations().catch((error: unknown) => app.log.warn({ err: error }, 'the bilingual dictionary could not be read'));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return { app, url: config.publicUrl ?? `http://${host}:${port}`, config, databaseKind: database.kind, firstStartToken, demoData };
}

/** For entry points: starts, or says in one line why the database would not answer and exits 1. */
export async function startServerOrExit(config: AppConfig): Promise<RunningServer> {
  try {
    return await startServer(config);
  } catch (error) {
    if (!(error instanceof DatabaseStartError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** The lines a person needs after a start: where to go, and the admin token if one was made. */
export function describeServer(server: RunningServer): string[] {
  const { url, config } = server;
  const lines = [
    `feedbackinstrument is running on ${server.databaseKind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}.`,
    `  API docs:       ${url}/docs`,
    `  Health:         ${url}/readyz`,
    `  Open figures:   ${url}/open`,
    config.widgetDir ? `  Widget:         ${url}/widget.js` : '  Widget:         not built (pnpm build)',
    config.dashboardDir ? `  Dashboard:      ${url}/dashboard/` : '  Dashboard:      not built (pnpm build)',
  ];
  if (config.dashboardDir) {
    lines.push(
      config.oidc
        ? `                  sign in with ${config.oidc.providerName ?? 'OpenID Connect'} (${config.oidc.issuer}) or with an API token`
        : '                  sign in with an API token (e.g. the admin token below); set OIDC_ISSUER for single sign-on',
    );
  }
  if (server.demoData === 'present') {
    lines.push('', '  Demo data:      still there (remove it with `pnpm cli demo remove`)');
  } else if (server.demoData) {
    const { loaded, ms } = server.demoData;
    lines.push(
      '',
      `  Demo data:      a year of made-up feedback (${loaded.responses} responses, ${loaded.from} to ${loaded.to}) in "${loaded.organisation.name}", loaded in ${(ms / 1000).toFixed(1)} s`,
      '                  remove it with `pnpm cli demo remove`; DEMO_DATA=false skips it on a first start',
    );
  }
  if (server.firstStartToken) {
    lines.push('', `  Admin token (shown once, keep it safe): ${server.firstStartToken}`);
  } else if (!config.adminToken) {
    lines.push('', '  Admin token: printed on the first start only; make another with `pnpm cli token create --name me --admin`.');
  }
  return lines.filter((line, i, all) => line !== '' || all[i - 1] !== '');
}

/** Closes the server on SIGINT/SIGTERM. */
export function closeOnSignals(close: () => Promise<unknown>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().then(() => process.exit(0));
    });
  }
}
