import type { Kysely } from 'kysely';
import { FIRST_INPUT_DAY, lastInputDay, type Annotation, type AnnotationEffect } from '@feedbackinstrument/shared';
import { windowCounts } from '../alerts/alert-windows.js';
import { topicsOfPeriod } from '../topics/topics-of-period.js';
import type { Database } from '../db/database.js';
import { addDays } from '../kernel/calendar.js';
import { percentage } from '../figures/stats.js';

export const EFFECT_DAYS = 28;
const TOP_TOPICS = 5;

/**
 * Did the change of an annotated day work? The satisfied share of the 28 days before it and
 * of the day itself and the 27 days after it (from the daily roll-ups), and the top topics
 * of the 28 days before with their counts before and after.
 */
export async function annotationEffect(db: Kysely<Database>, annotation: Annotation, timezone: string): Promise<AnnotationEffect> {
  const before = { from: addDays(annotation.day, -EFFECT_DAYS), to: addDays(annotation.day, -1) };
  const after = { from: annotation.day, to: addDays(annotation.day, EFFECT_DAYS - 1) };
  // An annotation stored before days were bounded (9999-12-31, 0001-01-01): no feedback can
  // fall in its windows, and PostgreSQL has no day for their ends. Nothing to count.
  if (annotation.day < FIRST_INPUT_DAY || annotation.day > lastInputDay()) {
    const empty = { responses: 0, satisfied: null, remarks: 0 };
    return { annotation, before: { ...before, ...empty }, after: { ...after, ...empty }, topics: [] };
  }
  const counts = (await windowCounts(db, [annotation.serviceId], { before, after })).get(annotation.serviceId)!;
  const topics = await topicsOfPeriod(db, annotation.serviceId, before, after, { timezone, limit: TOP_TOPICS, minCount: 2 });
  return {
    annotation,
    before: {
      ...before,
      responses: counts.before.responses,
      satisfied: percentage(counts.before.satisfied, counts.before.responses),
      remarks: topics.remarks,
    },
    after: {
      ...after,
      responses: counts.after.responses,
      satisfied: percentage(counts.after.satisfied, counts.after.responses),
      remarks: topics.comparisonRemarks,
    },
    // Before and after counted alike (two of its terms), not the partition's count against that.
    topics: topics.topics.map((t) => ({ label: t.label, before: t.alikeCount, after: t.comparisonCount })),
  };
}
