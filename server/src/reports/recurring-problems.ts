// The yearly report's "what users kept reporting and what was done about it": per service
// its top topics of the year (with their trend against the year before, as the topics
// endpoint gives them) and its annotations with their before/after (annotation-effect.ts).
import type { Kysely } from 'kysely';
import type { ReportProblems, SharedProblem } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../kernel/calendar.js';
import { annotationEffect } from '../annotations/annotation-effect.js';
import { listAnnotations } from '../annotations/annotations.js';
import { topicsReport } from '../topics/topics-report.js';

export const REPORT_TOPICS = 5;

/** The problems that at least two services share: topics with the same key, the services named. */
export function sharedProblems(problems: readonly ReportProblems[]): SharedProblem[] {
  const byKey = new Map<string, { label: string; top: number; services: { serviceId: string; count: number }[] }>();
  for (const service of problems) {
    for (const topic of service.topics) {
      const entry = byKey.get(topic.key) ?? { label: topic.label, top: 0, services: [] };
      if (topic.count > entry.top) Object.assign(entry, { label: topic.label, top: topic.count });
      entry.services.push({ serviceId: service.serviceId, count: topic.count });
      byKey.set(topic.key, entry);
    }
  }
  return [...byKey]
    .filter(([, e]) => e.services.length >= 2)
    .map(([key, e]) => ({
      key,
      label: e.label,
      services: e.services.sort((a, b) => b.count - a.count || a.serviceId.localeCompare(b.serviceId)),
    }))
    .sort((a, b) => b.services.length - a.services.length || a.key.localeCompare(b.key));
}

export async function recurringProblems(
  db: Kysely<Database>,
  serviceId: string,
  period: DayPeriod,
  timezone: string,
): Promise<ReportProblems> {
  const topics = await topicsReport(db, { serviceId, period, limit: REPORT_TOPICS, minCount: 3, timezone });
  const notes = await Promise.all(
    (await listAnnotations(db, serviceId, period)).map((annotation) => annotationEffect(db, annotation, timezone)),
  );
  return {
    serviceId,
    remarks: topics.remarks,
    topics: topics.topics.map((t) => ({
      key: t.key,
      label: t.label,
      count: t.count,
      share: t.share,
      previousCount: t.previous.count,
      previousShare: t.previous.share,
      comparableCount: t.comparable.count,
      comparableShare: t.comparable.share,
      trend: t.trend,
    })),
    notes,
  };
}
