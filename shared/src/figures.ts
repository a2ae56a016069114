// The analyst figures: what every number means is said in its description (and, in plain
// Dutch, in figure-definitions.ts for printed reports).
import { z } from 'zod';
import { COMPLETED_VALUES, CONTEXTS } from './constants.js';
import { ServiceName } from './services.js';
import { InputDay, InputYear } from './input-dates.js';
import { Slug } from './slug.js';

/** A local calendar day, YYYY-MM-DD, in the configured time zone (Europe/Brussels by default). */
export const LocalDay = z.iso.date().meta({ description: 'A calendar day (YYYY-MM-DD), counted in Brussels time.' });

export const Year = InputYear.meta({
  description: 'A calendar year; days are counted in Brussels time (2026-12-31T23:30Z belongs to 2027).',
});

/** The longest period one request may ask for. */
export const MAX_PERIOD_DAYS = 5 * 366;

const periodFields = {
  year: Year.optional(),
  from: InputDay.optional().meta({ description: 'First day of the period (inclusive); needs `to`. Instead of `year`.' }),
  to: InputDay.optional().meta({ description: 'Last day of the period (inclusive); needs `from`. Instead of `year`.' }),
};

type PeriodFields = { year?: number | undefined; from?: string | undefined; to?: string | undefined };

/** Either `year`, or `from` and `to`; neither: the current year. */
export function checkPeriod(query: PeriodFields, ctx: z.RefinementCtx): void {
  if (query.year !== undefined && (query.from !== undefined || query.to !== undefined)) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'give either year, or from and to, not both' });
  }
  if ((query.from === undefined) !== (query.to === undefined)) {
    ctx.addIssue({ code: 'custom', path: [query.from === undefined ? 'from' : 'to'], message: 'from and to go together' });
  }
  if (query.from !== undefined && query.to !== undefined) {
    const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
    if (days < 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'to must not be before from' });
    else if (days >= MAX_PERIOD_DAYS)
      ctx.addIssue({ code: 'custom', path: ['to'], message: `a period spans at most ${MAX_PERIOD_DAYS} days` });
  }
}

export const PeriodQuery = z.object(periodFields).strict().superRefine(checkPeriod);
export type PeriodQuery = z.infer<typeof PeriodQuery>;
export { periodFields };

export const Period = z
  .object({
    from: LocalDay,
    to: LocalDay,
    timezone: z.string().meta({ description: 'The time zone in which days are counted.' }),
  })
  .meta({ id: 'Period', description: 'A period of whole local days, both ends included.' });
export type Period = z.infer<typeof Period>;

const Count = z.number().int().min(0);
const Percentage = z.number().min(0).max(100);

export const ScoreCounts = z
  .object({ '1': Count, '2': Count, '3': Count, '4': Count, '5': Count })
  .meta({ id: 'ScoreCounts', description: 'How many responses gave each score, from 1 (very dissatisfied) to 5 (very satisfied).' });
export type ScoreCounts = z.infer<typeof ScoreCounts>;

/** The satisfaction figures of a set of responses. */
export const SatisfactionFigures = z
  .object({
    responses: Count.meta({ description: 'Number of responses: users who pressed a score.' }),
    distribution: ScoreCounts,
    mean: z.number().nullable().meta({ description: 'Average score (1–5), rounded to 2 decimals; null without responses.' }),
    satisfied: Percentage.nullable().meta({
      description: 'Share of responses with score 4 or 5, in percent, rounded to 1 decimal; null without responses.',
    }),
    satisfiedInterval: z
      .object({ low: Percentage, high: Percentage })
      .nullable()
      .meta({
        description:
          'The 95 % confidence interval of `satisfied` (Wilson score interval), in percent with 1 decimal: with 95 % ' +
          'certainty the share among all users lies in between. Wide when there are few responses. Null without responses.',
      }),
    dissatisfied: Percentage.nullable().meta({
      description: 'Share of responses with score 1 or 2, in percent, rounded to 1 decimal; null without responses.',
    }),
    remarks: Count.meta({
      description: 'Number of responses that carried a remark (still counted after the text itself was erased).',
    }),
  })
  .meta({ id: 'SatisfactionFigures' });
export type SatisfactionFigures = z.infer<typeof SatisfactionFigures>;

const reach = {
  displays: Count.meta({ description: 'How often the widget was shown for the service in the period.' }),
  responseRate: z
    .number()
    .min(0)
    .nullable()
    .meta({
      description:
        'responses ÷ displays, in percent with 1 decimal; null when no display was counted. Responses sent without the ' +
        'widget (the no-JavaScript form, API clients) are not displays, so it can exceed 100 in rare cases.',
    }),
};

