import type { Language } from '@feedbackinstrument/shared/constants';
import { numberFormat } from '@feedbackinstrument/shared';
import type { OpenService } from './open-figures.js';
import type { OpenMessages } from './open-messages.js';

// Numbers, dates, names and sorting of the /open pages in the page's language.

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Numbers, shares and dates in the page's language (formatters made once and reused). */
export class Format {
  constructor(readonly t: OpenMessages) {}
  number(value: number, decimals = 0): string {
    return numberFormat(this.t.locale, decimals).format(value);
  }
  percent(value: number | null): string {
    return value === null ? '–' : `${this.number(value, 1)}\u00a0%`;
  }
  points(value: number): string {
    const text = this.number(Math.abs(value), 1);
    return this.t.changeValue(value > 0 ? `+${text}` : value < 0 ? `−${text}` : text);
  }
  day(day: string): string {
    return dateFormat(this.t.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
  }
  month(month: string, style: 'short' | 'long'): string {
    return dateFormat(this.t.locale, style === 'long' ? { month: 'long', year: 'numeric' } : { month: 'short' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  }
}

// One collator per language: localeCompare(…, locale) would make a new one for every comparison.
const collators = new Map<Language, Intl.Collator>();
export function collator(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
}

export const nameIn = (service: OpenService, lang: Language) => service.name[lang] ?? service.name.nl;
