import type { ServiceName } from '@feedbackinstrument/shared';
import type { Messages } from '../i18n/index.js';

/** Number formatting in the interface language (nl-BE: 1.234,5; en-GB: 1,234.5). */
export class Formatter {
  private readonly cache = new Map<number, Intl.NumberFormat>();

  constructor(private readonly m: Messages) {}

  number(value: number, decimals = 0): string {
    let format = this.cache.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(this.m.locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      this.cache.set(decimals, format);
    }
    return format.format(value);
  }

  /** "72,4 %" (a percentage the API already computed). */
  percent(value: number | null, decimals = 1): string {
    return value === null ? '–' : `${this.number(value, decimals)} %`;
  }

  /** "3,84" */
  mean(value: number | null): string {
    return value === null ? '–' : this.number(value, 2);
  }

  /** A local day (YYYY-MM-DD) as "12 maart 2026". */
  day(day: string): string {
    const [y, mo, d] = day.split('-').map(Number) as [number, number, number];
    return `${d} ${this.m.monthsLong[mo - 1]} ${y}`;
  }

  /** An instant as date and time in the time zone the figures are counted in. */
  dateTime(iso: string, timeZone: string): string {
    return new Intl.DateTimeFormat(this.m.locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
  }

  /** "YYYY-MM" as "maart". */
  monthLong(month: string): string {
    return this.m.monthsLong[Number(month.slice(5, 7)) - 1] ?? month;
  }

  monthShort(month: string): string {
    return this.m.monthsShort[Number(month.slice(5, 7)) - 1] ?? month;
  }
}

/** A service's name in the interface language, else in Dutch (always present). */
export const serviceName = (name: ServiceName, lang: 'nl' | 'en'): string => (lang === 'en' ? (name.en ?? name.nl) : name.nl);

/** Change of the satisfied share against last year, in percentage points; null when either is missing. */
export function satisfiedChange(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : Math.round((current - previous) * 10) / 10;
}
