import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { isDatabaseUnavailable } from './unavailable.js';

/** The database did not answer within the start's wait: one line for the operator. */
export class DatabaseStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseStartError';
  }
}

/**
 * At start, before migrating: waits until a server of DATABASE_URL's kind answers, telling
 * the operator every few seconds, and gives up after `seconds` (a node may be restarting
 * or a failover running; a supervisor such as systemd starts us again after that).
 */
export async function waitForDatabase(db: Kysely<Database>, seconds: number, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  let told = 0;
  for (;;) {
    try {
      await sql`SELECT 1`.execute(db);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const waited = (Date.now() - started) / 1000;
      const reason = error instanceof Error ? error.message : String(error);
      if (waited >= seconds) {
        throw new DatabaseStartError(
          `Database error: DATABASE_URL did not answer within ${seconds} s (DATABASE_START_WAIT_SECONDS): ${reason}`,
        );
      }
      if (waited - told >= 5 || told === 0) {
        told = Math.max(waited, 0.001);
        log(`Waiting for the database (up to ${seconds} s): ${reason}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
