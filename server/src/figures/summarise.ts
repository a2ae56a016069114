// Pure: counters in, figures out. The same code makes a service's figures, a month's row
// and an organisation's totals, so every figure means the same everywhere.
import {
  COMPLETED_VALUES,
  CONTEXTS,
  type ChannelFigures,
  type ContextFigures,
  type MonthFigures,
  type PeriodFigures,
  type SatisfactionFigures,
  type ScoreCounts,
} from '@feedbackinstrument/shared';
import type { DisplayRow } from '../repositories/displays.js';
import type { FigureRow } from '../repositories/rollups.js';
import { monthsOf, type DayPeriod } from './period.js';
import { percentage, roundRatio, wilsonInterval } from './stats.js';

type Five = [number, number, number, number, number];

interface Tally {
  scores: Five;
  remarks: number;
  ease: Five;
  completed: { yes: number; partly: number; no: number };
}

export interface FigureInputs {
  rows: readonly FigureRow[];
  displays: readonly DisplayRow[];
}

/** Which follow-up questions the service has on: their figures are shown even when empty. */
export interface FollowUpsOn {
  ease: boolean;
  completed: boolean;
}

function tally(rows: readonly FigureRow[]): Tally {
  const t: Tally = { scores: [0, 0, 0, 0, 0], remarks: 0, ease: [0, 0, 0, 0, 0], completed: { yes: 0, partly: 0, no: 0 } };
  for (const row of rows) {
    t.scores[row.score - 1]! += row.responses;
    t.remarks += row.remarks;
    t.ease[0] += row.ease_1;
    t.ease[1] += row.ease_2;
    t.ease[2] += row.ease_3;
    t.ease[3] += row.ease_4;
    t.ease[4] += row.ease_5;
    t.completed.yes += row.completed_yes;
    t.completed.partly += row.completed_partly;
    t.completed.no += row.completed_no;
  }
  return t;
}

const counts = (five: Five): ScoreCounts => ({ '1': five[0], '2': five[1], '3': five[2], '4': five[3], '5': five[4] });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const weighted = (five: Five) => sum(five.map((count, i) => count * (i + 1)));

function satisfaction(t: Tally): SatisfactionFigures {
  const responses = sum(t.scores);
  const satisfied = t.scores[3] + t.scores[4];
  return {
    responses,
    distribution: counts(t.scores),
    mean: roundRatio(weighted(t.scores), responses, 2),
    satisfied: percentage(satisfied, responses),
    satisfiedInterval: wilsonInterval(satisfied, responses),
    dissatisfied: percentage(t.scores[0] + t.scores[1], responses),
    remarks: t.remarks,
  };
}

function reach(responses: number, displays: number) {
  return { displays, responseRate: percentage(responses, displays) };
}

function periodFigures(t: Tally, displays: number, on: FollowUpsOn): PeriodFigures {
  const core = satisfaction(t);
  const easeAnswered = sum(t.ease);
  const completedAnswered = t.completed.yes + t.completed.partly + t.completed.no;
  return {
    ...core,
    ...reach(core.responses, displays),
    ease:
      on.ease || easeAnswered > 0
        ? { answered: easeAnswered, mean: roundRatio(weighted(t.ease), easeAnswered, 2), distribution: counts(t.ease) }
        : null,
    completed:
      on.completed || completedAnswered > 0
        ? {
            answered: completedAnswered,
            counts: { ...t.completed },
            shares: Object.fromEntries(COMPLETED_VALUES.map((v) => [v, percentage(t.completed[v], completedAnswered)])) as Record<
              (typeof COMPLETED_VALUES)[number],
              number | null
            >,
          }
        : null,
  };
}

const displaySum = (rows: readonly DisplayRow[]) => sum(rows.map((r) => r.displays));

/** The figures of one period: totals and the breakdown by month, context and channel. */
export function summarisePeriod(inputs: FigureInputs, period: DayPeriod, on: FollowUpsOn) {
  const totals = periodFigures(tally(inputs.rows), displaySum(inputs.displays), on);
  const byMonth: MonthFigures[] = monthsOf(period).map((month) => {
    const first = `${month}-01`;
    const core = satisfaction(tally(inputs.rows.filter((r) => r.month === first)));
    return { month, ...core, ...reach(core.responses, displaySum(inputs.displays.filter((d) => d.month === first))) };
  });
  const byContext: ContextFigures[] = CONTEXTS.map((context) => ({
    context,
    ...satisfaction(tally(inputs.rows.filter((r) => r.context === context))),
  }));
  const channels = [...new Set(inputs.rows.map((r) => r.channel))];
  const byChannel: ChannelFigures[] = channels
    .map((channel) => ({ channel, ...satisfaction(tally(inputs.rows.filter((r) => r.channel === channel))) }))
    .filter((c) => c.responses > 0)
    .sort((a, b) => b.responses - a.responses || a.channel.localeCompare(b.channel));
  return { totals, byMonth, byContext, byChannel };
}

/** Only the period's totals (for the previous year and public figures). */
export function summariseTotals(inputs: FigureInputs, on: FollowUpsOn): PeriodFigures {
  return periodFigures(tally(inputs.rows), displaySum(inputs.displays), on);
}
