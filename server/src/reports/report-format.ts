import { MONTH_LABELS_NL, type SatisfactionFigures } from '@feedbackinstrument/shared';

// Numbers, shares and dates as the Dutch report writes them ('–' where there is no value).

export const nl = (value: number, decimals = 0) =>
  new Intl.NumberFormat('nl-BE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
export const num = (value: number | null, decimals = 0) => (value === null ? '–' : nl(value, decimals));
export const pct = (value: number | null) => (value === null ? '–' : `${nl(value, 1)} %`);
export const interval = (f: SatisfactionFigures) =>
  f.satisfiedInterval ? `${nl(f.satisfiedInterval.low, 1)}–${nl(f.satisfiedInterval.high, 1)} %` : '–';

export function longDate(day: string): string {
  return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

export function monthLabel(month: string): string {
  return MONTH_LABELS_NL[Number(month.slice(5, 7)) - 1]!;
}

export const shortDate = (day: string) =>
  new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
