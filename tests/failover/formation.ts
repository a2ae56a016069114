import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '@feedbackinstrument/server/db/connect';
import { freePort } from './free-port.js';

// A pg_auto_failover formation for the failover test: a monitor and two data nodes from
// Debian's packages (pg-auto-failover-cli, postgresql-NN-auto-failover), on loopback ports in
// a temporary folder, as the `postgres` user, with synchronous replication (two nodes with
// replication-quorum: pg_auto_failover sets synchronous_standby_names) and the monitor's
// health checks shortened so a failover takes seconds, not half a minute.

export interface NodeState {
  name: string;
  port: number;
  /** What the node last reported (primary, secondary, wait_primary, demoted, …). */
  reported: string;
  /** What the monitor wants it to be. */
  assigned: string;
}

export interface DataNode {
  name: string;
  port: number;
  /** The node's postmaster, from its postmaster.pid; null while it is not running. */
  postmasterPid(): number | null;
  /** kill -9 of the postmaster only: its pg_autoctl stays and brings it back (as a standby after a failover). */
  killPostmaster(): void;
  /** The whole node gone: kill -9 of its pg_autoctl and its PostgreSQL. */
  killNode(): Promise<void>;
  /** Starts the node's pg_autoctl again (after killNode): it rejoins the formation. */
  run(): void;
}

export interface Formation {
  /** libpq's multi-host URL of the application database, writable primary wanted. */
  url: string;
  /** The same hosts, a standby preferred (for DATABASE_READ_URL). */
  readUrl: string;
  nodes: DataNode[];
  state(): Promise<NodeState[]>;
  /** Waits until the nodes are in these reported states (by name), or fails after ms. */
  waitFor(wanted: Record<string, string>, ms?: number): Promise<void>;
  /** The node reported primary now. */
  primary(): Promise<DataNode>;
  log(): string;
  stop(): Promise<void>;
}

/** The newest PostgreSQL that has the pgautofailover extension installed, or null. */
export function findAutoFailoverPostgres(): string | null {
  const root = '/usr/share/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'extension', 'pgautofailover.control')) && existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? `/usr/lib/postgresql/${versions[0]}/bin` : null;
}

const MONITOR_SETTINGS: Record<string, string> = {
  'pgautofailover.health_check_period': '1000',
  'pgautofailover.health_check_timeout': '1000',
  'pgautofailover.health_check_max_retries': '1',
  'pgautofailover.health_check_retry_delay': '500',
  'pgautofailover.node_considered_unhealthy_timeout': '2000',
  'pgautofailover.primary_demote_timeout': '3000',
};

