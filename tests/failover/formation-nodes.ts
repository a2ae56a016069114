import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { killIfRunning, type PgAutoctl, readPostmasterPid } from './pg-autoctl.js';

// One data node of the failover formation: created against the monitor, run, and killed in
// the two ways the failover test needs (its postmaster alone, or the whole node).

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

export interface NewDataNode extends DataNode {
  /** `pg_autoctl create postgres` against the monitor, then runs the node. */
  create(): void;
}

export function dataNode(ctl: PgAutoctl, name: string, port: number, monitorUrl: string, database: string): NewDataNode {
  const pgdata = join(ctl.dir, name);
  let child: ChildProcess | null = null;
  const start = () => {
    child = ctl.run(pgdata);
  };
  return {
    name,
    port,
    postmasterPid: () => readPostmasterPid(pgdata),
    killPostmaster() {
      const pid = readPostmasterPid(pgdata);
      if (!pid) throw new Error(`${name} has no running postmaster`);
      process.kill(pid, 'SIGKILL');
    },
    async killNode() {
      const pid = readPostmasterPid(pgdata);
      if (child) await ctl.killGroup(child);
      // Gone with its group, most likely.
      killIfRunning(pid);
    },
    run: start,
    create() {
      ctl.must(`pg_autoctl create postgres (${name})`, [
        'create',
        'postgres',
        '--pgdata',
        pgdata,
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
        join(ctl.bin, 'pg_ctl'),
      ]);
      start();
    },
  };
}
