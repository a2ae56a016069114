import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Running Debian's pg_autoctl for the failover formation: finding a PostgreSQL with the
// pgautofailover extension, a temporary folder of its own, its commands as the `postgres`
// user when we are root, its long-running `run` processes, and their collected output.

/** The newest PostgreSQL that has the pgautofailover extension installed, or null. */
export function findAutoFailoverPostgres(): string | null {
  const root = '/usr/share/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'extension', 'pgautofailover.control')) && existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? `/usr/lib/postgresql/${versions[0]}/bin` : null;
}

/** The postmaster of a data folder, from its postmaster.pid; null while it is not running. */
export function readPostmasterPid(pgdata: string): number | null {
  try {
    return Number(readFileSync(join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

/** kill -9 of a process that may be gone already. */
export function killIfRunning(pid: number | null): void {
  if (pid)
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
}

export interface PgAutoctl {
  /** The PostgreSQL binaries pg_autoctl uses. */
  bin: string;
  /** The temporary folder everything lives in (owned by `postgres` when we are root). */
  dir: string;
  root: boolean;
  /** Runs a pg_autoctl command to its end; throws with its output when it fails. */
  must(what: string, args: string[]): void;
  /** Starts `pg_autoctl run` for a data folder, in its own process group. */
  run(pgdata: string): ChildProcess;
  /** kill -9 of a child's whole process group; waits for it to exit. */
  killGroup(child: ChildProcess): Promise<void>;
  /** Every `run` child started so far. */
  children: ChildProcess[];
  /** What the commands and the children printed. */
  output(): string;
}

export function openPgAutoctl(): PgAutoctl {
  const bin = findAutoFailoverPostgres();
  if (!bin || spawnSync('sh', ['-c', 'command -v pg_autoctl'], { stdio: 'ignore' }).status !== 0) {
    throw new Error(
      'pg_autoctl or the pgautofailover extension is missing: apt-get install -y pg-auto-failover-cli postgresql-15-auto-failover',
    );
  }
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'feedback-formation-'));
  if (root) {
    const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, id('-u'), id('-g'));
  }
  chmodSync(dir, 0o700);
  // pg_autoctl keeps its configuration and state under XDG folders: inside ours, so nothing is left behind.
  const env = [`PATH=${bin}:/usr/bin:/bin`, `XDG_CONFIG_HOME=${dir}/config`, `XDG_DATA_HOME=${dir}/share`, `XDG_RUNTIME_DIR=${dir}/run`];
  const command = (args: string[]): [string, string[]] =>
    root ? ['runuser', ['-u', 'postgres', '--', 'env', ...env, 'pg_autoctl', ...args]] : ['env', [...env, 'pg_autoctl', ...args]];
  const children: ChildProcess[] = [];
  let output = '';
  const must = (what: string, args: string[]) => {
    const [cmd, argv] = command(args);
    const result = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120_000 });
    output += `\n$ pg_autoctl ${args.join(' ')}\n${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  };
  const run = (pgdata: string): ChildProcess => {
    const [cmd, argv] = command(['run', '--pgdata', pgdata]);
    // Its own process group: the whole node (pg_autoctl and PostgreSQL) can be killed at once.
    const child = spawn(cmd, argv, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    children.push(child);
    return child;
  };
  const killGroup = async (child: ChildProcess) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      return;
    }
    await exited;
  };
  return { bin, dir, root, must, run, killGroup, children, output: () => output };
}
