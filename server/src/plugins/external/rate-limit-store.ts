import { createHmac } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { addHits, readHits, type CounterState } from './rate-limit-counters.js';
import { deleteOlderSecrets, sharedSecret } from '../../db/app-secrets.js';

type Callback = (error: Error | null, result?: { current: number; ttl: number }) => void;

/**
 * Sends counter increments to the database, coalesced: while one statement is on its way,
 * the increments that arrive wait and go together in the next one (one row per key, +n).
 * At low load every increment goes at once; under load a round trip serves many requests.
 * Exact all the same: each waiter gets its own position in its key's count.
 */
export class CounterWriter {
  private pending = new Map<string, { windowMs: number; waiters: Callback[] }>();
  private running = false;

  constructor(private readonly db: Kysely<Database>) {}

  add(key: string, windowMs: number, callback: Callback): void {
    const entry = this.pending.get(key);
    if (entry) entry.waiters.push(callback);
    else this.pending.set(key, { windowMs, waiters: [callback] });
    if (!this.running) void this.flush();
  }

  private async flush(): Promise<void> {
    this.running = true;
    while (this.pending.size > 0) {
      const batch = this.pending;
      this.pending = new Map();
      let states: CounterState[];
      try {
        states = await addHits(
          this.db,
          [...batch].map(([key, e]) => ({ key, hits: e.waiters.length, windowMs: e.windowMs })),
        );
      } catch (error) {
        for (const entry of batch.values()) for (const waiter of entry.waiters) waiter(error as Error);
        continue;
      }
      for (const state of states) {
        const waiters = batch.get(state.key)!.waiters;
        // The last waiter's hit is the state's count; the ones before it came one by one before.
        waiters.forEach((waiter, i) => {
          waiter(null, { current: state.hits - (waiters.length - 1 - i), ttl: state.ttlMs });
        });
      }
    }
    this.running = false;
  }

  read(key: string): Promise<CounterState> {
    return readHits(this.db, key);
  }
}

/**
 * A store for @fastify/rate-limit in the database, shared by every instance. Each route
 * (or groupId) counts on its own, as the plugin's in-memory store did.
 */
export function databaseStore(writer: CounterWriter) {
  return class DatabaseStore {
    constructor(
      _options: unknown,
      private readonly scope = 'global',
    ) {}

    incr(key: string, callback: Callback, timeWindow: number): void {
      writer.add(`${this.scope}|${key}`, timeWindow, callback);
    }

    // Typed as the plugin declares it; at run time it passes the route's merged rate-limit
    // settings, with the route under `routeInfo`.
    child(routeOptions: object) {
      const { groupId, routeInfo: route } = routeOptions as { groupId?: string; routeInfo?: { method?: string | string[]; url?: string } };
      const scope = groupId ?? `${[route?.method ?? ''].flat().join(',')} ${route?.url ?? ''}`;
      return new DatabaseStore(undefined, scope);
    }
  };
}

/** The UTC day of an instant, 'YYYY-MM-DD'. */
const utcDay = (now: Date) => now.toISOString().slice(0, 10);

/**
 * Keys client addresses with an HMAC whose key is the same on every instance and changes
 * every day (app_secrets `rate-limit:YYYY-MM-DD`; made by whichever instance needs it
 * first, the days before deleted). Without the day's key a counter cannot be traced back
 * to an address, and after a day the key is gone.
 */
export class ClientKeys {
  private current: { day: string; key: Promise<string> } | null = null;
  static readonly PREFIX = 'rate-limit:';

  constructor(private readonly db: Kysely<Database>) {}

  async hash(address: string, now = new Date()): Promise<string> {
    const key = await this.keyOf(utcDay(now));
    return createHmac('sha256', key).update(address).digest('base64url').slice(0, 32);
  }

  private keyOf(day: string): Promise<string> {
    if (this.current?.day !== day) {
      const name = `${ClientKeys.PREFIX}${day}`;
      const key = sharedSecret(this.db, name);
      const current = { day, key };
      this.current = current;
      key.then(
        () => deleteOlderSecrets(this.db, ClientKeys.PREFIX, name).catch(() => {}),
        () => {
          // Not reachable now: the next request asks again.
          if (this.current === current) this.current = null;
        },
      );
    }
    return this.current.key;
  }
}
