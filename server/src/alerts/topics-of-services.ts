// topic.rising for many services in one go, from the stored analyses (remark_terms): the
// week of every service is read in one query, the 8 weeks before of the candidates in one
// more; each service's topics are then found in this process (topicsOf), its week against
// the week of its organisation's other services, and counted in the 8 weeks before by the
// finder itself (compared: as the topics endpoint and topicsOfPeriod count them).
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../kernel/calendar.js';
import { remarksOfWindow } from '../topics/topic-remarks.js';
import { MAX_BACKGROUND_REMARKS, MAX_REMARKS_ANALYSED, topicsOf, type AnalysedRemark } from '../topics/find-topics.js';
import { periodTopicsOf, type PeriodTopics } from '../topics/topics-of-period.js';

export interface ServiceOfOrganisation {
  id: string;
  organisation_id: string;
  name: Record<string, string>;
}

const byService = (serviceIds: readonly string[], rows: readonly (AnalysedRemark & { service_id: string })[]) => {
  const map = new Map<string, AnalysedRemark[]>(serviceIds.map((id) => [id, []]));
  for (const row of rows) map.get(row.service_id)!.push(row);
  return map;
};

/** The topics of `focus` of each of `serviceIds`, with their counts in `comparison`. */
export async function topicsOfServices(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  /** Every active service of their organisations (the background comes from these). */
  services: readonly ServiceOfOrganisation[],
  focus: DayPeriod,
  comparison: DayPeriod,
  options: { limit: number; minCount: number },
): Promise<Map<string, PeriodTopics>> {
  const result = new Map<string, PeriodTopics>();
  if (serviceIds.length === 0) return result;
  const organisations = new Set(services.filter((s) => serviceIds.includes(s.id)).map((s) => s.organisation_id));
  const everyService = services.filter((s) => organisations.has(s.organisation_id));
  const everyId = everyService.map((s) => s.id);
  const [week, before] = await Promise.all([remarksOfWindow(db, everyId, focus), remarksOfWindow(db, serviceIds, comparison)]);
  const weekOf = byService(everyId, week);
  const beforeOf = byService(serviceIds, before);
  for (const serviceId of serviceIds) {
    const service = everyService.find((s) => s.id === serviceId)!;
    const current = weekOf.get(serviceId)!.slice(0, MAX_REMARKS_ANALYSED);
    const background = everyService
      .filter((s) => s.organisation_id === service.organisation_id && s.id !== serviceId)
      .flatMap((s) => weekOf.get(s.id)!)
      .sort((a, b) => b.received_at.getTime() - a.received_at.getTime())
      .slice(0, MAX_BACKGROUND_REMARKS);
    const found = await topicsOf(current, background, beforeOf.get(serviceId)!.slice(0, MAX_REMARKS_ANALYSED), {
      limit: options.limit,
      minCount: options.minCount,
      serviceNames: Object.entries(service.name).map(([lang, text]) => ({ text, lang })),
    });
    result.set(serviceId, periodTopicsOf(found));
  }
  return result;
}
