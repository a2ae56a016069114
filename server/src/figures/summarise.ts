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
import { emptyCounts, type Counts, type Five, type PeriodCounts, type TotalCounts } from './counts.js';
import { monthsOf, type DayPeriod } from '../kernel/calendar.js';
import { percentage, roundRatio, wilsonInterval } from './stats.js';

/** Which follow-up questions the service has on: their figures are shown even when empty. */
export interface FollowUpsOn {
  ease: boolean;
  completed: boolean;
}

const counts = (five: Five): ScoreCounts => ({ '1': five[0], '2': five[1], '3': five[2], '4': five[3], '5': five[4] });
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const weighted = (five: Five) => sum(five.map((count, i) => count * (i + 1)));

function satisfaction(t: Counts): SatisfactionFigures {
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

function periodFigures(t: Counts, displays: number, on: FollowUpsOn): PeriodFigures {
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

const EMPTY = emptyCounts();

/** The figures of one period: totals and the breakdown by month, context and channel. */
export function summarisePeriod(counts: PeriodCounts, period: DayPeriod, on: FollowUpsOn) {
  const totals = periodFigures(counts.totals, counts.displays, on);
  const byMonth: MonthFigures[] = monthsOf(period).map((month) => {
    const first = `${month}-01`;
    const core = satisfaction(counts.byMonth.get(first) ?? EMPTY);
    return { month, ...core, ...reach(core.responses, counts.displaysByMonth.get(first) ?? 0) };
  });
  const byContext: ContextFigures[] = CONTEXTS.map((context) => ({ context, ...satisfaction(counts.byContext.get(context) ?? EMPTY) }));
  const byChannel: ChannelFigures[] = [...counts.byChannel]
    .map(([channel, c]) => ({ channel, ...satisfaction(c) }))
    .filter((c) => c.responses > 0)
    .sort((a, b) => b.responses - a.responses || a.channel.localeCompare(b.channel));
  return { totals, byMonth, byContext, byChannel };
}

/** Only the period's totals (for the previous year and public figures). */
export function summariseTotals(counts: TotalCounts, on: FollowUpsOn): PeriodFigures {
  return periodFigures(counts.totals, counts.displays, on);
}
