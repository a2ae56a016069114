import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DatabaseKind } from '../db/connect.js';
import { migrate } from '../db/migrate.js';

/** Both backends every database test runs on. */
export const BACKENDS: DatabaseKind[] = ['pglite', 'postgres'];

export interface TestDatabase extends DatabaseHandle {
  /** For PostgreSQL: the URL of this test's own database (for servers and CLIs in tests). */
  url: string | null;
}

/**
 * A fresh, empty database of the given kind: an in-memory PGlite, or a new database on
 * the test run's PostgreSQL server (dropped again on close). Migrated unless told not to.
 */
export async function openTestDatabase(kind: DatabaseKind, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  let handle: DatabaseHandle;
  let url: string | null = null;
  let drop = async () => {};
  if (kind === 'pglite') {
    handle = connectDatabase({ databaseUrl: null, dataDir: null });
  } else {
    const serverUrl = inject('postgresUrl');
    const name = `test_${randomBytes(6).toString('hex')}`;
    await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    url = target.toString();
    handle = connectDatabase({ databaseUrl: url, dataDir: null });
    drop = async () => {
      await withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    };
  }
  if (options.migrate ?? true) await migrate(handle.db);
  return {
    ...handle,
    url,
    async close() {
      await handle.close();
      await drop();
    },
  };
}

async function withAdminClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
