import type { Kysely } from 'kysely';
import type { AlertEventType } from '@feedbackinstrument/shared';
import type { Language } from '@feedbackinstrument/shared/constants';
import type { Database } from '../db/database.js';
import { percentage } from '../figures/stats.js';
import { insertAlertEvents, type NewAlertEvent } from './alert-events.js';
import { summaryOf } from './alert-messages.js';
import { evaluationWindows, localDateTime, mondayOf, windowCounts, type WindowCounts } from './alert-windows.js';
import type { DigestService, SatisfactionDroppedData, TopicRisingData } from './event-data.js';
import { nameIn } from './event-data.js';
import type { PeriodTopic, PeriodTopics } from '../topics/topics-of-period.js';
import { topicsOfServices } from './topics-of-services.js';
import { dropPValue, riseExactPValue, type ProportionTest } from './two-proportion-test.js';

/** The rules of the contract. */
export const RULES = {
  /** topic.rising: at least this many remarks in the last 7 days… */
  risingMinRemarks: 5,
  /** …and a share of remarks at least this many times that of the 8 weeks before (or new)… */
  risingFactor: 2,
  /** …and significantly above it: one-sided, Fisher's exact test (two-proportion-test.ts). */
  risingMaxP: 0.01,
  /** satisfaction.dropped: at least this many responses in the last 7 days… */
  droppedMinResponses: 30,
  /** …and significantly below the 8 weeks before: one-sided two-proportion test. */
  droppedMaxP: 0.01,
  /** At most this many topics per service are looked at. */
  topicLimit: 10,
} as const;

const RULE_EVENTS: AlertEventType[] = ['topic.rising', 'satisfaction.dropped', 'digest.weekly'];

export interface CreatedEvent {
  subscriptionId: string;
  type: AlertEventType;
  key: string;
}

type Rising = Omit<TopicRisingData, 'summary' | 'examples' | 'serviceName'> & { examples: string[]; exampleIds: string[] };

/**
 * Evaluates every rule for every subscription at `now` and puts the events that are due in
 * the outbox. An event that exists already (made by an earlier evaluation or by another
 * instance at the same time) is not made again: its key names the week (and the service
 * and topic), so each is sent once per subscription. Reads the daily roll-ups and the
 * remarks of the last 9 weeks only.
 */
