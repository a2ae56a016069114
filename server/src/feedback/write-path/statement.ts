import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { statementTemplate, templateBuilder } from '../../db/prepared-statements.js';
import { withRollupUpserts } from '../../figures/rollups.js';
import { attachFollowUps } from './follow-ups.js';
import { INPUT, inputTable, NAMES, toColumns, type Column } from './input.js';
import { insertResponses } from './insert-new.js';
import { selectOutcomes, toResults, type OutcomeRow } from './outcome.js';
import { countHits, hitPositions } from './rate-limit-hit.js';
import { lockResentSubmissions } from './resent-submissions.js';
import { encodeAnalysis } from '../../topics/analysis-codec.js';
import { rollupDelta } from './rollup-delta.js';
import { loadAnalyser } from '../../topics/analyse-remark.js';
import type { Inserted, NewResponse } from './types.js';

/**
 * The write path: one statement for any number of submissions, built once by Kysely (a
 * prepared statement), its parts in the order they run and lock rows:
 *
 *   input      the batch, in key order                           input.ts
 *   rl, limited  count each item's rate-limit hit                rate-limit-hit.ts
 *   existing   lock the stored responses of resent submissionIds  resent-submissions.ts
 *   ins        insert the new responses (a remark with its terms)  insert-new.ts
 *   attached   attach remarks and follow-ups to stored ones      follow-ups.ts
 *   rollup_delta, rollup_daily, rollup_monthly  count them        rollup-delta.ts, figures/rollups.ts
 *   (select)   what happened to each item                         outcome.ts
 *
 * Which items may be stored at all is admission.ts. A hit, a response, a follow-up and
 * their counts commit together or not at all; rows are locked in one order (counters,
 * resent responses, new responses, daily, monthly roll-ups, each in key order), so
 * concurrent statements wait for each other, never deadlock.
 */
const writeStatement = statementTemplate<Column | 'timezone', OutcomeRow>([...NAMES, 'timezone'], (p) =>
  selectOutcomes(
    withRollupUpserts(
      (templateBuilder as unknown as Kysely<any>)
        .with(INPUT, inputTable(p))
        .with('rl', countHits)
        .with('limited', hitPositions)
        .with('existing', lockResentSubmissions)
        .with('ins', insertResponses(p))
        .with('attached', attachFollowUps)
        .with('rollup_delta', rollupDelta),
    ),
  ),
);

/**
 * Records submissions in one statement: new responses, and the remarks and follow-ups of
 * resent ones. Each item's submission must be unique in the list (two copies would both
 * be decided on the row as it was before the statement).
 */
export async function insertNewResponses(db: Kysely<Database>, items: readonly NewResponse[], timezone: string): Promise<Inserted[]> {
  // Each remark is analysed here, before the statement (the analysis is pure, so one that
  // ends up not stored, e.g. a retry, costs only its time).
  const analyse = await loadAnalyser();
  const analyses = items.map(({ incoming, submission }) =>
    incoming.remark === null ? null : encodeAnalysis(analyse(incoming.remark, submission.lang ?? 'nl')),
  );
  const { rows } = await db.executeQuery(writeStatement({ ...toColumns(items, analyses), timezone }));
  return toResults(items, rows);
}
