// Periods are whole local days ('YYYY-MM-DD', both ends included) in the configured time
// zone. Day arithmetic is done on UTC dates, where every day has 24 hours.

export interface DayPeriod {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const toUtc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromUtc = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

export const yearPeriod = (year: number): DayPeriod => ({ from: `${year}-01-01`, to: `${year}-12-31` });

// Making a DateTimeFormat costs far more than using one, and localDay runs on the
// collection path (the installation check): one formatter per time zone, kept.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The local calendar day of an instant. */
export function localDay(instant: Date, timezone: string): string {
  let format = dayFormats.get(timezone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timezone, format);
  }
  return format.format(instant);
}

export function currentYear(timezone: string, now = new Date()): number {
  return Number(localDay(now, timezone).slice(0, 4));
}

/** `year`, or `from`/`to`, or else the current year. */
export function resolvePeriod(
  query: { year?: number | undefined; from?: string | undefined; to?: string | undefined },
  timezone: string,
): DayPeriod {
  if (query.from !== undefined && query.to !== undefined) return { from: query.from, to: query.to };
  return yearPeriod(query.year ?? currentYear(timezone));
}

/** The same day `years` earlier or later; 29 February becomes 28 February in other years. */
export function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The same days one year earlier. */
export function previousYear(period: DayPeriod): DayPeriod {
  return { from: shiftYears(period.from, -1), to: shiftYears(period.to, -1) };
}

/** Every calendar month ('YYYY-MM') that has at least one day in the period, in order. */
export function monthsOf(period: DayPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.from.split('-').map(Number) as [number, number];
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
}

/** First day of the month of a day. */
export const monthStart = (day: string): string => `${day.slice(0, 7)}-01`;

/** First day of the month after the month of a day. */
export function nextMonthStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}
