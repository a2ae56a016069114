import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { seedIfEmpty } from './admin/seed.js';
import { createToken } from './auth/create-token.js';
import { loadConfig } from './config.js';
import { connectDatabase } from './db/connect.js';
import { migrate } from './db/migrate.js';

// `pnpm start`: the whole system on one port — API, docs, widget and example pages.
const config = loadConfig();
const widgetDist = fileURLToPath(new URL('../../widget/dist', import.meta.url));
if (existsSync(widgetDist)) config.widgetDir = widgetDist;

const database = connectDatabase(config);
await migrate(database.db);

let firstStartToken: string | null = null;
if (database.kind === 'pglite' && (await seedIfEmpty(database.db)) && !config.adminToken) {
  const created = await createToken(database.db, { name: 'first start (embedded database)', admin: true });
  firstStartToken = created!.token;
}

const app = await buildApp(config, { database, migrate: false });
app.addHook('onClose', async () => database.close());
await app.listen({ port: config.port, host: config.host });

const base = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.port}`;
const lines = [
  '',
  `feedbackinstrument is running on ${database.kind === 'pglite' ? `the embedded database in ${config.dataDir}` : 'PostgreSQL'}.`,
  `  API and docs:   ${base}/docs`,
  `  Health:         ${base}/readyz`,
  config.widgetDir ? `  Widget:         ${base}/widget.js` : '  Widget:         not built (run pnpm build)',
  config.widgetDir ? `  Example pages:  ${base}/examples/` : '',
];
if (firstStartToken) {
  lines.push('', `  Admin token (shown once, store it safely): ${firstStartToken}`);
} else if (!config.adminToken) {
  lines.push('', '  Admin token: printed on the first start; make another with `pnpm cli token create --name me --admin`.');
}
console.log(lines.filter((l) => l !== '').join('\n').replace(/^/, '\n'));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