export const EaseFigures = z
  .object({
    answered: Count.meta({ description: 'Responses that answered the "was it easy?" question.' }),
    mean: z.number().nullable().meta({ description: 'Average ease (1 very hard – 5 very easy), 2 decimals; null when none answered.' }),
    distribution: ScoreCounts,
  })
  .nullable()
  .meta({
    id: 'EaseFigures',
    description:
      'The follow-up "Was it easy; did you understand what was expected of you?" (1–5). Null when the service has the ' +
      'question off and nobody answered it in the period.',
  });

const CompletedCounts = z.object(
  Object.fromEntries(COMPLETED_VALUES.map((v) => [v, Count])) as Record<(typeof COMPLETED_VALUES)[number], typeof Count>,
);
const CompletedShares = z.object(
  Object.fromEntries(COMPLETED_VALUES.map((v) => [v, Percentage.nullable()])) as Record<
    (typeof COMPLETED_VALUES)[number],
    z.ZodNullable<typeof Percentage>
  >,
);

export const CompletedFigures = z
  .object({
    answered: Count.meta({ description: 'Responses that answered "Did you get done what you came for?".' }),
    counts: CompletedCounts,
    shares: CompletedShares.meta({ description: 'Each answer as a percentage of `answered`, 1 decimal; null when none answered.' }),
  })
  .nullable()
  .meta({
    id: 'CompletedFigures',
    description: 'The follow-up "Did you get done what you came for?" (yes / partly / no). Null when off and never answered.',
  });

export const PeriodFigures = SatisfactionFigures.extend({
  ...reach,
  ease: EaseFigures,
  completed: CompletedFigures,
}).meta({ id: 'PeriodFigures' });
export type PeriodFigures = z.infer<typeof PeriodFigures>;

export const MonthFigures = SatisfactionFigures.extend({
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .meta({ description: 'The calendar month, YYYY-MM (only its days inside the period count).' }),
  ...reach,
}).meta({ id: 'MonthFigures' });
export type MonthFigures = z.infer<typeof MonthFigures>;

export const ContextFigures = SatisfactionFigures.extend({
  context: z.enum(CONTEXTS).meta({ description: 'Where the feedback was asked: after a transaction, after support, or at any moment.' }),
}).meta({ id: 'ContextFigures' });
export type ContextFigures = z.infer<typeof ContextFigures>;

export const ChannelFigures = SatisfactionFigures.extend({
  channel: z.string().meta({ description: 'The e-loket (channel) the feedback came from.' }),
}).meta({ id: 'ChannelFigures' });
export type ChannelFigures = z.infer<typeof ChannelFigures>;

export const ServiceSummary = z.object({ id: Slug, name: ServiceName, organisationId: Slug }).meta({ id: 'ServiceSummary' });
export type ServiceSummary = z.infer<typeof ServiceSummary>;

export const ServiceFigures = PeriodFigures.extend({
  service: ServiceSummary,
  period: Period,
  byMonth: z.array(MonthFigures).meta({ description: 'One row per calendar month of the period (12 for a year), in order.' }),
  byContext: z.array(ContextFigures).meta({ description: 'One row per context (transaction, support, continuous).' }),
  byChannel: z.array(ChannelFigures).meta({ description: 'One row per channel that sent responses, most responses first.' }),
  previousYear: PeriodFigures.extend({ period: Period }).meta({
    description: 'The same figures for the same period one year earlier, for comparison.',
  }),
}).meta({ id: 'ServiceFigures' });
export type ServiceFigures = z.infer<typeof ServiceFigures>;

/** GET /v1/public/figures: open data of the services that opted in. */
export const PUBLIC_MIN_RESPONSES = 10;
/** On /open, a month with fewer responses than this shows its count only: no categories, no shares. */
export const PUBLIC_MONTH_MIN_RESPONSES = 10;

export const PublicServiceFigures = z
  .object({
    service: z.object({ id: Slug, name: ServiceName, organisation: z.object({ id: Slug, name: z.string() }) }),
    suppressed: z.boolean().meta({
      description: `True when the service had fewer than ${PUBLIC_MIN_RESPONSES} responses in the period: its figures are withheld (null) so no one can be recognised in them.`,
    }),
    figures: SatisfactionFigures.extend(reach).nullable(),
  })
  .meta({ id: 'PublicServiceFigures' });

export const PublicFigures = z.object({ period: Period, services: z.array(PublicServiceFigures) }).meta({ id: 'PublicFigures' });
export type PublicFigures = z.infer<typeof PublicFigures>;
