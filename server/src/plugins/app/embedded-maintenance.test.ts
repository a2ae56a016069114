import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../../testing/test-app.js';
import { collectFeedback } from '../../feedback/record-feedback.js';
import { maintainEmbeddedDatabase } from './embedded-maintenance.js';

// PGlite has no autovacuum: the app refreshes the statistics of tables that changed enough,
// as autovacuum would (and leaves the others alone).
describe('embedded database maintenance', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  const lastAnalyzed = async (table: string) =>
    (await sql<{ at: Date | null }>`SELECT last_analyze AS at FROM pg_stat_user_tables WHERE relname = ${table}`.execute(t.database.db))
      .rows[0]?.at ?? null;

  it('analyzes the tables that changed by more than 50 rows + 10 %, then nothing until they change again', async () => {
    t = await startTestApp('pglite');
    await maintainEmbeddedDatabase(t.database.db);
    const before = await lastAnalyzed('responses');
    await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        collectFeedback(
          t.database.db,
          { serviceId: FIXTURE_SERVICES.gent.id, submissionId: randomUUID(), score: 1 + (i % 5) },
          'Europe/Brussels',
          null,
        ),
      ),
    );
    const done = await maintainEmbeddedDatabase(t.database.db);
    expect(done).toContain('responses');
    const after = await lastAnalyzed('responses');
    expect(after).not.toBeNull();
    expect(after).not.toEqual(before);
    const live = await sql<{ n: number }>`SELECT n_live_tup AS n FROM pg_stat_user_tables WHERE relname = 'responses'`.execute(
      t.database.db,
    );
    expect(Number(live.rows[0]!.n)).toBe(120);
    expect(await maintainEmbeddedDatabase(t.database.db)).not.toContain('responses');
  });
});
