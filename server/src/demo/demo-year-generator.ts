import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { FeedbackContext, FollowUp, Language } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { recordPastFeedback, type PastSubmission } from '../feedback/record-feedback.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService } from '../services/services.js';
import { pick, seededRandom } from './workload.js';

// A realistic organisation for looking at the dashboard: five services of different size,
// satisfaction that moves during the year (a bug in spring, one in late summer, a helpdesk
// that gets better), follow-up questions, remarks in plain Dutch (and a few in French and
// English) that share recurring problems, and display counts for the response rate, over
// the previous and the current year up to a given day (or any window of days). Recorded
// through the real write path (recordPastFeedback: the statement of POST /v1/feedback, in
// batches), so roll-ups, scrubbing and search work as in production. The tests' dashboard
// and the demo data of a first start (server/src/demo/) are made by it.

export const DASHBOARD_DEMO_ORGANISATION = { id: 'vlaamse-belastingdienst', name: 'Vlaamse Belastingdienst' };

type Weighted<T> = readonly (readonly [T, number])[];

interface RemarkTheme {
  /** Variants of one complaint or compliment: several wordings of the same problem. */
  texts: readonly string[];
  /** How likely this theme is, by month (0–11) of the given year offset (0: this year, -1: last year). */
  weight: (month: number, yearOffset: number) => number;
  /** The score range that writes this remark. */
  scores: readonly number[];
  lang?: Language;
  /** The same problem in French, as a French-speaking user writes it (used with `frenchShare`). */
  fr?: readonly string[];
}

interface ServiceSpec {
  id: string;
  name: { nl: string; en: string };
  channels: Weighted<string>;
  contexts: Weighted<FeedbackContext>;
  followUps: FollowUp[];
  /** Responses in a full year. */
  perYear: number;
  /** Expected score (1–5) by month and year offset. */
  mood: (month: number, yearOffset: number) => number;
  /** Share of responses with a remark. */
  remarkRate: number;
  /** Responses ÷ displays. */
  responseRate: number;
  themes: readonly RemarkTheme[];
}

const always = () => 1;

