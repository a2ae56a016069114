// The one place where alerts and annotations use the topic finder: the topics of the
// period in focus (most shared first), each also counted in a comparison period by the
// finder itself (compareWith: two of its terms, or its one term), and in the focus period the
// same way (alikeCount), so "rising" and a note's effect compare like with like.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../kernel/calendar.js';
import { findTopics, type FoundTopics } from './find-topics.js';

export interface PeriodTopic {
  /** Stable for the same problem: the topic's terms. */
  key: string;
  label: string;
  count: number;
  share: number;
  comparisonCount: number;
  comparisonShare: number | null;
  /** This period's remarks counted as the comparison's are (two of its terms): what a rise or a note's effect compares with it. */
  alikeCount: number;
  alikeShare: number;
  /** Up to 3 remark texts with the topic, its most typical first. */
  examples: string[];
  /** The responses of those texts, in the same order (so that erasing one reaches the alert outbox). */
  exampleIds: string[];
}

export interface PeriodTopics {
  remarks: number;
  comparisonRemarks: number;
  topics: PeriodTopic[];
}

const EXAMPLES = 3;

/** The topics of `focus` (most shared first) with their counts in `comparison`. */
export async function topicsOfPeriod(
  db: Kysely<Database>,
  serviceId: string,
  focus: DayPeriod,
  comparison: DayPeriod,
  options: { timezone: string; limit: number; minCount: number },
): Promise<PeriodTopics> {
  const found = await findTopics(db, {
    serviceIds: [serviceId],
    from: focus.from,
    to: focus.to,
    limit: options.limit,
    minCount: options.minCount,
    compareWith: comparison,
  });
  return periodTopicsOf(found);
}

/** Found topics as the alert rules and the notes' effect read them, with a few example remarks each. */
export function periodTopicsOf(found: FoundTopics): PeriodTopics {
  return {
    remarks: found.remarks,
    comparisonRemarks: found.comparedRemarks ?? 0,
    topics: found.topics.map((topic) => {
      const examples = found.examplesOf(topic, EXAMPLES).map((row) => found.rows[row]!);
      return {
        key: topic.key,
        label: topic.label,
        count: topic.count,
        share: topic.share,
        comparisonCount: topic.compared?.count ?? 0,
        comparisonShare: topic.compared?.share ?? null,
        alikeCount: topic.compared?.hereCount ?? topic.count,
        alikeShare: topic.compared?.hereShare ?? topic.share,
        examples: examples.map((row) => row.remark),
        // Which responses' texts an event carries, so that erasing one reaches the outbox.
        exampleIds: examples.map((row) => row.id),
      };
    }),
  };
}
