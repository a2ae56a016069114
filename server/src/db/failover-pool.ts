import pg from 'pg';
import type { DatabaseTarget, SessionAttrs } from './database-url.js';
import { isDatabaseUnavailable, NoServerError } from './unavailable.js';

// A connection pool over a list of hosts, as libpq's target_session_attrs does it: the
// hosts are tried in order and the first of the wanted kind is kept (one pg.Pool on it).
// When that server is lost or turns read-only (an error that says so, on any client), the
// pool is dropped and the next connection searches again; a search that finds nothing is
// retried with backoff, and meanwhile connections fail at once with NoServerError (503).

export interface FailoverPoolOptions {
  target: DatabaseTarget;
  /** For each per-host pg.Pool (max, timeouts, Client, types). */
  pool: Omit<pg.PoolConfig, 'connectionString'>;
  /** One line for the operator: the server chosen, lost or not found. */
  log?: (line: string) => void;
  /** Backoff between searches after a failed one: first and longest wait. */
  backoffMs?: { first: number; max: number };
}

interface Chosen {
  pool: pg.Pool;
  label: string;
  /** Dropped (its pool is ending): a connection still on its way there must look again. */
  lost: boolean;
}

/** Whether a server of this role and read-only setting will do for the given attrs. */
function suits(attrs: SessionAttrs, inRecovery: boolean, readOnly: boolean, pass: 1 | 2): boolean {
  switch (attrs) {
    case 'any':
      return true;
    case 'read-write':
      return !readOnly;
    case 'read-only':
      return readOnly;
    case 'primary':
      return !inRecovery;
    case 'standby':
      return inRecovery;
    case 'prefer-standby':
      return pass === 2 || inRecovery;
  }
}

const ROLE_QUERY = "SELECT pg_is_in_recovery() AS in_recovery, current_setting('transaction_read_only') = 'on' AS read_only";

export class FailoverPool {
  private chosen: Chosen | null = null;
  private search: Promise<Chosen> | null = null;
  private failures = 0;
  private retryAt = 0;
  private ended = false;
  private readonly checked = new WeakSet<pg.PoolClient>();
  private readonly log: (line: string) => void;
  private readonly backoff: { first: number; max: number };

  /** Kysely reads this (for a query's cancellation, which then runs on a pooled connection). */
  readonly options: object = {};

  constructor(private readonly settings: FailoverPoolOptions) {
    this.log = settings.log ?? (() => {});
    this.backoff = settings.backoffMs ?? { first: 100, max: 2_000 };
  }

  /** The host:port in use now, or null while none is chosen. */
  get current(): string | null {
    return this.chosen?.label ?? null;
  }

  private get needsWritable(): boolean {
    return ['read-write', 'primary'].includes(this.settings.target.sessionAttrs);
  }

  async connect(): Promise<pg.PoolClient> {
    for (let attempt = 1; ; attempt++) {
      if (this.ended) throw new Error('The database pool has been closed.');
      const chosen = this.chosen ?? (await this.find());
      let client: pg.PoolClient;
      try {
        client = await chosen.pool.connect();
      } catch (error) {
        if (isDatabaseUnavailable(error)) this.lose(chosen, error);
        // Dropped by another request meanwhile ("Cannot use a pool after calling end"): search once more.
        if (chosen.lost && attempt === 1) continue;
        if (chosen.lost) throw new NoServerError(`${chosen.label} was lost; no other server found yet`);
        throw error;
      }
      if (!this.checked.has(client)) {
        try {
          await this.adopt(chosen, client);
        } catch (error) {
          client.release(true);
          if (isDatabaseUnavailable(error)) this.lose(chosen, error);
          throw error;
        }
      }
      return client;
    }
  }

