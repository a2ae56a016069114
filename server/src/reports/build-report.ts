import type { Report, ReportTotals } from '@feedbackinstrument/shared';
import type { Principal } from '../kernel/principal.js';
import { addServiceCounts, emptyServiceCounts } from '../figures/counts.js';
import { loadFigureCounts } from '../figures/figure-query.js';
import { periodOut, serviceFiguresOf, type FigureContext } from '../figures/service-figures.js';
import { previousYear, yearPeriod } from '../kernel/calendar.js';
import { summarisePeriod, summariseTotals } from '../figures/summarise.js';
import { recurringProblems, sharedProblems } from './recurring-problems.js';
import { organisationsInScope, servicesOfOrganisations } from './report-scope.js';

export interface ReportScope {
  organisation?: string | undefined;
  policyDomain?: string | undefined;
}

export type ReportProgress = (done: number, total: number) => void;

/** Services are loaded in batches: one query per batch, and a progress step per batch. */
const BATCH = 25;

/**
 * The yearly report of every service of an organisation or policy domain, with totals.
 * Null when the scope is unknown or not visible to the caller (answered as 404).
 */
export async function buildReport(
  ctx: FigureContext,
  principal: Principal,
  year: number,
  scope: ReportScope,
  onProgress: ReportProgress = () => {},
): Promise<Report | null> {
  const organisations = await organisationsInScope(ctx.db, scope, principal.admin ? null : principal.organisationId);
  if (organisations.length === 0) return null;
  const services = await servicesOfOrganisations(
    ctx.db,
    organisations.map((o) => o.id),
  );
  const period = yearPeriod(year);
  const before = previousYear(period);

  // The totals of all services: summed by the database per batch, added up here.
  const all = emptyServiceCounts();
  const figures: Report['services'] = [];
  const problems: Report['problems'] = [];
  onProgress(0, services.length);
  for (let i = 0; i < services.length; i += BATCH) {
    const batch = services.slice(i, i + BATCH);
    const counts = await loadFigureCounts(
      ctx,
      batch.map((s) => s.id),
      { period, previous: before, breakdown: true, overall: true },
    );
    for (const service of batch) {
      figures.push(serviceFiguresOf(service, counts.of(service.id), period, ctx.timezone));
      problems.push(await recurringProblems(ctx.db, service.id, period, ctx.timezone));
    }
    addServiceCounts(all, counts.overall);
    onProgress(Math.min(i + BATCH, services.length), services.length);
  }

  const on = {
    ease: services.some((s) => s.followUps.includes('ease')),
    completed: services.some((s) => s.followUps.includes('completed')),
  };
  const { totals, byMonth } = summarisePeriod(all.current, period, on);
  const reportTotals: ReportTotals = {
    ...totals,
    services: services.length,
    byMonth,
    previousYear: { period: periodOut(before, ctx.timezone), ...summariseTotals(all.previous, on) },
  };
  return {
    year,
    period: periodOut(period, ctx.timezone),
    scope: { organisation: scope.organisation ?? null, policyDomain: scope.policyDomain ?? null },
    generatedAt: new Date().toISOString(),
    organisations: organisations.map((o) => ({ id: o.id, name: o.name, level: o.level, policyDomain: o.policy_domain })),
    services: figures,
    totals: reportTotals,
    problems,
    sharedProblems: sharedProblems(problems),
  };
}
