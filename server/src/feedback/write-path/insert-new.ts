import { sql, type QueryCreator } from 'kysely';
import { passesChecks } from './admission.js';
import { followUp } from './follow-ups.js';
import { analyserVersionOf, instant, type Slots } from './input.js';

// Rule: an item that passes admission and whose submissionId is new becomes one response.
// Its day is counted in the configured time zone (Brussels: a response at 23:30 UTC on
// 31 December belongs to the next year); the channel defaults to its service's; follow-ups
// the service has not switched on are dropped. A submissionId stored meanwhile by another
// statement is not inserted twice (ON CONFLICT DO NOTHING on the unique key). A remark's
// analysis (input.analysis, made by the caller) is stored in its row, so the remark and its
// terms commit, and are erased, together (migration 0018).

const ref = (c: string) => sql.ref(c);

/** The stored response's columns, from the item `i` and its service `s`. */
const newResponse = (p: Slots) => ({
  service_id: ref('i.service_id'),
  submission_id: ref('i.submission_id'),
  score: ref('i.score'),
  remark: ref('i.remark'),
  has_remark: sql`${ref('i.remark')} IS NOT NULL`,
  ease: followUp('ease'),
  completed: followUp('completed'),
  lang: ref('i.lang'),
  context: ref('i.context'),
  channel: sql`coalesce(${ref('i.channel')}, ${ref('s.channel')})`,
  step: ref('i.step'),
  page: ref('i.page'),
  received_at: instant,
  local_day: sql`(${instant} AT TIME ZONE ${p.timezone}::text)::date`,
  remark_analysis: ref('i.analysis'),
  remark_analyser_version: analyserVersionOf(ref('i.analysis')),
});

/** `ins`: the new responses, inserted in key order. */
export const insertResponses = (p: Slots) => (qc: QueryCreator<any>) => {
  const values = newResponse(p);
  const columns = Object.keys(values);
  return qc
    .insertInto('responses')
    .columns(columns)
    .expression(
      qc
        .selectFrom('input as i')
        .innerJoin('services as s', 's.id', 'i.service_id')
        .leftJoin('limited as l', 'l.ord', 'i.ord')
        .select(columns.map((c) => sql`${(values as Record<string, unknown>)[c]}`.as(c)))
        // Every counter and every resent response is locked before any insert.
        .where(sql<boolean>`(SELECT count(*) FROM existing) >= 0`)
        .where(passesChecks)
        .orderBy('i.service_id')
        .orderBy('i.submission_id'),
    )
    .onConflict((oc) => oc.columns(['service_id', 'submission_id']).doNothing())
    .returning(['service_id', 'submission_id', 'id', 'local_day', 'context', 'channel', 'score', 'has_remark', 'ease', 'completed']);
};
