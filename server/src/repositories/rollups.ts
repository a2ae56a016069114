import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, RollupCounters } from '../db/database.js';
import { addDays, monthStart, nextMonthStart, type DayPeriod } from '../figures/period.js';

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

export interface RollupKey {
  serviceId: string;
  /** The local day of the response. */
  day: string;
  context: string;
  channel: string;
  score: number;
}

export type RollupDelta = Partial<RollupCounters>;

/** What one response (or what a follow-up newly attaches to it) adds to its roll-up row. */
export function rollupDelta(parts: { response: boolean; remark: boolean; ease: number | null; completed: 'yes' | 'partly' | 'no' | null }): RollupDelta {
  const delta: RollupDelta = {};
  if (parts.response) delta.responses = 1;
  if (parts.remark) delta.remarks = 1;
  if (parts.ease !== null) delta[`ease_${parts.ease}` as keyof RollupCounters] = 1;
  if (parts.completed !== null) delta[`completed_${parts.completed}`] = 1;
  return delta;
}

/**
 * Adds a delta to the daily and monthly roll-up rows of one key. Call it inside the
 * transaction that stores what is counted, so the counts commit (or roll back) with it.
 * Always daily first, then monthly: one lock order, no deadlocks between writers.
 */
export async function addToRollups(trx: Transaction<Database>, key: RollupKey, delta: RollupDelta): Promise<void> {
  const columns = COUNTER_COLUMNS.filter((c) => (delta[c] ?? 0) !== 0);
  if (columns.length === 0) return;
  const counters = Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, delta[c] ?? 0])) as unknown as RollupCounters;
  const base = { service_id: key.serviceId, context: key.context, channel: key.channel, score: key.score, ...counters };
  const increments = (table: string) =>
    Object.fromEntries(columns.map((c) => [c, sql<number>`${sql.ref(`${table}.${c}`)} + ${sql.ref(`excluded.${c}`)}`]));

  await trx
    .insertInto('response_rollups_daily')
    .values({ ...base, day: key.day })
    .onConflict((oc) => oc.columns(['service_id', 'day', 'context', 'channel', 'score']).doUpdateSet(increments('response_rollups_daily')))
    .execute();
  await trx
    .insertInto('response_rollups_monthly')
    .values({ ...base, month: monthStart(key.day) })
    .onConflict((oc) => oc.columns(['service_id', 'month', 'context', 'channel', 'score']).doUpdateSet(increments('response_rollups_monthly')))
    .execute();
}

/**
 * Recomputes every roll-up from the raw responses, in one transaction. The roll-up tables
 * are locked against writers first (readers go on seeing the old counts): a response
 * committed before the lock is counted by the rebuild, one still open waits and adds its
 * own increment after the rebuild commits. So a rebuild never loses or doubles a count.
 */
export async function rebuildRollups(db: Kysely<Database>): Promise<{ daily: number; monthly: number }> {
  return db.transaction().execute(async (trx) => {
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

/** Where figures come from: the roll-ups (the API), or a raw scan (the benchmark's baseline). */
export type FigureRowsLoader = (db: Kysely<Database>, serviceIds: readonly string[], period: DayPeriod, timezone: string) => Promise<FigureRow[]>;

/**
 * The counters of a period from the roll-ups: whole months from the monthly table, the
 * loose days at either end from the daily table. Never reads raw responses.
 */
export const rollupFigureRows: FigureRowsLoader = async (db, serviceIds, period) => {
  if (serviceIds.length === 0) return [];
  const fullFrom = period.from === monthStart(period.from) ? period.from : nextMonthStart(period.from);
  // Exclusive end of the whole months: after `to` when it is the last day of its month.
  const fullTo = addDays(period.to, 1) === nextMonthStart(period.to) ? nextMonthStart(period.to) : monthStart(period.to);
  const hasFullMonths = fullFrom < fullTo;
  // The loose days outside the whole months (none for a calendar year).
  const looseDays: [string, string][] = hasFullMonths
    ? [
        [period.from, addDays(fullFrom, -1)],
        [fullTo, period.to],
      ].filter(([a, b]) => a! <= b!) as [string, string][]
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
  // Whole months only (a calendar year): the monthly rows are the answer as they are.
  if (hasFullMonths && looseDays.length === 0) return monthly.execute() as Promise<FigureRow[]>;
  const source = hasFullMonths ? monthly.unionAll(daily) : daily;
  return db
    .selectFrom(source.as('r'))
    .select((s) => ['service_id', 'month', 'context', 'channel', 'score', ...COUNTER_COLUMNS.map((c) => s.fn.sum<number>(c).as(c))])
    .groupBy(['service_id', 'month', 'context', 'channel', 'score'])
    .execute() as Promise<FigureRow[]>;
};
