// topic.rising for many services in one go, from the stored analyses (remark_analysis): the
// week of the candidates is read in one query, their 8 weeks before in one more (only the
// analyses: they are only counted), both unsorted, plus one per service over the cap (its
// newest remarks, as the topics endpoint reads them); each
// service's topics are then found in this process (topicsOf) from its own remarks only, and
// counted in the 8 weeks before by the finder itself (compared: as the topics endpoint and
// topicsOfPeriod count them). Other services' remarks are not read: they cannot change a
// service's topics (find-topics.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../kernel/calendar.js';
import { analysesOfWindow, remarksOfWindow } from '../topics/topic-remarks.js';
import { MAX_REMARKS_ANALYSED, topicsOf } from '../topics/find-topics.js';
import { periodTopicsOf, type PeriodTopics } from '../topics/topics-of-period.js';

export interface ServiceOfOrganisation {
  id: string;
  organisation_id: string;
  name: Record<string, string>;
}

/** The topics of `focus` of each of `serviceIds`, with their counts in `comparison`. */
export async function topicsOfServices(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  /** The services (their names are never a topic's first term). */
  services: readonly ServiceOfOrganisation[],
  focus: DayPeriod,
  comparison: DayPeriod,
  options: { limit: number; minCount: number },
): Promise<Map<string, PeriodTopics>> {
  const result = new Map<string, PeriodTopics>();
  if (serviceIds.length === 0) return result;
  const [week, before] = await Promise.all([
    remarksOfWindow(db, serviceIds, focus, MAX_REMARKS_ANALYSED),
    analysesOfWindow(db, serviceIds, comparison, MAX_REMARKS_ANALYSED),
  ]);
  for (const serviceId of serviceIds) {
    const service = services.find((s) => s.id === serviceId)!;
    const found = await topicsOf(week.get(serviceId)!, before.get(serviceId)!, {
      limit: options.limit,
      minCount: options.minCount,
      serviceNames: Object.entries(service.name).map(([lang, text]) => ({ text, lang })),
    });
    result.set(serviceId, periodTopicsOf(found));
  }
  return result;
}
