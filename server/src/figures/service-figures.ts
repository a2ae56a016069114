import type { Period, Service, ServiceFigures } from '@feedbackinstrument/shared';
import type { ServiceCounts } from './counts.js';
import { loadFigureCounts, type FigureSourceContext } from './figure-query.js';
import { previousYear, type DayPeriod } from '../kernel/calendar.js';
import { summarisePeriod, summariseTotals, type FollowUpsOn } from './summarise.js';

/** The database and time zone of figures; the roll-ups unless `source` says otherwise (the benchmark's raw scan). */
export type FigureContext = FigureSourceContext;

export const followUpsOf = (service: Service): FollowUpsOn => ({
  ease: service.followUps.includes('ease'),
  completed: service.followUps.includes('completed'),
});

export const periodOut = (period: DayPeriod, timezone: string): Period => ({ from: period.from, to: period.to, timezone });

/** A service's figures from its counts of the period and of the year before. */
export function serviceFiguresOf(service: Service, counts: ServiceCounts, period: DayPeriod, timezone: string): ServiceFigures {
  const on = followUpsOf(service);
  const { totals, byMonth, byContext, byChannel } = summarisePeriod(counts.current, period, on);
  return {
    service: { id: service.id, name: service.name, organisationId: service.organisationId },
    period: periodOut(period, timezone),
    ...totals,
    byMonth,
    byContext,
    byChannel,
    previousYear: { period: periodOut(previousYear(period), timezone), ...summariseTotals(counts.previous, on) },
  };
}

/** GET /v1/services/:id/figures: one query on the roll-ups. */
export async function serviceFigures(ctx: FigureContext, service: Service, period: DayPeriod): Promise<ServiceFigures> {
  const counts = await loadFigureCounts(ctx, [service.id], { period, previous: previousYear(period), breakdown: true, overall: false });
  return serviceFiguresOf(service, counts.of(service.id), period, ctx.timezone);
}
