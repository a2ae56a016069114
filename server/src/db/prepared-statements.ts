import { CompiledQuery, DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Compilable } from 'kysely';
import pg from 'pg';
import type { Database } from './database.js';

// Prepared statements for the hot path, built by Kysely. A statement template is built and
// compiled once per shape; each request only fills in its values: no query building in
// Node, and a named prepared statement per connection (PostgreSQL, and PGlite through
// node-postgres), so the database parses and plans it once instead of on every request.
// Only the few texts registered here are prepared (a bounded set); every other query runs
// as before. Their statements read small tables and write by unique keys, so the plan a
// connection keeps stays right however large the tables grow.

const names = new Map<string, string>();

function registerPrepared(sql: string): void {
  if (!names.has(sql)) names.set(sql, `fi_${names.size + 1}`);
}

/**
 * A pg client that runs the registered statement texts as named prepared statements
 * (Kysely calls `client.query(sql, parameters)`; pg prepares a name once per connection).
 */
export class PreparingClient extends pg.Client {
  override query(...args: unknown[]): any {
    const [text, values] = args;
    const name = typeof text === 'string' && args.length === 2 ? names.get(text) : undefined;
    if (name !== undefined) return super.query({ name, text: text as string, values: values as unknown[] });
    return (super.query as (...a: unknown[]) => unknown)(...args);
  }
}

/** A query builder without a connection, for templates: it only compiles, never runs a query. */
export const templateBuilder = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

const MARKER = Symbol('statement-template-slot');
interface Slot {
  readonly [MARKER]: string;
}

/**
 * Builds a statement once with a marker in place of each named value, and returns a
 * function that makes the compiled statement for given values: the same SQL text, the
 * values at the markers' parameter positions (constants of the statement stay as built).
 */
export function statementTemplate<K extends string, R>(
  slotNames: readonly K[],
  build: (slots: Record<K, any>) => Compilable<R>,
): (values: Record<K, unknown>) => CompiledQuery<R> {
  const slots = Object.fromEntries(slotNames.map((name) => [name, { [MARKER]: name } satisfies Slot])) as unknown as Record<K, Slot>;
  const compiled = build(slots).compile();
  const positions = compiled.parameters.map((p) =>
    typeof p === 'object' && p !== null && MARKER in p ? ((p as Slot)[MARKER] as K) : { constant: p },
  );
  registerPrepared(compiled.sql);
  return (values) =>
    CompiledQuery.raw(
      compiled.sql,
      positions.map((p) => (typeof p === 'string' ? values[p] : p.constant)),
    ) as CompiledQuery<R>;
}
