import { sql, type Kysely } from 'kysely';

// A remark's analysis moves into its response's row: `remark_analysis` (the text the analyser
// wrote, topics/analysis-codec.ts) and `remark_analyser_version`. A second row per remark
// (remark_terms, migration 0012) cost the write path its insert and key: 3.5 % of ingest
// (bench:write-path-ab, docs/benchmarks.md, twelfth pass) against the 5 % it may grow. In the
// same row, the analysis is written, erased and deleted with its remark's text by the same
// statement, and topics read it without a join. The stored analyses are copied over;
// remark_terms stays for instances of the previous release during a rolling upgrade (they
// still write it) and a later release drops it.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`ALTER TABLE responses ADD COLUMN remark_analysis text, ADD COLUMN remark_analyser_version smallint`,
    sql`UPDATE responses r SET remark_analysis = t.analysis, remark_analyser_version = t.analyser_version
        FROM remark_terms t
        WHERE t.service_id = r.service_id AND t.response_id = r.id AND r.remark IS NOT NULL`,
  ]) {
    await statement.execute(db);
  }
}
