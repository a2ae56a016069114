import { z } from 'zod';
import { LANGUAGES, LEVELS, type Language, type Level } from '@feedbackinstrument/shared/constants';
import { Slug } from '@feedbackinstrument/shared';

// The query of the /open pages: a plain GET form, so every value arrives as a string. Bad
// values answer a 400 page in the page's language, not the JSON error envelope.

export const OPEN_SORTS = ['name', 'responses', 'satisfied', 'change'] as const;
export type OpenSort = (typeof OPEN_SORTS)[number];

export const FIRST_OPEN_YEAR = 2000;

/** An empty select or text field means "no filter". */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const OpenQuerySchema = z.object({
  year: optional(z.coerce.number().int().min(FIRST_OPEN_YEAR)),
  lang: optional(z.enum(LANGUAGES)),
  level: optional(z.enum(LEVELS)),
  domain: optional(z.string().trim().max(200)),
  organisation: optional(Slug),
  q: optional(z.string().trim().max(100)),
  sort: optional(z.enum(OPEN_SORTS)),
  page: optional(z.coerce.number().int().min(1).max(10_000)),
});

/** Services per page: a page stays small enough for a phone (each service has its chart and table). */
export const OPEN_PAGE_SIZE = 20;

export interface OpenQuery {
  year: number;
  lang: Language;
  level: Level | null;
  domain: string | null;
  organisation: string | null;
  q: string | null;
  sort: OpenSort;
  /** 1-based page of the list. */
  page: number;
}

/** The language of a page even when the rest of its query is wrong. */
export function languageOf(query: unknown): Language {
  const lang = (query as { lang?: unknown } | null)?.lang;
  return LANGUAGES.includes(lang as Language) ? (lang as Language) : 'nl';
}

/** The query, or null when a value is out of range (a year after this one counts as such). */
export function parseOpenQuery(raw: unknown, thisYear: number): OpenQuery | null {
  // Repeated parameters (?year=1&year=2) are not a choice the form makes.
  const parsed = OpenQuerySchema.safeParse(raw);
  if (!parsed.success) return null;
  const v = parsed.data;
  const year = v.year ?? thisYear;
  if (year > thisYear) return null;
  return {
    year,
    lang: v.lang ?? 'nl',
    level: v.level ?? null,
    domain: v.domain || null,
    organisation: v.organisation ?? null,
    q: v.q || null,
    sort: v.sort ?? 'name',
    page: v.page ?? 1,
  };
}

/** A stable key of everything that changes the page. */
export const queryKey = (q: OpenQuery) => JSON.stringify([q.year, q.lang, q.level, q.domain, q.organisation, q.q, q.sort, q.page]);

/** The URL of the overview with this query; only what differs from the defaults is written. */
export function overviewHref(q: OpenQuery, thisYear: number, overrides: Partial<OpenQuery> = {}): string {
  const all = { ...q, ...overrides };
  const params = new URLSearchParams();
  if (all.lang !== 'nl') params.set('lang', all.lang);
  if (all.year !== thisYear) params.set('year', String(all.year));
  if (all.level) params.set('level', all.level);
  if (all.domain) params.set('domain', all.domain);
  if (all.organisation) params.set('organisation', all.organisation);
  if (all.q) params.set('q', all.q);
  if (all.sort !== 'name') params.set('sort', all.sort);
  if (all.page !== 1) params.set('page', String(all.page));
  const text = params.toString();
  return text ? `/open?${text}` : '/open';
}

/** The URL of a service's page. */
export function serviceHref(serviceId: string, lang: Language, year: number, thisYear: number): string {
  const params = new URLSearchParams();
  if (lang !== 'nl') params.set('lang', lang);
  if (year !== thisYear) params.set('year', String(year));
  const text = params.toString();
  return `/open/services/${encodeURIComponent(serviceId)}${text ? `?${text}` : ''}`;
}
