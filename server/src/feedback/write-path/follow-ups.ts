import { sql, type QueryCreator } from 'kysely';
import { FOLLOW_UP_WINDOW_MS } from '../follow-up-rules.js';
import { analyserVersionOf, instant } from './input.js';

// Rules for the remark and follow-ups a resent submissionId brings to its stored response
// `r` (the same rules as decide() in follow-up-rules.ts, which is the authority for every
// outcome this statement leaves to attach.ts):
// - a follow-up the service has not switched on is dropped;
// - an attached remark's analysis (input.analysis) is stored in its row with it;
// - each field is written once: only a field still empty is filled in;
// - it is attached only with the same score, nothing that contradicts a stored field,
//   something new to add, and within the follow-up window after the score.

const ref = (c: string) => sql.ref(c);

/** The item's follow-up, or null when its service `s` has not switched it on. */
export const followUp = (name: 'ease' | 'completed') =>
  sql`CASE WHEN ${sql.lit(name)} = ANY(${ref('s.follow_ups')}) THEN ${ref(`i.${name}`)} END`;

const incomingEase = followUp('ease');
const incomingCompleted = followUp('completed');

/** What the item would newly fill in on `r`. */
export const addRemark = sql<boolean>`(${ref('i.remark')} IS NOT NULL AND NOT ${ref('r.has_remark')})`;
export const addEase = sql`CASE WHEN ${ref('r.ease')} IS NULL THEN ${incomingEase} END`;
export const addCompleted = sql`CASE WHEN ${ref('r.completed')} IS NULL THEN ${incomingCompleted} END`;

/** Whether this statement attaches the item to `r`. */
export const attaches = sql<boolean>`(${ref('r.score')} = ${ref('i.score')}
            AND NOT (${ref('i.remark')} IS NOT NULL AND ${ref('r.remark')} IS NOT NULL AND ${ref('r.remark')} <> ${ref('i.remark')})
            AND NOT (${incomingEase} IS NOT NULL AND ${ref('r.ease')} IS NOT NULL AND ${ref('r.ease')} <> ${incomingEase})
            AND NOT (${incomingCompleted} IS NOT NULL AND ${ref('r.completed')} IS NOT NULL AND ${ref('r.completed')} <> ${incomingCompleted})
            AND (${addRemark} OR ${addEase} IS NOT NULL OR ${addCompleted} IS NOT NULL)
            AND ${instant} - ${ref('r.received_at')} <= ${sql.lit(`${FOLLOW_UP_WINDOW_MS} milliseconds`)}::interval)`;

/**
 * `attached`: the follow-ups written to the responses `existing` locked and decided to
 * attach (resent-submissions.ts). Each field only where it is still empty.
 */
export const attachFollowUps = (qc: QueryCreator<any>) =>
  qc
    .updateTable('responses as r')
    .from('existing as e')
    .set({
      remark: sql`CASE WHEN ${ref('e.add_remark')} THEN ${ref('e.new_remark')} ELSE ${ref('r.remark')} END`,
      has_remark: sql`${ref('r.has_remark')} OR ${ref('e.add_remark')}`,
      remark_analysis: sql`CASE WHEN ${ref('e.add_remark')} THEN ${ref('e.new_analysis')} ELSE ${ref('r.remark_analysis')} END`,
      remark_analyser_version: sql`CASE WHEN ${ref('e.add_remark')} THEN ${analyserVersionOf(ref('e.new_analysis'))} ELSE ${ref('r.remark_analyser_version')} END`,
      ease: sql`coalesce(${ref('r.ease')}, ${ref('e.add_ease')})`,
      completed: sql`coalesce(${ref('r.completed')}, ${ref('e.add_completed')})`,
      followed_up_at: sql`coalesce(${ref('e.at')}, now())`,
    })
    // The row version `existing` locked (no one else can change it before this statement
    // commits), fetched by its physical address: no index to choose, whatever the plan.
    .whereRef('r.ctid', '=', 'e.ctid')
    .where('e.attach', '=', sql.lit(true))
    .returning([
      'e.ord',
      'e.service_id',
      'e.id',
      'e.local_day',
      'e.context',
      'e.channel',
      'e.score',
      'e.add_remark',
      'e.add_ease',
      'e.add_completed',
    ]);