export async function startFormation(database: string): Promise<Formation> {
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

  const monitorPort = await freePort();
  const ports = [await freePort(), await freePort()];
  const monitorData = join(dir, 'monitor');
  const monitorUrl = `postgres://autoctl_node@127.0.0.1:${monitorPort}/pg_auto_failover?sslmode=disable`;
  const stopped: Promise<void>[] = [];
  let monitor: DatabaseHandle | null = null;
  const nodeData = (name: string) => join(dir, name);
  const postmasterPid = (name: string) => {
    try {
      return Number(readFileSync(join(nodeData(name), 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
    } catch {
      return null;
    }
  };

  const stop = async () => {
    await monitor?.close().catch(() => {});
    monitor = null;
    for (const child of children) stopped.push(killGroup(child));
    await Promise.all(stopped);
    // PostgreSQL servers the killed groups may have left (a postmaster outlives nothing here, but be sure).
    for (const name of ['node1', 'node2']) {
      const pid = postmasterPid(name);
      if (pid)
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
    }
    const monitorPid = (() => {
      try {
        return Number(readFileSync(join(monitorData, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
      } catch {
        return null;
      }
    })();
    if (monitorPid)
      try {
        process.kill(monitorPid, 'SIGKILL');
      } catch {
        /* gone */
      }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    mkdirSync(join(dir, 'run'), { recursive: true });
    if (root) spawnSync('chown', ['-R', 'postgres:postgres', join(dir, 'run')]);
    must('pg_autoctl create monitor', [
      'create',
      'monitor',
      '--pgdata',
      monitorData,
      '--pgport',
      String(monitorPort),
      '--hostname',
      '127.0.0.1',
      '--auth',
      'trust',
      '--no-ssl',
      '--pgctl',
      join(bin, 'pg_ctl'),
    ]);
    must('listen on loopback only', ['config', 'set', '--pgdata', monitorData, 'postgresql.listen_addresses', '127.0.0.1']);
    run(monitorData);
    monitor = connectDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${monitorPort}/pg_auto_failover`,
      dataDir: null,
      log: () => {},
    });
    await untilAnswers(monitor, 30_000);
    for (const [name, value] of Object.entries(MONITOR_SETTINGS))
      await sql.raw(`ALTER SYSTEM SET ${name} = '${value}'`).execute(monitor.db);
    await sql`SELECT pg_reload_conf()`.execute(monitor.db);

    const nodes: DataNode[] = ports.map((port, i) => {
      const name = `node${i + 1}`;
      let child: ChildProcess | null = null;
      const start = () => {
        child = run(nodeData(name));
      };
      return {
        name,
        port: port!,
        postmasterPid: () => postmasterPid(name),
        killPostmaster() {
          const pid = postmasterPid(name);
          if (!pid) throw new Error(`${name} has no running postmaster`);
          process.kill(pid, 'SIGKILL');
        },
        async killNode() {
          const pid = postmasterPid(name);
          if (child) await killGroup(child);
          if (pid)
            try {
              process.kill(pid, 'SIGKILL');
            } catch {
              /* gone with its group */
            }
        },
        run: start,
        create() {
          must(`pg_autoctl create postgres (${name})`, [
            'create',
            'postgres',
            '--pgdata',
            nodeData(name),
            '--pgport',
            String(port),
            '--hostname',
            '127.0.0.1',
            '--listen',
            '127.0.0.1',
            '--name',
            name,
            '--monitor',
            monitorUrl,
            '--auth',
            'trust',
            '--no-ssl',
            '--dbname',
            database,
            '--pgctl',
            join(bin, 'pg_ctl'),
          ]);
          start();
        },
      } as DataNode & { create(): void };
    });

    const state = async (): Promise<NodeState[]> => {
      const { rows } = await sql<{ nodename: string; nodeport: number; current_group_state: string; assigned_group_state: string }>`
        SELECT nodename, nodeport, current_group_state, assigned_group_state FROM pgautofailover.current_state('default') ORDER BY node_id`.execute(
        monitor!.db,
      );
      return rows.map((r) => ({ name: r.nodename, port: r.nodeport, reported: r.current_group_state, assigned: r.assigned_group_state }));
    };
    const waitFor = async (wanted: Record<string, string>, ms = 60_000) => {
      const deadline = Date.now() + ms;
      let last: NodeState[] = [];
      while (Date.now() < deadline) {
        last = await state();
        if (
          Object.entries(wanted).every(([name, reported]) =>
            last.some((n) => n.name === name && n.reported === reported && n.assigned === reported),
          )
        )
          return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`The formation did not reach ${JSON.stringify(wanted)} in ${ms} ms; it is ${JSON.stringify(last)}`);
    };

    (nodes[0] as DataNode & { create(): void }).create();
    await waitFor({ node1: 'single' });
    (nodes[1] as DataNode & { create(): void }).create();
    await waitFor({ node1: 'primary', node2: 'secondary' });

    const hosts = nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
    return {
      url: `postgres://postgres@${hosts}/${database}?target_session_attrs=read-write`,
      readUrl: `postgres://postgres@${hosts}/${database}?target_session_attrs=prefer-standby`,
      nodes,
      state,
      waitFor,
      async primary() {
        const primary = (await state()).find((n) => n.reported === 'primary' || n.reported === 'wait_primary' || n.reported === 'single');
        if (!primary) throw new Error('no primary in the formation');
        return nodes.find((n) => n.name === primary.name)!;
      },
      log: () => output,
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- pg_autoctl output ---${output.slice(-4000)}`);
  }
}

async function untilAnswers(database: DatabaseHandle, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await sql`SELECT 1`.execute(database.db);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