  /**
   * A new connection: it must not crash the process when its server goes away (pg emits
   * 'error' on a checked-out client, and an 'error' without a listener ends the process),
   * its errors that say the server is lost or read-only drop the pool, and (for a writable
   * target) it must itself reach a primary: a node may have turned standby since the search.
   */
  private async adopt(chosen: Chosen, client: pg.PoolClient): Promise<void> {
    client.on('error', (error) => {
      if (isDatabaseUnavailable(error)) this.lose(chosen, error);
    });
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const result = query(...args);
      if (result instanceof Promise) {
        return result.catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) this.lose(chosen, error);
          throw error;
        });
      }
      return result;
    };
    if (this.needsWritable) {
      const { rows } = await client.query<{ in_recovery: boolean; read_only: boolean }>(ROLE_QUERY);
      if (!suits(this.settings.target.sessionAttrs, rows[0]!.in_recovery, rows[0]!.read_only, 1)) {
        throw new NoServerError(`${chosen.label} is no longer writable`);
      }
    }
    this.checked.add(client);
  }

  /** Drops the pool on a lost server (once); the next connection searches again. */
  private lose(chosen: Chosen, error: unknown): void {
    if (chosen.lost) return;
    chosen.lost = true;
    if (this.chosen === chosen) this.chosen = null;
    this.log(`database: lost ${chosen.label} (${describe(error)}); looking for another server of ${this.settings.target.described}`);
    chosen.pool.end().catch(() => {});
  }

  private find(): Promise<Chosen> {
    if (this.search) return this.search;
    if (Date.now() < this.retryAt) {
      return Promise.reject(
        new NoServerError(`no ${this.wanted()} server among ${this.settings.target.described} (searching again shortly)`),
      );
    }
    this.search = this.searchHosts().finally(() => {
      this.search = null;
    });
    return this.search;
  }

  private wanted(): string {
    const attrs = this.settings.target.sessionAttrs;
    return attrs === 'any' ? 'reachable' : attrs;
  }

  private async searchHosts(): Promise<Chosen> {
    const { target } = this.settings;
    const seen: { label: string; inRecovery: boolean; readOnly: boolean }[] = [];
    const problems: string[] = [];
    for (const host of target.hosts) {
      const label = `${host.host}:${host.port}`;
      const client = new pg.Client({ ...this.settings.pool, connectionString: host.url } as pg.ClientConfig);
      client.on('error', () => {});
      try {
        await client.connect();
        const needsRole = target.sessionAttrs !== 'any';
        const { rows } = needsRole
          ? await client.query<{ in_recovery: boolean; read_only: boolean }>(ROLE_QUERY)
          : { rows: [{ in_recovery: false, read_only: false }] };
        seen.push({ label, inRecovery: rows[0]!.in_recovery, readOnly: rows[0]!.read_only });
        if (suits(target.sessionAttrs, rows[0]!.in_recovery, rows[0]!.read_only, 1)) return this.choose(host.url, label);
        problems.push(`${label} is ${rows[0]!.in_recovery ? 'a standby' : rows[0]!.read_only ? 'read-only' : 'a primary'}`);
      } catch (error) {
        problems.push(`${label}: ${describe(error)}`);
      } finally {
        client.end().catch(() => {});
      }
    }
    const fallback = seen.find((s) => suits(target.sessionAttrs, s.inRecovery, s.readOnly, 2));
    if (fallback)
      return this.choose(
        target.hosts.find((h: DatabaseTarget['hosts'][number]) => `${h.host}:${h.port}` === fallback.label)!.url,
        fallback.label,
      );
    this.failures += 1;
    this.retryAt = Date.now() + Math.min(this.backoff.max, this.backoff.first * 2 ** (this.failures - 1));
    const error = new NoServerError(`no ${this.wanted()} server among ${target.described} (${problems.join('; ')})`);
    if (this.failures === 1 || this.failures % 10 === 0) this.log(`database: ${error.message}`);
    throw error;
  }

  private choose(url: string, label: string): Chosen {
    if (this.ended) throw new Error('The database pool has been closed.');
    const pool = new pg.Pool({ ...this.settings.pool, connectionString: url });
    const chosen: Chosen = { pool, label, lost: false };
    // An idle client that loses its server must not crash the process either.
    pool.on('error', (error) => {
      if (isDatabaseUnavailable(error)) this.lose(chosen, error);
    });
    if (this.failures > 0 || this.settings.target.hosts.length > 1)
      this.log(`database: using ${label} (${this.settings.target.sessionAttrs})`);
    this.failures = 0;
    this.retryAt = 0;
    this.chosen = chosen;
    return chosen;
  }

  async end(): Promise<void> {
    this.ended = true;
    const chosen = this.chosen;
    this.chosen = null;
    await this.search?.catch(() => {});
    await chosen?.pool.end();
  }
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string } | null;
  if (e?.message && e.code && !e.message.includes(e.code)) return `${e.code} ${e.message}`;
  return e?.message || e?.code || String(error);
}
