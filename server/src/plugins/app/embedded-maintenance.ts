import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';

const CHECK_MS = 30_000;

/**
 * What autovacuum does for a PostgreSQL server, for the embedded PGlite, which has none:
 * every 30 s, ANALYZE the tables that changed by more than 50 rows + 10 % since their last
 * ANALYZE, and VACUUM those with more than 50 + 20 % dead rows (autovacuum's default
 * thresholds). Fresh statistics matter beyond plans of new queries: they make the
 * prepared statements of the hot path plan again (a plan made while `responses` was empty
 * cannot tell its unique key from the other indexes on service_id, and would keep scanning
 * a service's responses as they grow). Unref'd timers; a failed run is retried next time.
 */
export async function maintainEmbeddedDatabase(db: Kysely<Database>): Promise<string[]> {
  // PGlite's backend is never idle in a main loop, where PostgreSQL hands its activity
  // counts to the statistics; this makes it do so at the end of this statement.
  await sql`SELECT pg_stat_force_next_flush()`.execute(db);
  const { rows } = await sql<{ relname: string; analyze: boolean; vacuum: boolean }>`
    SELECT relname,
      n_mod_since_analyze > 50 + 0.1 * n_live_tup AS analyze,
      n_dead_tup > 50 + 0.2 * n_live_tup AS vacuum
    FROM pg_stat_user_tables
    WHERE schemaname = 'public'
      AND (n_mod_since_analyze > 50 + 0.1 * n_live_tup OR n_dead_tup > 50 + 0.2 * n_live_tup)
    ORDER BY relname`.execute(db);
  const done: string[] = [];
  for (const { relname, analyze, vacuum } of rows) {
    const table = sql.table(relname);
    if (vacuum) await sql`VACUUM (ANALYZE) ${table}`.execute(db);
    else if (analyze) await sql`ANALYZE ${table}`.execute(db);
    done.push(relname);
  }
  return done;
}

export default fp(
  async function embeddedMaintenance(app: FastifyInstance) {
    if (app.dbKind !== 'pglite') return;
    let running: Promise<void> | null = null;
    const run = () => {
      running ??= maintainEmbeddedDatabase(app.db)
        .then((tables) => {
          if (tables.length > 0) app.log.debug({ tables }, 'embedded database: statistics refreshed');
        })
        .catch((err: unknown) => app.log.warn({ err }, 'embedded database maintenance failed; retrying on the next run'))
        .finally(() => (running = null));
    };
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onReady', async () => {
      timer = setInterval(run, CHECK_MS).unref();
    });
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer);
      await running;
    });
  },
  { name: 'embedded-maintenance', dependencies: ['db'] },
);
