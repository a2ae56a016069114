import { sql, type Kysely, type QueryCreator, type SelectQueryBuilder } from 'kysely';
import type { Database, RollupCounters } from '../db/database.js';
import { addDays, monthStart, nextMonthStart, type DayPeriod } from '../kernel/calendar.js';

export const COUNTER_COLUMNS = [
  'responses',
  'remarks',
  'ease_1',
  'ease_2',
  'ease_3',
  'ease_4',
  'ease_5',
  'completed_yes',
  'completed_partly',
  'completed_no',
] as const satisfies readonly (keyof RollupCounters)[];

export type RollupDelta = Partial<RollupCounters>;

/** What one response (or what a follow-up newly attaches to it) adds to its roll-up row. */
export function rollupDelta(parts: {
  response: boolean;
  remark: boolean;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
}): RollupDelta {
  const delta: RollupDelta = {};
  if (parts.response) delta.responses = 1;
  if (parts.remark) delta.remarks = 1;
  if (parts.ease !== null) delta[`ease_${parts.ease}` as keyof RollupCounters] = 1;
  if (parts.completed !== null) delta[`completed_${parts.completed}`] = 1;
  return delta;
}

/** The roll-up columns of a delta row, in the order of the tables. */
const ROLLUP_ROW = ['service_id', 'day', 'context', 'channel', 'score', ...COUNTER_COLUMNS] as const;

/**
 * Adds the CTEs `rollup_daily` and `rollup_monthly` to a statement that has a CTE
 * `rollup_delta` (columns ROLLUP_ROW: a key and what it adds): each delta row is added to
 * its daily and its monthly row, in the same statement as whatever made the delta. Rows
 * are locked in key order, and the monthly upsert waits for the daily one to finish, so
 * every writer locks daily rows before monthly rows, as the rebuild locks the tables:
 * concurrent writers wait for each other, never deadlock.
 */
