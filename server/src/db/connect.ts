import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';
import { parseDatabaseUrl } from './database-url.js';
import { FailoverPool } from './failover-pool.js';
import { PreparingClient } from './prepared-statements.js';

export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  /**
   * For analysts' reads that may lag a moment (figures, reports, topics, open pages): a
   * standby when DATABASE_READ_URL is set, else the same as db.
   */
  read: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded database itself (kind 'pglite'). */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Both drivers return the same JavaScript types: counts as numbers, DATE as a plain
// 'YYYY-MM-DD' string (a local day, never shifted by the process's time zone).
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parsers: Record<number, (value: string) => unknown> = {
  [INT8]: (value) => Number(value),
  [NUMERIC]: (value) => Number(value),
  [DATE]: (value) => value,
};

const typeParser = ((oid: number, format?: 'text' | 'binary') =>
  parsers[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser;

const embedded = new WeakSet<Kysely<Database>>();

/**
 * The database runs inside this process (PGlite): its statements take this thread's time,
 * and requests that arrive meanwhile are read only afterwards.
 */
export function isEmbedded(db: Kysely<Database>): boolean {
  return embedded.has(db);
}

/**
 * Opens the database: a real PostgreSQL when a URL is given, else the embedded PGlite
 * (a new one as a copy of `template`, a dump of another data folder, when given).
 */
export function connectDatabase(options: {
  databaseUrl: string | null;
  dataDir: string | null;
  template?: Blob | null;
  /** A standby for analysts' reads (DATABASE_READ_URL); only with databaseUrl. */
  databaseReadUrl?: string | null;
  /** Where the pool tells which server it uses or lost (default: stderr). */
  log?: (line: string) => void;
}): DatabaseHandle {
  if (options.databaseUrl) {
    const log = options.log ?? ((line: string) => console.error(line));
    const db = postgresDb(options.databaseUrl, log);
    const read = options.databaseReadUrl ? postgresDb(options.databaseReadUrl, log) : db;
    return {
      db,
      read,
      kind: 'postgres',
      close: async () => {
        if (read !== db) await read.destroy();
        await db.destroy();
      },
    };
  }
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = resolve(options.dataDir, 'pglite');
    mkdirSync(dataDir, { recursive: true });
  }
  const pglite = new PGlite(dataDir, options.template ? { loadDataDir: options.template } : {});
  // PGlite through node-postgres (PGlite's own adapter): the same driver, type parsers and
  // prepared statements as PostgreSQL. One connection: PGlite is a single backend, and it
  // stays open (an idle client closed and reopened would gain nothing).
  const pool = new pg.Pool({
    ...createPgConfig(pglite),
    max: 1,
    idleTimeoutMillis: 0,
    Client: PreparingClient,
    types: { getTypeParser: typeParser },
  } as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  embedded.add(db);
  return {
    db,
    read: db,
    kind: 'pglite',
    pglite,
    close: async () => {
      await db.destroy();
      await pglite.close();
    },
  };
}

/** A PostgreSQL database on one or more hosts (libpq's multi-host URL, see database-url.ts). */
function postgresDb(url: string, log: (line: string) => void): Kysely<Database> {
  const pool = new FailoverPool({
    target: parseDatabaseUrl(url),
    pool: {
      max: 10,
      connectionTimeoutMillis: 5_000,
      // The hot statements (db/prepared-statements.ts) run as prepared statements.
      Client: PreparingClient,
      types: { getTypeParser: typeParser },
    },
    log,
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
