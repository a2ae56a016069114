import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Language } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { recordPastFeedback, type PastSubmission } from '../feedback/record-feedback.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService } from '../services/services.js';
import { type RemarkTheme, SERVICES, type Weighted } from './demo-services.js';
import { pick, seededRandom } from './workload.js';

// A realistic organisation for looking at the dashboard: five services of different size,
// satisfaction that moves during the year (a bug in spring, one in late summer, a helpdesk
// that gets better), follow-up questions, remarks in plain Dutch (and a few in French and
// English) that share recurring problems, and display counts for the response rate, over
// the previous and the current year up to a given day (or any window of days). Recorded
// through the real write path (recordPastFeedback: the statement of POST /v1/feedback, in
// batches), so roll-ups, scrubbing and search work as in production. The tests' dashboard
// and the demo data of a first start (server/src/demo/) are made by it; the services and
// their story are in demo-services.ts.

export const DASHBOARD_DEMO_ORGANISATION = { id: 'vlaamse-belastingdienst', name: 'Vlaamse Belastingdienst' };

const weighted = <T>(random: () => number, items: Weighted<T>): T => {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items.at(-1)![0];
};

/** A score 1–5 around the expected mood: a discretised bell, a little skewed like real ratings. */
function scoreAround(random: () => number, mood: number): number {
  const weights = [1, 2, 3, 4, 5].map((s) => [s, Math.exp(-((s - mood) ** 2) / (2 * 1.05 ** 2))] as const);
  return weighted(random, weights);
}

/** Busier on weekdays, quieter in the summer holidays and around New Year. */
function dayWeight(day: Date): number {
  const weekday = day.getUTCDay();
  const month = day.getUTCMonth();
  const season = month === 6 || month === 7 ? 0.7 : month === 11 ? 0.8 : 1;
  return (weekday === 0 || weekday === 6 ? 0.35 : 1.15) * season;
}

export interface DashboardDemoOptions {
  /** The current year: data for it (up to `until`) and for the whole year before. */
  year: number;
  /** The last day with data (YYYY-MM-DD); default the end of `year`. */
  until?: string;
  /** The first day with data (YYYY-MM-DD); default the first of January of the year before `year`. */
  from?: string;
  /**
   * Where a day is in the story (the moods and themes of the services are written by month
   * 0–11 and year offset: 0 this year, -1 the year before). Default: its calendar month and
   * year − `year`. `rolling`: the story's year starts at `from` (its month 0 is the month of
   * `from`), so the same dip and recovery show in any window of twelve months.
   */
  story?: 'calendar' | 'rolling';
  /** Scales every service's volume (1: about 3,900 responses a year). */
  scale?: number;
  seed?: number;
  /** The organisation to create; default DASHBOARD_DEMO_ORGANISATION. */
  organisation?: { id: string; name: string };
  /** Put before every service id (e.g. `demo-`). */
  servicePrefix?: string;
  /** The share of remarks written in French, where a theme has French wordings (default 0). */
  frenchShare?: number;
  /** The time zone that decides each response's local day (default Europe/Brussels). */
  timezone?: string;
}

/** Responses recorded per statement: a few statements for a year of feedback. */
const RECORD_BATCH = 1000;

