import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '@feedbackinstrument/server/db/connect';
import { type DataNode, dataNode } from './formation-nodes.js';
import { freePort } from './free-port.js';
import { killIfRunning, openPgAutoctl, readPostmasterPid } from './pg-autoctl.js';

// A pg_auto_failover formation for the failover test: a monitor and two data nodes from
// Debian's packages (pg-auto-failover-cli, postgresql-NN-auto-failover), on loopback ports in
// a temporary folder, as the `postgres` user, with synchronous replication (two nodes with
// replication-quorum: pg_auto_failover sets synchronous_standby_names) and the monitor's
// health checks shortened so a failover takes seconds, not half a minute. Running pg_autoctl
// is in pg-autoctl.ts, one data node in formation-nodes.ts.

export type { DataNode } from './formation-nodes.js';
export { findAutoFailoverPostgres } from './pg-autoctl.js';

export interface NodeState {
  name: string;
  port: number;
  /** What the node last reported (primary, secondary, wait_primary, demoted, …). */
  reported: string;
  /** What the monitor wants it to be. */
  assigned: string;
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

const MONITOR_SETTINGS: Record<string, string> = {
  'pgautofailover.health_check_period': '1000',
  'pgautofailover.health_check_timeout': '1000',
  'pgautofailover.health_check_max_retries': '1',
  'pgautofailover.health_check_retry_delay': '500',
  'pgautofailover.node_considered_unhealthy_timeout': '2000',
  'pgautofailover.primary_demote_timeout': '3000',
};

export async function startFormation(database: string): Promise<Formation> {
  const ctl = openPgAutoctl();
  const { bin, dir, root } = ctl;
  const monitorPort = await freePort();
  const ports = [await freePort(), await freePort()];
  const monitorData = join(dir, 'monitor');
  const monitorUrl = `postgres://autoctl_node@127.0.0.1:${monitorPort}/pg_auto_failover?sslmode=disable`;
  let monitor: DatabaseHandle | null = null;

  const stop = async () => {
    await monitor?.close().catch(() => {});
    monitor = null;
    await Promise.all(ctl.children.map((child) => ctl.killGroup(child)));
    // PostgreSQL servers the killed groups may have left (a postmaster outlives nothing here, but be sure).
    for (const name of ['node1', 'node2']) killIfRunning(readPostmasterPid(join(dir, name)));
    killIfRunning(readPostmasterPid(monitorData));
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    mkdirSync(join(dir, 'run'), { recursive: true });
    if (root) spawnSync('chown', ['-R', 'postgres:postgres', join(dir, 'run')]);
    ctl.must('pg_autoctl create monitor', [
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
    ctl.must('listen on loopback only', ['config', 'set', '--pgdata', monitorData, 'postgresql.listen_addresses', '127.0.0.1']);
    ctl.run(monitorData);
    monitor = connectDatabase({
      databaseUrl: `postgres://postgres@127.0.0.1:${monitorPort}/pg_auto_failover`,
      dataDir: null,
      log: () => {},
    });
    await untilAnswers(monitor, 30_000);
    for (const [name, value] of Object.entries(MONITOR_SETTINGS))
      await sql.raw(`ALTER SYSTEM SET ${name} = '${value}'`).execute(monitor.db);
    await sql`SELECT pg_reload_conf()`.execute(monitor.db);

    const nodes = ports.map((port, i) => dataNode(ctl, `node${i + 1}`, port!, monitorUrl, database));

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

    nodes[0]!.create();
    await waitFor({ node1: 'single' });
    nodes[1]!.create();
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
      log: () => ctl.output(),
      stop,
    };
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- pg_autoctl output ---${ctl.output().slice(-4000)}`);
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
