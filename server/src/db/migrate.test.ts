import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase } from '../testing/test-database.js';
import { migrate } from './migrate.js';

describe.each(BACKENDS)('migrations on %s', (kind) => {
  it('build the schema on an empty database, and a second run changes nothing', async () => {
    const database = await openTestDatabase(kind, { migrate: false });
    try {
      const first = await migrate(database.db);
      expect(first).toContain('0001_initial');
      const tables = await sql<{ table_name: string }>`
        SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(database.db);
      expect(tables.rows.map((r) => r.table_name)).toEqual(
        expect.arrayContaining(['api_tokens', 'display_counts', 'organisations', 'responses', 'services']),
      );
      expect(await migrate(database.db)).toEqual([]);
    } finally {
      await database.close();
    }
  });

  it('keep the data already stored when they run again', async () => {
    const database = await openTestDatabase(kind);
    try {
      await database.db
        .insertInto('organisations')
        .values({ id: 'stad-gent', name: 'Stad Gent', level: 'lokaal', policy_domain: null })
        .execute();
      await migrate(database.db);
      const rows = await database.db.selectFrom('organisations').select('id').execute();
      expect(rows).toEqual([{ id: 'stad-gent' }]);
    } finally {
      await database.close();
    }
  });

  it('key every response row by service_id (distributable by service: Citus needs it in every key)', async () => {
    const database = await openTestDatabase(kind);
    try {
      const keys = await sql<{ constraint_name: string; columns: string[] }>`
        SELECT tc.constraint_name, array_agg(kcu.column_name::text ORDER BY kcu.ordinal_position) AS columns
        FROM information_schema.table_constraints tc
        JOIN information_schema.key_column_usage kcu
          ON kcu.constraint_name = tc.constraint_name AND kcu.table_name = tc.table_name
        WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE')
          AND tc.table_name IN ('responses', 'display_counts')
        GROUP BY tc.constraint_name
        ORDER BY tc.constraint_name`.execute(database.db);
      expect(keys.rows).toEqual([
        { constraint_name: 'display_counts_pkey', columns: ['service_id', 'day'] },
        { constraint_name: 'responses_pkey', columns: ['service_id', 'id'] },
        { constraint_name: 'responses_submission_key', columns: ['submission_id', 'service_id'] },
      ]);
    } finally {
      await database.close();
    }
  });
});
