import { z } from 'zod';
import { LEVELS } from './constants.js';
import { Period, PeriodFigures, ServiceFigures, MonthFigures, Year } from './figures.js';
import { AnnotationEffect } from './annotations.js';
import { TOPIC_TRENDS } from './remarks.js';
import { Slug } from './slug.js';

/**
 * Report formats: `json`; `csv` (comma-separated, decimal point, UTF-8: for programs);
 * `csv-excel` (semicolon-separated, decimal comma, UTF-8 with a byte order mark: opens
 * correctly in Excel with Belgian settings); `html` (a printable A4 report with charts).
 */
export const REPORT_FORMATS = ['json', 'csv', 'csv-excel', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const ReportParams = z.object({ year: Year });

export const ReportQuery = z
  .object({
    organisation: Slug.optional().meta({ description: 'Report every service of this organisation.' }),
    policyDomain: z.string().trim().min(1).max(200).optional().meta({
      description: 'Report every service of every organisation in this policy domain (beleidsdomein).',
    }),
    format: z
      .enum(REPORT_FORMATS)
      .default('json')
      .meta({
        description:
          'json; csv (comma, decimal point, UTF-8); csv-excel (semicolon, decimal comma, UTF-8 with BOM: for Excel with ' +
          'Belgian settings); html (printable on A4, with charts).',
      }),
  })
  .strict()
  .superRefine((query, ctx) => {
    if ((query.organisation === undefined) === (query.policyDomain === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['organisation'], message: 'give exactly one of organisation or policyDomain' });
    }
  });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportOrganisation = z
  .object({ id: Slug, name: z.string(), level: z.enum(LEVELS), policyDomain: z.string().nullable() })
  .meta({ id: 'ReportOrganisation' });

export const ReportTotals = PeriodFigures.extend({
  services: z.number().int().min(0).meta({ description: 'Number of services in the report.' }),
  byMonth: z.array(MonthFigures),
  previousYear: PeriodFigures.extend({ period: Period }),
}).meta({ id: 'ReportTotals', description: 'The figures of all responses of all services in the report together.' });
export type ReportTotals = z.infer<typeof ReportTotals>;

export const ReportProblems = z
  .object({
    serviceId: Slug,
    remarks: z.number().int().min(0).meta({ description: 'Remarks of the year analysed for its topics.' }),
    topics: z
      .array(
        z.object({
          key: z.string().meta({ description: 'The topic key (its first term): the same problem in another service has the same key.' }),
          label: z.string(),
          count: z.number().int().min(0),
          share: z.number().meta({ description: '% of the remarks analysed, 1 decimal.' }),
          previousCount: z
            .number()
            .int()
            .min(0)
            .meta({ description: 'Its remarks in the year before: those that say two of its terms, or its one term.' }),
          previousShare: z
            .number()
            .nullable()
            .meta({ description: 'previousCount as a % of the remarks of the year before, 1 decimal; null when there were none.' }),
          comparableCount: z.number().int().min(0).meta({ description: 'Its remarks of the year counted as previousCount is.' }),
          comparableShare: z.number().meta({
            description: 'comparableCount as a % of the remarks analysed, 1 decimal: what the trend compares with previousShare.',
          }),
          trend: z.enum(TOPIC_TRENDS),
        }),
      )
      .meta({ description: 'Its recurring problems: the top topics of the year (at most 5), most remarks first.' }),
    notes: z
      .array(AnnotationEffect)
      .meta({ description: 'Its annotations of the year, each with the satisfied share and top topics in the 28 days before and after.' }),
  })
  .meta({ id: 'ReportProblems', description: 'What users of a service kept reporting, and what was done about it.' });
export type ReportProblems = z.infer<typeof ReportProblems>;

export const SharedProblem = z
  .object({
    key: z.string(),
    label: z.string().meta({ description: 'As the service with the most of its remarks words it.' }),
    services: z
      .array(z.object({ serviceId: Slug, count: z.number().int().min(0) }))
      .meta({ description: 'Every service of the report with this problem among its recurring problems, most remarks first.' }),
  })
  .meta({
    id: 'SharedProblem',
    description: 'A recurring problem that at least two services of the report share (e.g. a sign-in outage).',
  });
export type SharedProblem = z.infer<typeof SharedProblem>;

export const Report = z
  .object({
    year: z.number().int(),
    period: Period,
    scope: z.object({ organisation: Slug.nullable(), policyDomain: z.string().nullable() }),
    generatedAt: z.string().meta({ description: 'When this report was made (ISO 8601).' }),
    organisations: z.array(ReportOrganisation),
    services: z.array(ServiceFigures).meta({ description: 'One entry per service, by organisation and service id.' }),
    totals: ReportTotals,
    problems: z.array(ReportProblems).meta({ description: 'Per service (in the order of `services`): its recurring problems and notes.' }),
    sharedProblems: z
      .array(SharedProblem)
      .meta({ description: 'Recurring problems of at least two of its services, most services first.' }),
  })
  .meta({ id: 'Report' });
export type Report = z.infer<typeof Report>;
