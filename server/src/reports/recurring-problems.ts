// The yearly report's "what users kept reporting and what was done about it": per service
// its top topics of the year (with their trend against the year before, as the topics
// endpoint gives them) and its annotations with their before/after (annotation-effect.ts).
import type { Kysely } from 'kysely';
import type { ReportProblems } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../figures/period.js';
import { annotationEffect } from '../annotations/annotation-effect.js';
import { listAnnotations } from '../repositories/annotations.js';
import { topicsReport } from '../topics/find-topics.js';

export const REPORT_TOPICS = 5;

export async function recurringProblems(db: Kysely<Database>, serviceId: string, period: DayPeriod, timezone: string): Promise<ReportProblems> {
  const topics = await topicsReport(db, { serviceId, period, limit: REPORT_TOPICS, minCount: 3, timezone });
  const notes = await Promise.all((await listAnnotations(db, serviceId, period)).map((annotation) => annotationEffect(db, annotation, timezone)));
  return {
    serviceId,
    remarks: topics.remarks,
    topics: topics.topics.map((t) => ({ label: t.label, count: t.count, share: t.share, previousCount: t.previous.count, trend: t.trend })),
    notes,
  };
}
