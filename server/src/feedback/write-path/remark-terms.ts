import { sql, type QueryCreator } from 'kysely';
import { ANALYSER_VERSION } from '../../topics/analyse-remark.js';

// Rule: a remark's terms are stored with it. Every new response with a remark (`ins`) and
// every remark attached to a stored response (`attached`, which carries the item's analysis
// from `existing`) gets its remark_terms row in the same statement, from the analysis the
// caller made of the item's remark (input.analysis), so a remark and its terms commit
// together or not at all. The analysis is stored as the text it came as: nothing in the
// database reads inside it.
// ON CONFLICT DO NOTHING is a safety net, not a rule that runs: a new response's id is new,
// and a remark is only attached to a response that never had one (has_remark stays true
// after erasure), so no row can be there. It keeps a caller's duplicate item (against
// insertNewResponses's contract) from failing the statement; without it bench:write-path-ab
// measured no difference (docs/benchmarks.md, eleventh pass).

/** `terms`: the remark_terms rows of this statement's new and attached remarks. */
export const insertRemarkTerms = (qc: QueryCreator<any>) => {
  const columns = ['service_id', 'response_id', 'analyser_version', 'analysis'];
  const created = qc
    .selectFrom('ins')
    .innerJoin('input as i', (join) => join.onRef('i.service_id', '=', 'ins.service_id').onRef('i.submission_id', '=', 'ins.submission_id'))
    .where('ins.has_remark', '=', sql.lit(true))
    .where('i.analysis', 'is not', null)
    .select(['ins.service_id', 'ins.id as response_id', sql.lit(ANALYSER_VERSION).as('analyser_version'), 'i.analysis']);
  const attached = qc
    .selectFrom('attached as a')
    .where('a.add_remark', '=', sql.lit(true))
    .where('a.new_analysis', 'is not', null)
    .select(['a.service_id', 'a.id as response_id', sql.lit(ANALYSER_VERSION).as('analyser_version'), 'a.new_analysis as analysis']);
  return qc
    .insertInto('remark_terms')
    .columns(columns)
    .expression(created.unionAll(attached))
    .onConflict((oc) => oc.columns(['service_id', 'response_id']).doNothing());
};
