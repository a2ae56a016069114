import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from '@feedbackinstrument/migrations';
import { describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase } from '../testing/test-database.js';
import { migrate } from './migrate.js';
import { ANALYSER_VERSION, loadAnalyser } from '../topics/analyse-remark.js';
import { encodeAnalysis } from '../topics/analysis-codec.js';
import { reindexRemarkTerms } from '../topics/reindex-terms.js';

const ID_1 = '00000000-0000-4000-8000-000000000001';

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

  it('0018 and the reindex fill each remark’s row, copying the stored analysis, none for an erased remark; erasing a text erases it', async () => {
    const database = await openTestDatabase(kind, { migrate: false });
    try {
      const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
      expect((await migrator.migrateTo('0017_remark_terms_lean')).error).toBeUndefined();
      await sql`INSERT INTO organisations (id, name, level) VALUES ('stad-gent', 'Stad Gent', 'lokaal')`.execute(database.db);
      await sql`INSERT INTO services (id, organisation_id, name, audience, channel) VALUES ('gent-afspraak', 'stad-gent', '{"nl":"Afspraak"}', 'burgers', 'stad.gent')`.execute(
        database.db,
      );
      // A remark with its terms, one erased whose row a reindex left (it never does), one with an older analyser's row.
      await sql`INSERT INTO responses (service_id, id, submission_id, score, has_remark, remark, lang, context, channel, local_day) VALUES
        ('gent-afspraak', '00000000-0000-4000-8000-000000000001', gen_random_uuid(), 2, true, 'De knop doet niets', 'nl', 'transaction', 'stad.gent', '2026-03-02'),
        ('gent-afspraak', '00000000-0000-4000-8000-000000000002', gen_random_uuid(), 2, true, NULL, 'nl', 'transaction', 'stad.gent', '2026-03-02'),
        ('gent-afspraak', '00000000-0000-4000-8000-000000000003', gen_random_uuid(), 2, true, 'Traag', 'nl', 'transaction', 'stad.gent', '2026-03-02')`.execute(
        database.db,
      );
      // The stored analysis is not what the analyser makes of the text: so a copy shows as one.
      const STORED = 'nl|knop=button~4!';
      await sql`INSERT INTO remark_terms (service_id, response_id, analyser_version, analysis) VALUES
        ('gent-afspraak', '00000000-0000-4000-8000-000000000001', ${ANALYSER_VERSION}, ${STORED}),
        ('gent-afspraak', '00000000-0000-4000-8000-000000000002', ${ANALYSER_VERSION}, 'nl|weg'),
        ('gent-afspraak', '00000000-0000-4000-8000-000000000003', 2, '{"lang":"nl","tokens":[],"terms":[]}')`.execute(database.db);
      await migrate(database.db);
      const rows = () =>
        database.db.selectFrom('responses').select(['id', 'remark_analysis', 'remark_analyser_version']).orderBy('id').execute();
      expect((await rows()).every((r) => r.remark_analysis === null && r.remark_analyser_version === null)).toBe(true);
      expect(await reindexRemarkTerms(database.db)).toEqual({ analysed: 2, complete: true });
      const analyse = await loadAnalyser();
      expect(await rows()).toEqual([
        { id: ID_1, remark_analysis: STORED, remark_analyser_version: ANALYSER_VERSION },
        { id: '00000000-0000-4000-8000-000000000002', remark_analysis: null, remark_analyser_version: null },
        {
          id: '00000000-0000-4000-8000-000000000003',
          remark_analysis: encodeAnalysis(analyse('Traag', 'nl')),
          remark_analyser_version: ANALYSER_VERSION,
        },
      ]);
      // Erased as the previous release erases (the text only, during a rolling upgrade): the analysis goes too.
      await sql`UPDATE responses SET ease = 4 WHERE id = ${ID_1}`.execute(database.db);
      expect((await rows())[0]!.remark_analysis).toBe(STORED);
      await sql`UPDATE responses SET remark = NULL, remark_erased_at = now() WHERE id = ${ID_1}`.execute(database.db);
      expect((await rows())[0]).toEqual({ id: ID_1, remark_analysis: null, remark_analyser_version: null });
    } finally {
      await database.close();
    }
  });
});
