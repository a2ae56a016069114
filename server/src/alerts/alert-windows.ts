import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { addDays, localDay, type DayPeriod } from '../kernel/calendar.js';

/** Counts of one service in one window of days, from the daily roll-ups. */
export interface WindowCounts {
  responses: number;
  satisfied: number;
  remarks: number;
}

/**
 * The counts of every service in every named window, in one statement over the daily
 * roll-ups of the days those windows span: its cost grows with services and days, never
 * with the history of responses.
 */
export async function windowCounts<K extends string>(
  db: Kysely<Database>,
  serviceIds: readonly string[],
  windows: Record<K, DayPeriod>,
): Promise<Map<string, Record<K, WindowCounts>>> {
  const result = new Map<string, Record<K, WindowCounts>>();
  const names = Object.keys(windows) as K[];
  if (serviceIds.length === 0 || names.length === 0) return result;
  const from = names.map((n) => windows[n].from).sort()[0]!;
  const to = names
    .map((n) => windows[n].to)
    .sort()
    .at(-1)!;
  const columns = names.flatMap((name, i) => {
    const inWindow = sql`day BETWEEN ${windows[name].from}::date AND ${windows[name].to}::date`;
    return [
      sql<number>`coalesce(sum(responses) FILTER (WHERE ${inWindow}), 0)::int`.as(`r${i}`),
      sql<number>`coalesce(sum(responses) FILTER (WHERE ${inWindow} AND score >= 4), 0)::int`.as(`s${i}`),
      sql<number>`coalesce(sum(remarks) FILTER (WHERE ${inWindow}), 0)::int`.as(`m${i}`),
    ];
  });
  const rows = (await db
    .selectFrom('response_rollups_daily')
    .select('service_id')
    .select(columns)
    .where('service_id', 'in', serviceIds)
    .where('day', '>=', from)
    .where('day', '<=', to)
    .groupBy('service_id')
    .execute()) as Array<Record<string, number | string>>;
  const empty = () => Object.fromEntries(names.map((n) => [n, { responses: 0, satisfied: 0, remarks: 0 }])) as Record<K, WindowCounts>;
  for (const id of serviceIds) result.set(id, empty());
  for (const row of rows) {
    result.set(
      row.service_id as string,
      Object.fromEntries(
        names.map((n, i) => [n, { responses: Number(row[`r${i}`]), satisfied: Number(row[`s${i}`]), remarks: Number(row[`m${i}`]) }]),
      ) as Record<K, WindowCounts>,
    );
  }
  return result;
}

/** Local date and time "YYYY-MM-DD HH:mm" of an instant. */
export function localDateTime(instant: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: timezone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The Monday of the (ISO) week of a day. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The windows of one evaluation at `now`. */
export function evaluationWindows(now: Date, timezone: string) {
  const today = localDay(now, timezone);
  // The latest Monday whose 08:00 (local) has passed: the weekly digest of the week before it is due.
  let digestMonday = mondayOf(today);
  if (localDateTime(now, timezone) < `${digestMonday} 08:00`) digestMonday = addDays(digestMonday, -7);
  return {
    today,
    week: { from: addDays(today, -6), to: today },
    before: { from: addDays(today, -62), to: addDays(today, -7) },
    digestMonday,
    digestWeek: { from: addDays(digestMonday, -7), to: addDays(digestMonday, -1) },
    digestWeekBefore: { from: addDays(digestMonday, -14), to: addDays(digestMonday, -8) },
  };
}