export function withRollupUpserts<Q extends { with: (...args: any[]) => any }>(statement: Q): Q {
  const increments = (table: string) =>
    Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, sql<number>`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]));
  const month = sql<string>`date_trunc('month', day::timestamp)::date`;
  return statement
    .with('rollup_daily', (qc: QueryCreator<any>) =>
      qc
        .insertInto('response_rollups_daily')
        .columns([...ROLLUP_ROW])
        .expression(
          qc
            .selectFrom('rollup_delta')
            .select([...ROLLUP_ROW])
            .orderBy('service_id')
            .orderBy('day')
            .orderBy('context')
            .orderBy('channel')
            .orderBy('score'),
        )
        .onConflict((oc) =>
          oc.columns(['service_id', 'day', 'context', 'channel', 'score']).doUpdateSet(increments('response_rollups_daily')),
        )
        .returning('service_id'),
    )
    .with('rollup_monthly', (qc: QueryCreator<any>) =>
      qc
        .insertInto('response_rollups_monthly')
        .columns(['service_id', 'month', 'context', 'channel', 'score', ...COUNTER_COLUMNS])
        .expression(
          qc
            .selectFrom('rollup_delta')
            .select((eb) => [
              'service_id',
              month.as('month'),
              'context',
              'channel',
              'score',
              ...COUNTER_COLUMNS.map((c) => sql<number>`${eb.fn.sum(c)}::integer`.as(c)),
            ])
            // Counting all of rollup_daily's rows runs that upsert to its end first (EXISTS
            // would stop at its first row and let monthly rows be locked in between).
            .where(sql<boolean>`(SELECT count(*) FROM rollup_daily) > 0`)
            // Days of one month are one monthly row: summed, so each row is updated once.
            .groupBy(['service_id', month, 'context', 'channel', 'score'])
            .orderBy('service_id')
            .orderBy(month)
            .orderBy('context')
            .orderBy('channel')
            .orderBy('score'),
        )
        .onConflict((oc) =>
          oc.columns(['service_id', 'month', 'context', 'channel', 'score']).doUpdateSet(increments('response_rollups_monthly')),
        )
        .returning('service_id'),
    );
}

/**
 * Recomputes every roll-up from the raw responses, in one transaction. The roll-up tables
 * are locked against writers first (readers go on seeing the old counts): a response
 * committed before the lock is counted by the rebuild, one still open waits and adds its
 * own increment after the rebuild commits. So a rebuild never loses or doubles a count.
 */
export async function rebuildRollups(db: Kysely<Database>): Promise<{ daily: number; monthly: number }> {
  // In the caller's transaction when there is one (figures/maintenance-changes.ts audits it).
  const run = (work: (trx: Kysely<Database>) => Promise<{ daily: number; monthly: number }>) =>
    db.isTransaction ? work(db) : db.transaction().execute(work);
  return run(async (trx) => {
    await sql`LOCK TABLE response_rollups_daily, response_rollups_monthly IN EXCLUSIVE MODE`.execute(trx);
    await trx.deleteFrom('response_rollups_monthly').execute();
    await trx.deleteFrom('response_rollups_daily').execute();
    const daily = await trx
      .insertInto('response_rollups_daily')
      .columns(['service_id', 'day', 'context', 'channel', 'score', ...COUNTER_COLUMNS])
      .expression((eb) =>
        eb
          .selectFrom('responses')
          .select((s) => [
            'service_id',
            'local_day',
            'context',
            'channel',
            'score',
            s.fn.countAll<number>().as('responses'),
            s.fn.countAll<number>().filterWhere('has_remark', '=', true).as('remarks'),
            ...([1, 2, 3, 4, 5] as const).map((e) => s.fn.countAll<number>().filterWhere('ease', '=', e).as(`ease_${e}`)),
            ...(['yes', 'partly', 'no'] as const).map((c) => s.fn.countAll<number>().filterWhere('completed', '=', c).as(`completed_${c}`)),
          ])
          .groupBy(['service_id', 'local_day', 'context', 'channel', 'score']),
      )
      .executeTakeFirst();
    const monthly = await trx
      .insertInto('response_rollups_monthly')
      .columns(['service_id', 'month', 'context', 'channel', 'score', ...COUNTER_COLUMNS])
      .expression((eb) =>
        eb
          .selectFrom('response_rollups_daily')
          .select((s) => [
            'service_id',
            sql<string>`date_trunc('month', day)::date`.as('month'),
            'context',
            'channel',
            'score',
            ...COUNTER_COLUMNS.map((c) => s.fn.sum<number>(c).as(c)),
          ])
          .groupBy(['service_id', sql`date_trunc('month', day)`, 'context', 'channel', 'score']),
      )
      .executeTakeFirst();
    return { daily: Number(daily.numInsertedOrUpdatedRows ?? 0), monthly: Number(monthly.numInsertedOrUpdatedRows ?? 0) };
  });
}

/** Counters per service, local month, context, channel and score for a period. */
export interface FigureRow extends RollupCounters {
  service_id: string;
  /** First day of the local month. */
  month: string;
  context: string;
  channel: string;
  score: number;
}

/**
 * Where figures come from, as a query (to be summed further by the figure query): the
 * roll-ups (the API), or a raw scan (the benchmark's baseline). Rows may repeat a key;
 * their counters add up. Never called with an empty list of services.
 */
export type FigureSource = (
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
  timezone: string,
) => SelectQueryBuilder<Database, any, FigureRow>;

/** The rows of a FigureSource, one per key (tests compare sources with it). */
export type FigureRowsLoader = (
  db: Kysely<Database>,
  serviceIds: readonly string[],
  period: DayPeriod,
  timezone: string,
) => Promise<FigureRow[]>;

/**
 * The counters of a period from the roll-ups: whole months from the monthly table, the
 * loose days at either end from the daily table. Never reads raw responses.
 */
export const rollupFigureSource: FigureSource = (db, serviceIds, period) => {
  const fullFrom = period.from === monthStart(period.from) ? period.from : nextMonthStart(period.from);
  // Exclusive end of the whole months: after `to` when it is the last day of its month.
  const fullTo = addDays(period.to, 1) === nextMonthStart(period.to) ? nextMonthStart(period.to) : monthStart(period.to);
  const hasFullMonths = fullFrom < fullTo;
  // The loose days outside the whole months (none for a calendar year).
  const looseDays: [string, string][] = hasFullMonths
    ? ([
        [period.from, addDays(fullFrom, -1)],
        [fullTo, period.to],
      ].filter(([a, b]) => a! <= b!) as [string, string][])
    : [[period.from, period.to]];

  const daily = db
    .selectFrom('response_rollups_daily')
    .select(['service_id', sql<string>`date_trunc('month', day)::date`.as('month'), 'context', 'channel', 'score', ...COUNTER_COLUMNS])
    .where('service_id', 'in', serviceIds)
    .where((eb) => eb.or(looseDays.map(([a, b]) => eb.and([eb('day', '>=', a), eb('day', '<=', b)]))));
  const monthly = db
    .selectFrom('response_rollups_monthly')
    .select(['service_id', 'month', 'context', 'channel', 'score', ...COUNTER_COLUMNS])
    .where('service_id', 'in', serviceIds)
    .where('month', '>=', fullFrom)
    .where('month', '<', fullTo);
  // A query that reads roll-ups is planned without parallel workers (migration 0004):
  // starting them costs more than reading a few hundred rows by key.
  if (!hasFullMonths) return daily.where(sql<boolean>`serial_plan()`);
  // Whole months only (a calendar year): the monthly rows are the answer as they are.
  return (looseDays.length === 0 ? monthly : monthly.unionAll(daily)).where(sql<boolean>`serial_plan()`);
};

/** The roll-up counters of a period, one row per service, month, context, channel and score. */
export const rollupFigureRows: FigureRowsLoader = async (db, serviceIds, period, timezone) => {
  if (serviceIds.length === 0) return [];
  return db
    .selectFrom(rollupFigureSource(db, serviceIds, period, timezone).as('r'))
    .select((s) => ['service_id', 'month', 'context', 'channel', 'score', ...COUNTER_COLUMNS.map((c) => s.fn.sum<number>(c).as(c))])
    .groupBy(['service_id', 'month', 'context', 'channel', 'score'])
    .execute() as Promise<FigureRow[]>;
};
