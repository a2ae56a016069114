import { sql, type ExpressionBuilder, type Kysely, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../db/database.js';
import { rollupFigureSource, type FigureRow, type FigureSource } from './rollups.js';
import { emptyServiceCounts, type Counts, type ServiceCounts } from './counts.js';
import type { DayPeriod } from '../kernel/calendar.js';

// One query, one round trip: the database sums the counters of a period to exactly the
// rows the figures show (per service: the totals, each month, each context, each channel;
// the previous year as totals only; the displays per month and in all), with GROUPING
// SETS. Node then only reads a few dozen small rows per service into Counts.

export interface FigureQuery {
  period: DayPeriod;
  /** Also the totals of these days (the same days one year earlier); null: not needed. */
  previous: DayPeriod | null;
  /** byMonth, byContext and byChannel per service; false: totals only. */
  breakdown: boolean;
  /** Also all the services together: totals and byMonth (a report's totals). */
  overall: boolean;
}

export interface FigureCounts {
  /** The counts of one service (all zero when it has none). */
  of(serviceId: string): ServiceCounts;
  /** All services together, when asked for (`overall`). */
  overall: ServiceCounts;
}

/** Which rows a figure query reads: the roll-ups (default), or a raw scan (the benchmark's baseline). */
export interface FigureSourceContext {
  db: Kysely<Database>;
  timezone: string;
  source?: FigureSource;
  /**
   * Read the period and the year before with two statements at once instead of one. For
   * the raw baseline, so that its two scans use both cores as a good raw query would.
   */
  concurrent?: boolean;
}

type Part = 'current' | 'previous' | 'displays' | 'previous_displays';

/** One output row. A grouping column that is null was summed over (every source column is NOT NULL). */
interface AggregateRow {
  part: Part;
  service_id: string | null;
  month: string | null;
  context: string | null;
  channel: string | null;
  s1: number | null;
  s2: number | null;
  s3: number | null;
  s4: number | null;
  s5: number | null;
  remarks: number | null;
  e1: number | null;
  e2: number | null;
  e3: number | null;
  e4: number | null;
  e5: number | null;
  c_yes: number | null;
  c_partly: number | null;
  c_no: number | null;
  displays: number | null;
}

const COUNTER_OUTPUTS = ['s1', 's2', 's3', 's4', 's5', 'remarks', 'e1', 'e2', 'e3', 'e4', 'e5', 'c_yes', 'c_partly', 'c_no'] as const;

type Sets = RawBuilder<unknown>[];
const set = (...columns: RawBuilder<unknown>[]) => sql`(${sql.join(columns)})`;
const groupingSets = (sets: Sets) => sql`GROUPING SETS (${sql.join(sets)})`;
const nothing = (type: 'date' | 'text') => sql<string | null>`null::${sql.raw(type)}`;

/** The sums of one source (a CTE of FigureRows) over the given grouping sets. */
function counterPart(
  db: Kysely<any>,
  cte: 'cur' | 'prev',
  part: Part,
  sets: Sets,
  used: { month: boolean; context: boolean; channel: boolean },
) {
  const [service, month, context, channel] = [sql.ref('service_id'), sql.ref('month'), sql.ref('context'), sql.ref('channel')];
  const grouped = (ref: RawBuilder<unknown>, type: 'date' | 'text', used: boolean) => (used ? sql<string | null>`${ref}` : nothing(type));
  return db
    .selectFrom(cte)
    .select((eb: ExpressionBuilder<any, any>) => [
      sql.lit(part).as('part'),
      sql<string | null>`${service}`.as('service_id'),
      grouped(month, 'date', used.month).as('month'),
      grouped(context, 'text', used.context).as('context'),
      grouped(channel, 'text', used.channel).as('channel'),
      ...([1, 2, 3, 4, 5] as const).map((s) => eb.fn.sum<number>('responses').filterWhere('score', '=', s).as(`s${s}`)),
      eb.fn.sum<number>('remarks').as('remarks'),
      ...([1, 2, 3, 4, 5] as const).map((e) => eb.fn.sum<number>(`ease_${e}`).as(`e${e}`)),
      eb.fn.sum<number>('completed_yes').as('c_yes'),
      eb.fn.sum<number>('completed_partly').as('c_partly'),
      eb.fn.sum<number>('completed_no').as('c_no'),
      sql<number | null>`null::bigint`.as('displays'),
    ])
    .groupBy(groupingSets(sets))
    .$castTo<AggregateRow>();
}

/** Displays per service (and per month) in a period, summed from the daily display counts. */
function displayPart(db: Kysely<Database>, part: Part, serviceIds: readonly string[], period: DayPeriod, sets: Sets, byMonth: boolean) {
  const month = sql<string>`date_trunc('month', ${sql.ref('day')}::timestamp)::date`;
  return db
    .selectFrom('display_counts')
    .select((eb) => [
      sql.lit(part).as('part'),
      sql<string | null>`${sql.ref('service_id')}`.as('service_id'),
      (byMonth ? sql<string | null>`${month}` : nothing('date')).as('month'),
      nothing('text').as('context'),
      nothing('text').as('channel'),
      ...COUNTER_OUTPUTS.map((c) => sql<number | null>`null::bigint`.as(c)),
      eb.fn.sum<number>('count').as('displays'),
    ])
    .where('service_id', 'in', serviceIds)
    .where('day', '>=', period.from)
    .where('day', '<=', period.to)
    .groupBy(groupingSets(sets))
    .$castTo<AggregateRow>();
}

const n = (value: number | null) => (value === null ? 0 : Number(value));

function countsOf(row: AggregateRow): Counts {
  return {
    scores: [n(row.s1), n(row.s2), n(row.s3), n(row.s4), n(row.s5)],
    remarks: n(row.remarks),
    ease: [n(row.e1), n(row.e2), n(row.e3), n(row.e4), n(row.e5)],
    completed: { yes: n(row.c_yes), partly: n(row.c_partly), no: n(row.c_no) },
  };
}

/**
 * The counts of several services for a period (and the year before), in one query.
 * From the roll-ups unless the context names another source.
 */
export async function loadFigureCounts(ctx: FigureSourceContext, serviceIds: readonly string[], query: FigureQuery): Promise<FigureCounts> {
  const services = new Map<string, ServiceCounts>();
  const overall = emptyServiceCounts();
  const result: FigureCounts = { of: (id) => services.get(id) ?? emptyServiceCounts(), overall };
  if (serviceIds.length === 0) return result;

  const source = ctx.source ?? rollupFigureSource;
  const { db } = ctx;
  const [service, month, context, channel, day] = ['service_id', 'month', 'context', 'channel', 'day'].map((c) => sql.ref(c)) as [
    RawBuilder<unknown>,
    RawBuilder<unknown>,
    RawBuilder<unknown>,
    RawBuilder<unknown>,
    RawBuilder<unknown>,
  ];
  const displayMonth = sql`date_trunc('month', ${day}::timestamp)`;
  const all = sql`()`;

  // Grouping sets: per service, then (when asked) all services together.
  const currentSets: Sets = query.breakdown
    ? [set(service, month), set(service, context), set(service, channel), set(service)]
    : [set(service)];
  const currentDisplaySets: Sets = query.breakdown ? [set(service, displayMonth), set(service)] : [set(service)];
  const totalSets: Sets = [set(service)];
  if (query.overall) {
    currentSets.push(set(month), all);
    currentDisplaySets.push(set(displayMonth), all);
    totalSets.push(all);
  }

  const sourceOf = (period: DayPeriod) => () => source(db, serviceIds, period, ctx.timezone) as SelectQueryBuilder<any, any, FigureRow>;
  const used = { month: query.breakdown || query.overall, context: query.breakdown, channel: query.breakdown };
  const totalsOnly = { month: false, context: false, channel: false };
  const plain = db as unknown as Kysely<any>;
  // `first` carries the WITH clause of the statement; the parts after it read its CTEs.
  const currentParts = (first: Kysely<any>) =>
    counterPart(first, 'cur', 'current', currentSets, used).unionAll(
      displayPart(db, 'displays', serviceIds, query.period, currentDisplaySets, used.month),
    );
  const previousParts = (first: Kysely<any>, previous: DayPeriod) =>
    counterPart(first, 'prev', 'previous', totalSets, totalsOnly).unionAll(
      displayPart(db, 'previous_displays', serviceIds, previous, totalSets, false),
    );

  const withCurrent = db.with('cur', sourceOf(query.period)) as unknown as Kysely<any>;
  let rows: AggregateRow[];
  if (!query.previous) {
    rows = await currentParts(withCurrent).execute();
  } else if (ctx.concurrent) {
    // Two statements on two connections at once (the raw baseline: two scans, two cores).
    const withPrevious = db.with('prev', sourceOf(query.previous)) as unknown as Kysely<any>;
    rows = (await Promise.all([currentParts(withCurrent).execute(), previousParts(withPrevious, query.previous).execute()])).flat();
  } else {
    const withBoth = db.with('cur', sourceOf(query.period)).with('prev', sourceOf(query.previous)) as unknown as Kysely<any>;
    rows = await currentParts(withBoth).unionAll(previousParts(plain, query.previous)).execute();
  }

  for (const row of rows) {
    let target = overall;
    if (row.service_id !== null) {
      target = services.get(row.service_id) ?? emptyServiceCounts();
      services.set(row.service_id, target);
    }
    switch (row.part) {
      case 'current': {
        const counts = countsOf(row);
        if (row.month !== null) target.current.byMonth.set(row.month, counts);
        else if (row.context !== null) target.current.byContext.set(row.context, counts);
        else if (row.channel !== null) target.current.byChannel.set(row.channel, counts);
        else target.current.totals = counts;
        break;
      }
      case 'displays':
        if (row.month !== null) target.current.displaysByMonth.set(row.month, n(row.displays));
        else target.current.displays = n(row.displays);
        break;
      case 'previous':
        target.previous.totals = countsOf(row);
        break;
      case 'previous_displays':
        target.previous.displays = n(row.displays);
        break;
    }
  }
  return result;
}
