import { sql, type Kysely } from 'kysely';

// A remark's analysis moves into its response's row: `remark_analysis` (the text the analyser
// wrote, topics/analysis-codec.ts) and `remark_analyser_version`. A second row per remark
// (remark_terms, migration 0012) cost the write path its insert and key: about 3.5 % of
// ingest (bench:write-path-ab, docs/benchmarks.md, eleventh pass), of the 5 % it may grow. In
// the same row, the analysis is written, erased and deleted with its remark's text by the
// same statement, and topics read it without a join. Nothing is copied here: an update of
// every remark's row would hold this migration's lock on responses (every write waits) for
// minutes on a large table. `pnpm cli topics reindex` fills the rows in batches instead,
// copying remark_terms' analyses; until then topics analyse on the fly. remark_terms stays
// for instances of the previous release during a rolling upgrade (they still write it) and a
// later release drops it.
// A trigger keeps the rule "no analysis without its text" whoever erases: an instance of the
// previous release nulls the text only. It runs its function only when a text is erased and
// an analysis is left (the WHEN clause), never on an insert.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    sql`ALTER TABLE responses ADD COLUMN remark_analysis text, ADD COLUMN remark_analyser_version smallint`,
    sql`CREATE FUNCTION responses_erase_remark_analysis() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          NEW.remark_analysis := NULL;
          NEW.remark_analyser_version := NULL;
          RETURN NEW;
        END $$`,
    sql`CREATE TRIGGER responses_erase_remark_analysis BEFORE UPDATE OF remark ON responses
        FOR EACH ROW WHEN (NEW.remark IS NULL AND (NEW.remark_analysis IS NOT NULL OR NEW.remark_analyser_version IS NOT NULL))
        EXECUTE FUNCTION responses_erase_remark_analysis()`,
  ]) {
    await statement.execute(db);
  }
}
