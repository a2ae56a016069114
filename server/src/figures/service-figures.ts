import type { Kysely } from 'kysely';
import type { Period, Service, ServiceFigures } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { displayTotals } from '../repositories/displays.js';
import { rollupFigureRows, type FigureRow, type FigureRowsLoader } from '../repositories/rollups.js';
import type { DisplayRow } from '../repositories/displays.js';
import { previousYear, type DayPeriod } from './period.js';
import { summarisePeriod, summariseTotals, type FigureInputs, type FollowUpsOn } from './summarise.js';

export interface FigureContext {
  db: Kysely<Database>;
  timezone: string;
  /** Roll-ups by default; the benchmark passes a raw scan to compare. */
  loader?: FigureRowsLoader;
}

export const followUpsOf = (service: Service): FollowUpsOn => ({
  ease: service.followUps.includes('ease'),
  completed: service.followUps.includes('completed'),
});

export const periodOut = (period: DayPeriod, timezone: string): Period => ({ from: period.from, to: period.to, timezone });

/** Counters and displays of several services for one period, two queries in all. */
export async function loadInputs(ctx: FigureContext, serviceIds: readonly string[], period: DayPeriod): Promise<FigureInputs> {
  const loader = ctx.loader ?? rollupFigureRows;
  const [rows, displays] = await Promise.all([loader(ctx.db, serviceIds, period, ctx.timezone), displayTotals(ctx.db, serviceIds, period)]);
  return { rows, displays };
}

export function inputsOf(inputs: FigureInputs, serviceId: string): FigureInputs {
  return {
    rows: inputs.rows.filter((r: FigureRow) => r.service_id === serviceId),
    displays: inputs.displays.filter((d: DisplayRow) => d.service_id === serviceId),
  };
}

/** A service's figures from inputs already loaded for the period and the year before. */
export function serviceFiguresOf(service: Service, current: FigureInputs, previous: FigureInputs, period: DayPeriod, timezone: string): ServiceFigures {
  const on = followUpsOf(service);
  const { totals, byMonth, byContext, byChannel } = summarisePeriod(current, period, on);
  return {
    service: { id: service.id, name: service.name, organisationId: service.organisationId },
    period: periodOut(period, timezone),
    ...totals,
    byMonth,
    byContext,
    byChannel,
    previousYear: { period: periodOut(previousYear(period), timezone), ...summariseTotals(previous, on) },
  };
}

/** GET /v1/services/:id/figures: read from the roll-ups (four small queries). */
export async function serviceFigures(ctx: FigureContext, service: Service, period: DayPeriod): Promise<ServiceFigures> {
  const [current, previous] = await Promise.all([
    loadInputs(ctx, [service.id], period),
    loadInputs(ctx, [service.id], previousYear(period)),
  ]);
  return serviceFiguresOf(service, current, previous, period, ctx.timezone);
}
