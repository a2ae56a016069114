import { z } from 'zod';

// Dates a request may name: from 2000-01-01 up to one year after today. Outside that they
// are typing errors (0001-01-01, 9999-12-31) that no period of feedback can hold, and far
// dates would only make the figures' day arithmetic fail. "Today" is taken in UTC when the
// request is checked: one year of margin makes the time zone irrelevant.

export const FIRST_INPUT_DAY = '2000-01-01';
export const FIRST_INPUT_YEAR = 2000;

/** The last day a request may name: today (UTC) one year later. */
export function lastInputDay(now = new Date()): string {
  const next = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  return next.toISOString().slice(0, 10);
}

/** The last year a request may name: next year. */
export const lastInputYear = (now = new Date()): number => now.getUTCFullYear() + 1;

/** A calendar day (YYYY-MM-DD) within 2000-01-01 … today + 1 year. */
export const InputDay = z.iso.date().superRefine((day, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return; // the format's own issue says it
  const last = lastInputDay();
  if (day < FIRST_INPUT_DAY || day > last) ctx.addIssue({ code: 'custom', message: `a day from ${FIRST_INPUT_DAY} to ${last}` });
});

/** A calendar year within 2000 … next year; a query's "2026" is taken as the number. */
export const InputYear = z.coerce
  .number()
  .int()
  .min(FIRST_INPUT_YEAR)
  .superRefine((year, ctx) => {
    const last = lastInputYear();
    if (year > last) ctx.addIssue({ code: 'custom', message: `a year from ${FIRST_INPUT_YEAR} to ${last}` });
  });
