import { PUBLIC_MIN_RESPONSES, PUBLIC_MONTH_MIN_RESPONSES, type PublicFigures, type ServiceName } from '@feedbackinstrument/shared';
import { loadFigureCounts, type FigureSourceContext } from '../figures/figure-query.js';
import { monthsOf, previousYear, yearPeriod, type DayPeriod } from '../kernel/calendar.js';
import { summariseTotals } from '../figures/summarise.js';
import { emptyCounts } from '../figures/counts.js';
import { publishedServices, type PublishedService } from './published-services.js';

// The published figures of one year as the /open pages, the CSV and /v1/public/figures show
// them: one query on the roll-ups (totals, months, and the year before), summarised by the
// same code as every other figure. A service below PUBLIC_MIN_RESPONSES shows nothing; a month
// below PUBLIC_MONTH_MIN_RESPONSES shows its count only (its categories are null), so that
// one person's answer cannot be read from a month of 1 or 2 responses.

type PublicServiceFigures = PublicFigures['services'][number];
export type PublicTotals = NonNullable<PublicServiceFigures['figures']>;

export interface OpenMonth {
  month: string;
  responses: number;
  /** Null (with neutral and dissatisfied) when the month has fewer than PUBLIC_MONTH_MIN_RESPONSES. */
  satisfied: number | null;
  neutral: number | null;
  dissatisfied: number | null;
}

export interface OpenService {
  id: string;
  name: ServiceName;
  organisation: PublishedService['organisation'];
  suppressed: boolean;
  /** Exactly the figures of /v1/public/figures; null when suppressed. */
  figures: PublicTotals | null;
  /** The satisfied share of the year before; null when that year had too few responses. */
  previousSatisfied: number | null;
  /** Satisfied now minus the year before, in percentage points (1 decimal); null when either is withheld. */
  change: number | null;
  /** 12 months; null when suppressed. */
  byMonth: OpenMonth[] | null;
}

export interface OpenFigures {
  year: number;
  period: DayPeriod;
  timezone: string;
  services: OpenService[];
}

const publicTotals = (counts: Parameters<typeof summariseTotals>[0]): PublicTotals => {
  const { ease: _ease, completed: _completed, ...figures } = summariseTotals(counts, { ease: false, completed: false });
  return figures;
};

/** The published figures of a year, with the months and the year before. */
export async function openFigures(ctx: FigureSourceContext, year: number): Promise<OpenFigures> {
  const period = yearPeriod(year);
  const published = await publishedServices(ctx.db);
  const counts = await loadFigureCounts(
    ctx,
    published.map((p) => p.service.id),
    { period, previous: previousYear(period), breakdown: true, overall: false },
  );
  const services = published.map(({ service, organisation }): OpenService => {
    const c = counts.of(service.id);
    const figures = publicTotals(c.current);
    const previous = publicTotals(c.previous);
    const suppressed = figures.responses < PUBLIC_MIN_RESPONSES;
    const previousSatisfied = previous.responses < PUBLIC_MIN_RESPONSES ? null : previous.satisfied;
    const base = { id: service.id, name: service.name, organisation, suppressed };
    if (suppressed) return { ...base, figures: null, previousSatisfied, change: null, byMonth: null };
    return {
      ...base,
      figures,
      previousSatisfied,
      change:
        previousSatisfied === null || figures.satisfied === null ? null : Math.round((figures.satisfied - previousSatisfied) * 10) / 10,
      byMonth: monthsOf(period).map((month) => {
        const s = (c.current.byMonth.get(`${month}-01`) ?? emptyCounts()).scores;
        const responses = s[0] + s[1] + s[2] + s[3] + s[4];
        if (responses < PUBLIC_MONTH_MIN_RESPONSES) return { month, responses, satisfied: null, neutral: null, dissatisfied: null };
        return { month, responses, satisfied: s[3] + s[4], neutral: s[2], dissatisfied: s[0] + s[1] };
      }),
    };
  });
  return { year, period, timezone: ctx.timezone, services };
}