export async function evaluateAlerts(db: Kysely<Database>, options: { now: Date; timezone: string }): Promise<CreatedEvent[]> {
  const subscriptions = (await db.selectFrom('alert_subscriptions').selectAll().execute()).filter((s) =>
    s.events.some((e) => RULE_EVENTS.includes(e as AlertEventType)),
  );
  if (subscriptions.length === 0) return [];
  const organisations = [...new Set(subscriptions.map((s) => s.organisation_id))];
  const services = await db
    .selectFrom('services')
    .select(['id', 'organisation_id', 'name'])
    .where('organisation_id', 'in', organisations)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  const servicesOf = (s: (typeof subscriptions)[number]) =>
    services.filter((v) => v.organisation_id === s.organisation_id && (s.services === null || s.services.includes(v.id)));

  const w = evaluationWindows(options.now, options.timezone);
  const weekKey = mondayOf(w.today);
  const wanted = new Set(subscriptions.flatMap((s) => servicesOf(s).map((v) => v.id)));
  const counts = await windowCounts(db, [...wanted], {
    week: w.week,
    before: w.before,
    digest: w.digestWeek,
    digestBefore: w.digestWeekBefore,
  });
  const share = (c: WindowCounts) => percentage(c.satisfied, c.responses);

  // Each service's findings, computed once, whatever the number of subscriptions.
  const dropped = new Map<string, Omit<SatisfactionDroppedData, 'summary' | 'serviceName'> | null>();
  const droppedOf = (serviceId: string, organisationId: string) => {
    if (!dropped.has(serviceId)) {
      const { week, before } = counts.get(serviceId)!;
      const p = dropPValue({ successes: week.satisfied, total: week.responses }, { successes: before.satisfied, total: before.responses });
      dropped.set(
        serviceId,
        week.responses >= RULES.droppedMinResponses && p < RULES.droppedMaxP
          ? {
              organisationId,
              serviceId,
              week: { ...w.week, responses: week.responses, satisfied: share(week) },
              before: { ...w.before, responses: before.responses, satisfied: share(before) },
              pValue: Number(p.toPrecision(3)),
            }
          : null,
      );
    }
    return dropped.get(serviceId)!;
  };
  // topic.rising: the topics of every service that has enough remarks in the week, found
  // together from the stored terms (topics-of-services.ts), before any event is made.
  const risingWanted = new Set(
    subscriptions.filter((s) => s.events.includes('topic.rising')).flatMap((s) => servicesOf(s).map((v) => v.id)),
  );
  // The roll-ups say whether there are enough remarks at all, before any remark is read.
  const candidates = [...risingWanted].filter((id) => counts.get(id)!.week.remarks >= RULES.risingMinRemarks);
  const topicsByService = await topicsOfServices(db, candidates, services, w.week, w.before, {
    limit: RULES.topicLimit,
    minCount: RULES.risingMinRemarks,
  });
  const rising = new Map<string, Rising[]>();
  const risingOf = (serviceId: string, organisationId: string): Rising[] => {
    if (!rising.has(serviceId)) {
      const topics = topicsByService.get(serviceId);
      const found: Rising[] = (topics?.topics ?? [])
        .filter((t) => isRising(t, topics!, topics!.topics.length))
        .map((t) => ({
          organisationId,
          serviceId,
          period: w.week,
          comparisonPeriod: w.before,
          topic: {
            label: t.label,
            terms: t.key,
            // The figures the rule tested: both periods counted alike (two of its terms, or its one term).
            count: t.alikeCount,
            share: t.alikeShare,
            previousCount: t.comparisonCount,
            previousShare: t.comparisonShare,
            isNew: t.comparisonCount === 0,
          },
          examples: t.examples,
          exampleIds: t.exampleIds,
        }));
      rising.set(serviceId, found);
    }
    return rising.get(serviceId)!;
  };

  const events: NewAlertEvent[] = [];
  for (const subscription of subscriptions) {
    const language = subscription.language as Language;
    const own = servicesOf(subscription);
    const named = (v: (typeof services)[number]) => nameIn(v.name, language);
    if (subscription.events.includes('satisfaction.dropped')) {
      for (const service of own) {
        const found = droppedOf(service.id, service.organisation_id);
        if (!found) continue;
        const data = { ...found, serviceName: named(service) };
        events.push({
          subscriptionId: subscription.id,
          type: 'satisfaction.dropped',
          key: `${service.id}|${weekKey}`,
          data: { ...data, summary: summaryOf({ type: 'satisfaction.dropped', data }, language) },
        });
      }
    }
    if (subscription.events.includes('topic.rising')) {
      for (const service of own) {
        for (const found of risingOf(service.id, service.organisation_id)) {
          const { examples, exampleIds, ...rest } = found;
          const data = { ...rest, serviceName: named(service), ...(subscription.include_remarks && { examples }) };
          events.push({
            subscriptionId: subscription.id,
            type: 'topic.rising',
            key: `${service.id}|${weekKey}|${found.topic.terms}`.slice(0, 500),
            data: { ...data, summary: summaryOf({ type: 'topic.rising', data }, language) },
            ...(subscription.include_remarks && { remarkIds: exampleIds, serviceId: service.id }),
          });
        }
      }
    }
    // The digest of last week, for subscriptions that existed when it fell due (Monday 08:00).
    if (
      subscription.events.includes('digest.weekly') &&
      localDateTime(subscription.created_at, options.timezone) < `${w.digestMonday} 08:00`
    ) {
      const list: DigestService[] = own.map((service) => {
        const c = counts.get(service.id)!;
        return {
          serviceId: service.id,
          serviceName: named(service),
          responses: c.digest.responses,
          satisfied: share(c.digest),
          remarks: c.digest.remarks,
          previousWeek: { responses: c.digestBefore.responses, satisfied: share(c.digestBefore) },
        };
      });
      const data = { organisationId: subscription.organisation_id, week: w.digestWeek, services: list };
      events.push({
        subscriptionId: subscription.id,
        type: 'digest.weekly',
        key: w.digestWeek.from,
        data: { ...data, summary: summaryOf({ type: 'digest.weekly', data }, language) },
      });
    }
  }
  return insertAlertEvents(db, events, options.now);
}

/**
 * At least 5 remarks, new or its share at least doubled, and the rise significant: a
 * one-sided exact test (Fisher's) of its share of the week's remarks against its share of the
 * 8 weeks before, p < 0.01 divided by the number of topics looked at in the service's week
 * (Bonferroni): each of up to 10 topics is a test, and without the division remarks that say
 * nothing in particular fired it for 4-6 % of services a week (bench:alerts counts it). The
 * z-test's normal approximation, exact only for many remarks, still fired it for about 4 %
 * of services on random remarks where nothing rises (bench:alerts' remark mix, simulated, 10
 * draws): four times its level.
 */
export function isRising(
  topic: PeriodTopic,
  of: Pick<PeriodTopics, 'remarks' | 'comparisonRemarks'>,
  topicsLookedAt = 1,
  /** The test of the rise (bench/rising-on-random.ts compares the z-test it replaced). */
  test: ProportionTest = riseExactPValue,
): boolean {
  // Both periods counted alike (alikeCount: two of its terms, or its one term), not the
  // topic's own count (its group's remarks) against that; the 5 remarks too.
  if (topic.alikeCount < RULES.risingMinRemarks) return false;
  const doubled =
    topic.comparisonCount === 0 || topic.comparisonShare === null || topic.alikeShare >= RULES.risingFactor * topic.comparisonShare;
  if (!doubled) return false;
  const p = test({ successes: topic.alikeCount, total: of.remarks }, { successes: topic.comparisonCount, total: of.comparisonRemarks });
  return p < RULES.risingMaxP / Math.max(1, topicsLookedAt);
}
