import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { connectDatabase, type DatabaseHandle, type DatabaseKind } from '../db/connect.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

const run = promisify(execFile);
const CLI = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

export interface CliUnderTest {
  /** A temporary folder of this test file (the embedded database lives in its `data/`). */
  readonly dir: string;
  /** Runs `pnpm cli …` as a process against this test file's own database. */
  cli(...args: string[]): Promise<{ stdout: string; stderr: string }>;
  /** Opens that database in the test (close it before the CLI uses an embedded one). */
  open(): DatabaseHandle;
}

/**
 * For a CLI test file: its own empty database of the given kind (a new PostgreSQL database,
 * or an embedded one in a temporary DATA_DIR), and a way to run the CLI against it, set up
 * before the tests and removed after them.
 */
export function useCliDatabase(kind: DatabaseKind): CliUnderTest {
  let dir = '';
  let env: NodeJS.ProcessEnv = {};
  let postgres: TestDatabase | null = null;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'feedback-cli-'));
    const { DATABASE_URL: _url, FEEDBACK_ADMIN_TOKEN: _token, ...rest } = process.env;
    if (kind === 'postgres') {
      postgres = await openTestDatabase('postgres', { migrate: false });
      env = { ...rest, DATABASE_URL: postgres.url! };
    } else {
      env = { ...rest, DATA_DIR: join(dir, 'data') };
    }
  });
  afterAll(async () => {
    await postgres?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    cli: (...args) => run(TSX, [CLI, ...args], { env, timeout: 60_000 }),
    open: () =>
      postgres
        ? connectDatabase({ databaseUrl: postgres.url, dataDir: null })
        : connectDatabase({ databaseUrl: null, dataDir: join(dir, 'data') }),
  };
}
