import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl into a temp
// folder on a free loopback port, trust authentication, removed again on stop.

export interface ThrowawayPostgres {
  /** Connection string of the `postgres` database as superuser `postgres`. */
  url: string;
  /** Stops the server (fast shutdown: connections are cut) but keeps its data, for fault tests. */
  halt(): void;
  /** Starts a halted server again on the same port. */
  resume(): void;
  /** The server's main process (postmaster), from its postmaster.pid; null while it is not running. */
  serverPid(): number | null;
  /** A hot standby of this server (pg_basebackup, streaming replication) on its own port; stopped with it. */
  startStandby(): Promise<{ url: string }>;
  stop(): Promise<void>;
}

/** The folder with initdb and pg_ctl: Debian's versioned folders, else the PATH. */
export function findPostgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  return which.status === 0 && found ? found.replace(/\/initdb$/, '') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** initdb refuses to run as root: then everything runs as the `postgres` system user. */
function runner(): { asUser: (cmd: string, args: string[]) => ReturnType<typeof spawnSync>; uid: number | null; gid: number | null } {
  if (process.getuid?.() !== 0) return { asUser: (cmd, args) => spawnSync(cmd, args, { encoding: 'utf8' }), uid: null, gid: null };
  const id = (flag: string) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  const uid = id('-u');
  const gid = id('-g');
  if (!Number.isInteger(uid) || uid <= 0) {
    throw new Error('Running as root, but there is no "postgres" user to run initdb as (apt-get install -y postgresql makes one).');
  }
  return { asUser: (cmd, args) => spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }), uid, gid };
}

/** durable: fsync and synchronous commits on, so a crash (kill -9) loses nothing acknowledged. */
export async function startThrowawayPostgres(settings: { durable?: boolean } = {}): Promise<ThrowawayPostgres> {
  const bin = findPostgresBinaries();
  if (!bin) {
    throw new Error('No PostgreSQL server binaries (initdb) found. Install them (apt-get install -y postgresql) or set DATABASE_URL.');
  }
  const { asUser, uid, gid } = runner();
  const dir = mkdtempSync(join(tmpdir(), 'feedback-pg-'));
  if (uid !== null && gid !== null) chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  const dataDir = join(dir, 'data');

  const must = (what: string, result: ReturnType<typeof spawnSync>) => {
    if (result.status !== 0)
      throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}\n${result.error ?? ''}`);
  };
  // While starting, a failure also removes the half-made folder.
  const check = (what: string, result: ReturnType<typeof spawnSync>) => {
    try {
      must(what, result);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
  };
  check(
    'initdb',
    asUser(join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']),
  );

  const port = await freePort();
  const options = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-c unix_socket_directories=${dir}`,
    ...(settings.durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off']),
    '-c max_connections=200',
  ].join(' ');
  check(
    'pg_ctl start',
    asUser(join(bin, 'pg_ctl'), ['-D', dataDir, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']),
  );

  let stopped = false;
  const pgCtl = (args: string[]) => asUser(join(bin, 'pg_ctl'), ['-D', dataDir, ...args]);
  const standbys: string[] = [];
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    halt() {
      must('pg_ctl stop', pgCtl(['-m', 'fast', '-w', 'stop']));
    },
    resume() {
      must('pg_ctl start', pgCtl(['-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']));
    },
    serverPid() {
      try {
        return Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
      } catch {
        return null;
      }
    },
    async startStandby() {
      const standbyDir = join(dir, `standby${standbys.length + 1}`);
      const standbyPort = await freePort();
      must(
        'pg_basebackup',
        asUser(join(bin, 'pg_basebackup'), [
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-U',
          'postgres',
          '-D',
          standbyDir,
          '-R',
          '-X',
          'stream',
          '--no-sync',
          '--checkpoint=fast',
        ]),
      );
      standbys.push(standbyDir);
      const standbyOptions = `${options.replace(`-p ${port}`, `-p ${standbyPort}`)} -c hot_standby=on`;
      must(
        'pg_ctl start (standby)',
        asUser(join(bin, 'pg_ctl'), ['-D', standbyDir, '-o', standbyOptions, '-l', `${standbyDir}.log`, '-w', '-t', '60', 'start']),
      );
      return { url: `postgres://postgres@127.0.0.1:${standbyPort}/postgres` };
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      for (const standbyDir of standbys) asUser(join(bin, 'pg_ctl'), ['-D', standbyDir, '-m', 'immediate', '-w', 'stop']);
      pgCtl(['-m', 'immediate', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
