// GET /v1/services/:id/topics (and the yearly report's recurring problems): the topics of a
// period found by find-topics.ts, each with its mean score, its trend against the year
// before and up to three examples read whole (the finder reads a few columns of each remark).
import type { Kysely } from 'kysely';
import type { Topic, Topics } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { periodOut } from '../figures/service-figures.js';
import { roundRatio } from '../figures/stats.js';
import { previousYear, type DayPeriod } from '../kernel/calendar.js';
import { toRemark } from '../remarks/to-remark.js';
import { findTopics } from './find-topics.js';
import { remarkRows } from './shown-rows.js';

const EXAMPLES = 3;

export interface TopicsReportQuery {
  serviceId: string;
  period: DayPeriod;
  scores?: readonly number[] | undefined;
  limit: number;
  minCount: number;
  timezone: string;
}

/** GET /v1/services/:id/topics: the recurring topics of a period, with their trend against the year before. */
export async function topicsReport(db: Kysely<Database>, query: TopicsReportQuery): Promise<Topics> {
  const before = previousYear(query.period);
  const found = await findTopics(db, {
    serviceIds: [query.serviceId],
    from: query.period.from,
    to: query.period.to,
    scores: query.scores,
    limit: query.limit,
    minCount: query.minCount,
    compareWith: before,
    // The whole rows of the examples shown are read below: the finder needs no texts.
    texts: false,
  });
  // The whole rows of the examples shown only (the finder reads a few columns of every remark).
  const examples = found.topics.map((topic) => found.examplesOf(topic, EXAMPLES));
  const shown = new Map(
    (
      await remarkRows(
        db,
        [query.serviceId],
        examples.flatMap((rows) => rows.map((i) => found.rows[i]!.id)),
      )
    ).map((row) => [row.id, row]),
  );
  const topics: Topic[] = found.topics.map((topic, t) => {
    const indexes = found.rowsOf(topic);
    const previous = topic.compared!;
    return {
      key: topic.key,
      label: topic.label,
      terms: topic.terms,
      matches: topic.matches,
      count: topic.count,
      share: topic.share,
      meanScore: roundRatio(
        indexes.reduce((sum, i) => sum + found.rows[i]!.score, 0),
        indexes.length,
        2,
      )!,
      previous: { count: previous.count, share: previous.share },
      comparable: { count: previous.hereCount, share: previous.hereShare },
      // Both periods counted alike (two of its terms), not the partition's count against that.
      trend: trendOf(previous.hereCount, found.remarks, previous.count, found.comparedRemarks!),
      examples: examples[t]!.flatMap((i) => {
        const row = shown.get(found.rows[i]!.id);
        return row ? [{ ...toRemark(row), matched: found.matchedIn(topic, i) }] : [];
      }),
    };
  });
  return {
    period: periodOut(query.period, query.timezone),
    previousPeriod: periodOut(before, query.timezone),
    remarks: found.remarks,
    previousRemarks: found.comparedRemarks!,
    tooFewRemarks: found.tooFew,
    topics,
  };
}

/** new: absent before; up/down: its share of remarks changed by at least a fifth; else stable. */
function trendOf(count: number, total: number, previousCount: number, previousTotal: number): Topic['trend'] {
  if (previousCount === 0 || previousTotal === 0) return 'new';
  const ratio = count / total / (previousCount / previousTotal);
  if (ratio >= 1.2) return 'up';
  if (ratio <= 0.8) return 'down';
  return 'stable';
}
