// topic.rising for many services in one go, from the stored terms (remark_terms): the week
// of every service is read in one query (texts for examples, stored analyses for topics),
// the 8 weeks before as terms only, in one more; each service's topics are then found in
// this process (topicsOf) against the week of its organisation's other services. The
// comparison counts a topic's first term or two of its terms in the stored terms of the
// 8 weeks before (as the finder's compareWith does on its own analyses).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../figures/period.js';
import { percentage } from '../figures/stats.js';
import { remarksOfWindow, termsOfWindow } from '../repositories/topic-remarks.js';
import { remarksMatching } from '../topics/cluster.js';
import { MAX_BACKGROUND_REMARKS, MAX_REMARKS_ANALYSED, topicsOf, type AnalysedRemark } from '../topics/find-topics.js';
import type { PeriodTopics } from './topics-of-period.js';

const EXAMPLES = 3;

export interface ServiceOfOrganisation {
  id: string;
  organisation_id: string;
  name: Record<string, string>;
}

/** The topics of `focus` of each of `serviceIds`, with their counts in `comparison`. */
export async function topicsOfServices(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  /** Every active service of their organisations (the background comes from these). */
  services: readonly ServiceOfOrganisation[],
  focus: DayPeriod,
  comparison: DayPeriod,
  options: { timezone: string; limit: number; minCount: number },
): Promise<Map<string, PeriodTopics>> {
  const result = new Map<string, PeriodTopics>();
  if (serviceIds.length === 0) return result;
  const organisations = new Set(services.filter((s) => serviceIds.includes(s.id)).map((s) => s.organisation_id));
  const everyService = services.filter((s) => organisations.has(s.organisation_id));
  const [week, before] = await Promise.all([
    remarksOfWindow(
      db,
      everyService.map((s) => s.id),
      focus,
    ),
    termsOfWindow(db, serviceIds, comparison, options.timezone),
  ]);
  const weekOf = new Map<string, AnalysedRemark[]>(everyService.map((s) => [s.id, []]));
  for (const row of week) weekOf.get(row.service_id)!.push(row);
  for (const serviceId of serviceIds) {
    const service = everyService.find((s) => s.id === serviceId)!;
    const current = weekOf.get(serviceId)!.slice(0, MAX_REMARKS_ANALYSED);
    const background = everyService
      .filter((s) => s.organisation_id === service.organisation_id && s.id !== serviceId)
      .flatMap((s) => weekOf.get(s.id)!)
      .sort((a, b) => b.received_at.getTime() - a.received_at.getTime())
      .slice(0, MAX_BACKGROUND_REMARKS);
    const found = await topicsOf(current, background, null, {
      limit: options.limit,
      minCount: options.minCount,
      serviceNames: Object.entries(service.name).map(([lang, text]) => ({ text, lang })),
    });
    const earlier = before.get(serviceId)!;
    result.set(serviceId, {
      remarks: found.remarks,
      comparisonRemarks: earlier.length,
      topics: found.topics.map((topic) => {
        const comparisonCount = remarksMatching(earlier, topic.terms).length;
        return {
          key: topic.key,
          label: topic.label,
          count: topic.count,
          share: topic.share,
          comparisonCount,
          comparisonShare: percentage(comparisonCount, earlier.length),
          examples: found
            .rowsOf(topic)
            .slice(0, EXAMPLES)
            .map((row) => found.rows[row]!.remark),
          // Which responses' texts the event carries, so that erasing one reaches the outbox.
          exampleIds: found
            .rowsOf(topic)
            .slice(0, EXAMPLES)
            .map((row) => found.rows[row]!.id),
        };
      }),
    });
  }
  return result;
}