/** Creates the organisation and its services and records a realistic two years (or the window asked) of feedback. */
export async function seedDashboardDemo(db: Kysely<Database>, options: DashboardDemoOptions): Promise<{ responses: number }> {
  const { year } = options;
  const scale = options.scale ?? 1;
  const random = seededRandom(options.seed ?? 2026);
  const until = Date.parse(`${options.until ?? `${year}-12-31`}T21:00:00Z`);
  const from = options.from ? Date.parse(`${options.from}T00:00:00Z`) : Date.UTC(year - 1, 0, 1);
  const fromDate = new Date(from);
  const storyOf = (date: Date) =>
    options.story === 'rolling'
      ? { month: (date.getUTCFullYear() - fromDate.getUTCFullYear()) * 12 + date.getUTCMonth() - fromDate.getUTCMonth(), yearOffset: 0 }
      : { month: date.getUTCMonth(), yearOffset: date.getUTCFullYear() - year };
  const frenchShare = options.frenchShare ?? 0;
  const organisation = options.organisation ?? DASHBOARD_DEMO_ORGANISATION;
  await insertOrganisation(db, { ...organisation, level: 'vlaams', policyDomain: 'Financiën en Begroting' });
  let responses = 0;
  const pending: PastSubmission[] = [];
  const flush = async () => {
    await recordPastFeedback(db, pending.splice(0), options.timezone ?? 'Europe/Brussels');
  };
  for (const spec of SERVICES) {
    const serviceId = (options.servicePrefix ?? '') + spec.id;
    await insertService(db, {
      id: serviceId,
      organisationId: organisation.id,
      name: spec.name,
      audience: 'burgers',
      channel: spec.channels[0]![0],
      followUps: spec.followUps,
      allowedOrigins: ['https://www.vlaanderen.be'],
    });
    const displays = new Map<string, number>();
    const days = Math.floor((until - from) / 86_400_000) + 1;
    const perDay = (spec.perYear * scale) / 365 / 0.92;
    for (let d = 0; d < days; d += 1) {
      const dayStart = from + d * 86_400_000;
      const date = new Date(dayStart);
      const expected = perDay * dayWeight(date);
      // Poisson-ish: the integer part plus one more with the fractional chance.
      const count =
        Math.floor(expected) + (random() < expected - Math.floor(expected) ? 1 : 0) + (random() < 0.15 ? 1 : 0) - (random() < 0.15 ? 1 : 0);
      for (let i = 0; i < Math.max(0, count); i += 1) {
        // Office hours mostly, Brussels time (UTC+1/+2).
        const at = new Date(dayStart + (6 + random() * 14) * 3_600_000);
        if (at.getTime() > until) continue;
        const { month, yearOffset } = storyOf(date);
        const score = scoreAround(random, spec.mood(month, yearOffset));
        const remark = random() < spec.remarkRate ? pickRemark(random, spec.themes, score, month, yearOffset, frenchShare) : null;
        pending.push({
          at,
          submission: {
            serviceId,
            submissionId: randomUUID(),
            score,
            context: weighted(random, spec.contexts),
            channel: weighted(random, spec.channels),
            lang: remark ? (remark.lang ?? 'nl') : random() < 0.03 ? 'fr' : 'nl',
            ...(remark && { remark: remark.text }),
            ...(spec.followUps.includes('ease') &&
              random() < 0.7 && { ease: Math.max(1, Math.min(5, score + Math.round(random() * 2 - 1.2))) }),
            ...(spec.followUps.includes('completed') &&
              random() < 0.7 && {
                completed:
                  score >= 4
                    ? random() < 0.9
                      ? 'yes'
                      : 'partly'
                    : score === 3
                      ? pick(random, ['yes', 'partly', 'partly'] as const)
                      : pick(random, ['partly', 'no', 'no'] as const),
              }),
          },
        });
        if (pending.length >= RECORD_BATCH) await flush();
        responses += 1;
        const day = new Date(at.getTime() + 3_600_000).toISOString().slice(0, 10);
        displays.set(day, (displays.get(day) ?? 0) + 1);
      }
    }
    await flush();
    // The widget was shown about 1 ÷ responseRate times per response.
    const rows = [...displays].map(([day, n]) => ({
      service_id: serviceId,
      day,
      count: Math.round((n / spec.responseRate) * (0.85 + random() * 0.3)),
    }));
    for (let i = 0; i < rows.length; i += 500) {
      await db
        .insertInto('display_counts')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['service_id', 'day']).doUpdateSet({ count: sql<number>`display_counts.count + excluded.count` }))
        .execute();
    }
  }
  return { responses };
}

function pickRemark(
  random: () => number,
  themes: readonly RemarkTheme[],
  score: number,
  month: number,
  yearOffset: number,
  frenchShare: number,
): { text: string; lang?: Language } | null {
  const fitting = themes
    .filter((t) => t.scores.includes(score))
    .map((t) => [t, t.weight(month, yearOffset)] as const)
    .filter(([, w]) => w > 0);
  if (fitting.length === 0) return null;
  const theme = weighted(random, fitting);
  // No draw at all without a French share: the same seed gives the same data as before.
  if (frenchShare > 0 && theme.fr && random() < frenchShare) return { text: pick(random, theme.fr), lang: 'fr' };
  return { text: pick(random, theme.texts), ...(theme.lang && { lang: theme.lang }) };
}

export const DASHBOARD_DEMO_SERVICES = SERVICES.map((s) => ({ id: s.id, name: s.name }));
