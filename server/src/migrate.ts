import { loadConfigOrExit } from './config.js';
import { connectDatabase } from './db/connect.js';
import { migrate } from './db/migrate.js';

// `pnpm migrate`: applies pending migrations to the configured database and exits.
const config = loadConfigOrExit();
const database = connectDatabase(config);
try {
  const applied = await migrate(database.db);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
} finally {
  await database.close();
}