const SERVICES: readonly ServiceSpec[] = [
  {
    id: 'registratiebelasting-aangifte',
    name: { nl: 'Aangifte registratiebelasting', en: 'Registration tax return' },
    channels: [
      ['mijn-burgerprofiel', 8],
      ['vlaanderen.be', 2],
    ],
    contexts: [
      ['transaction', 9],
      ['continuous', 1],
    ],
    followUps: ['ease', 'completed'],
    perYear: 1500,
    // A QR-code payment bug in August and September of this year.
    mood: (month, year) => (year === 0 && (month === 7 || month === 8) ? 3.4 : year === 0 ? 4.3 : 4.1),
    remarkRate: 0.22,
    responseRate: 0.14,
    themes: [
      {
        texts: [
          'De betaling met de QR-code werkt niet.',
          'Betalen met de QR-code werkt niet op mijn gsm.',
          'De QR-code voor de betaling werkt niet, ik heb dan maar overgeschreven.',
          'Betaling met QR-code werkt niet!',
        ],
        weight: (m, y) => (y === 0 && (m === 7 || m === 8) ? 9 : y === 0 && m === 9 ? 1 : 0),
        scores: [1, 2, 3],
        fr: ['Le paiement par code QR ne fonctionne pas.', 'Le code QR pour payer ne marche pas sur mon gsm.'],
      },
      {
        texts: [
          'Ik vond niet waar ik de akte moest opladen.',
          'Waar moet ik de akte opladen? Dat staat nergens.',
          'De akte opladen lukte pas na drie keer.',
          'Niet duidelijk waar je de akte moet opladen.',
        ],
        weight: always,
        scores: [2, 3],
        fr: ["Je n'ai pas trouvé où télécharger l'acte.", "Pas clair où il faut télécharger l'acte."],
      },
      {
        texts: ['Vlot en duidelijk, bedankt.', 'Snel geregeld, top!', 'Duidelijke uitleg bij elke stap.', 'Heel gebruiksvriendelijk.'],
        weight: () => 2.5,
        scores: [4, 5],
        fr: ['Rapide et clair, merci.', 'Très facile à utiliser.'],
      },
      {
        texts: ['Het verlaagd tarief wordt niet goed uitgelegd.', 'Uitleg over het verlaagd tarief is te ingewikkeld.'],
        weight: always,
        scores: [2, 3, 4],
      },
      { texts: ['Le formulaire n’existe pas en français.'], weight: () => 0.3, scores: [2, 3], lang: 'fr' },
    ],
  },
  {
    id: 'onroerende-voorheffing-vragen',
    name: { nl: 'Vragen over de onroerende voorheffing', en: 'Questions about property tax' },
    channels: [
      ['vlaanderen.be', 7],
      ['mijn-burgerprofiel', 3],
    ],
    contexts: [
      ['support', 8],
      ['continuous', 2],
    ],
    followUps: ['completed'],
    perYear: 700,
    // The helpdesk gets steadily better through this year.
    mood: (month, year) => (year === 0 ? 3.3 + month * 0.08 : 3.3),
    remarkRate: 0.3,
    responseRate: 0.09,
    themes: [
      {
        texts: [
          'Ik moest lang wachten op een antwoord.',
          'Lang wachten aan de telefoon.',
          'Veel te lang wachten op antwoord op mijn mail.',
          'Wachttijd aan de telefoon is te lang.',
        ],
        weight: (m, y) => (y === 0 ? Math.max(0.5, 5 - m * 0.4) : 5),
        scores: [1, 2, 3],
        fr: ["J'ai dû attendre longtemps une réponse.", 'Trop longtemps attendre au téléphone.'],
      },
      {
        texts: [
          'Het aanslagbiljet is moeilijk te begrijpen.',
          'Het aanslagbiljet is niet duidelijk over de vermindering.',
          'Ik begrijp mijn aanslagbiljet niet.',
        ],
        weight: () => 3,
        scores: [2, 3],
      },
      {
        texts: ['Vriendelijke medewerker, goed geholpen.', 'Antwoord binnen de dag, prima.', 'Goed en snel geholpen, dank u.'],
        weight: (m, y) => (y === 0 ? 1 + m * 0.3 : 1),
        scores: [4, 5],
      },
      { texts: ['Could not find an English explanation of the tax bill.'], weight: () => 0.3, scores: [2, 3], lang: 'en' },
    ],
  },
  {
    id: 'erfbelasting-aangifte',
    name: { nl: 'Aangifte erfbelasting', en: 'Inheritance tax return' },
    channels: [['mijn-burgerprofiel', 1]],
    contexts: [['transaction', 1]],
    followUps: ['ease'],
    perYear: 550,
    // A broken confirm button from March to May of this year, fixed in June.
    mood: (month, year) => (year === 0 ? (month >= 2 && month <= 4 ? 2.6 : month >= 5 ? 3.95 : 3.5) : 3.5),
    remarkRate: 0.4,
    responseRate: 0.2,
    themes: [
      {
        texts: [
          'De knop om te bevestigen doet niets.',
          'Na het invullen doet de knop om te bevestigen niets.',
          'Knop om te bevestigen doet niets, alles opnieuw moeten invullen.',
        ],
        weight: (m, y) => (y === 0 && m >= 2 && m <= 4 ? 25 : 0),
        scores: [1, 2],
        fr: ['Le bouton pour confirmer ne fait rien.', 'Après avoir tout rempli, le bouton de confirmation ne fait rien.'],
      },
      {
        texts: ['Aanmelden met itsme lukt niet.', 'Aanmelden met itsme werkt niet altijd.', 'Het aanmelden met itsme mislukte twee keer.'],
        weight: () => 2,
        scores: [1, 2, 3],
        fr: ['La connexion avec itsme ne fonctionne pas.', 'Impossible de me connecter avec itsme.'],
      },
      {
        texts: ['Te veel documenten nodig.', 'Moeilijk om alle erfgenamen in te vullen.', 'Het invullen van de erfgenamen is ingewikkeld.'],
        weight: () => 3,
        scores: [2, 3],
      },
      { texts: ['Duidelijke uitleg, dank u.', 'Beter dan vroeger op papier.'], weight: () => 1.5, scores: [4, 5] },
    ],
  },
  {
    id: 'verkeersbelasting-betalen',
    name: { nl: 'Verkeersbelasting betalen', en: 'Paying road tax' },
    channels: [
      ['mijn-burgerprofiel', 6],
      ['vlaanderen.be', 4],
    ],
    contexts: [['transaction', 1]],
    followUps: [],
    perYear: 1100,
    mood: (_month, year) => (year === 0 ? 4.45 : 4.35),
    remarkRate: 0.1,
    responseRate: 0.12,
    themes: [
      { texts: ['Snel betaald.', 'Heel eenvoudig, prima.', 'Snel en makkelijk.'], weight: () => 3, scores: [4, 5] },
      {
        texts: ['Ik kreeg geen bevestiging van mijn betaling.', 'Geen bevestiging van de betaling ontvangen.'],
        weight: always,
        scores: [2, 3],
        fr: ["Je n'ai pas reçu de confirmation de mon paiement."],
      },
      { texts: ['Een domiciliëring aanvragen is niet duidelijk.'], weight: () => 0.7, scores: [3] },
    ],
  },
  {
    id: 'vrijstelling-voorheffing-aanvragen',
    name: { nl: 'Vrijstelling onroerende voorheffing aanvragen', en: 'Applying for a property tax exemption' },
    channels: [['vlaanderen.be', 1]],
    contexts: [['transaction', 1]],
    followUps: ['ease'],
    perYear: 45,
    mood: () => 3.8,
    remarkRate: 0.25,
    responseRate: 0.15,
    themes: [
      { texts: ['Welke bewijsstukken moet ik opladen?', 'Niet duidelijk welke bewijsstukken nodig zijn.'], weight: always, scores: [2, 3] },
      { texts: ['Goed geregeld.'], weight: always, scores: [4, 5] },
    ],
  },
];

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
