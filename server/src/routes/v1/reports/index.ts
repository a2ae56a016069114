import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Report, ReportParams, ReportQuery, type Annotation } from '@feedbackinstrument/shared';
import { notFound } from '../../../http/api-error.js';
import { buildReport } from '../../../reports/build-report.js';
import { reportCsv } from '../../../reports/report-csv.js';
import { reportHtml } from '../../../reports/report-html.js';
import { listAnnotations } from '../../../annotations/annotations.js';

/** A strict policy for the report page: its own inline styles and SVG only, nothing else. */
const REPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default async function reportRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get('/v1/reports/:year', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'getReport',
      tags: ['analysis'],
      summary: 'The yearly report of an organisation or policy domain',
      description:
        'Every service of the organisation (or of every organisation in the policy domain) with its figures for the ' +
        'year, and the totals. An organisation token reports only on its own organisation (another is answered 404). ' +
        '`format=json` (default), `csv` (comma, decimal point, UTF-8), `csv-excel` (semicolon, decimal comma, UTF-8 ' +
        'with BOM, Dutch headers: opens correctly in Excel with Belgian settings) or `html` (a printable A4 report ' +
        'with charts and the definitions of every figure in Dutch). CSV cells that could run as a spreadsheet formula ' +
        'start with an apostrophe.',
      params: ReportParams,
      querystring: ReportQuery,
      response: {
        200: {
          description: 'The report in the requested format.',
          content: {
            'application/json': { schema: Report },
            'text/csv': { schema: z.string() },
            'text/html': { schema: z.string() },
          },
        },
        400: ErrorEnvelope,
        401: ErrorEnvelope,
        404: ErrorEnvelope,
      },
    },
    handler: async (request, reply) => {
      const { year } = request.params;
      const { format, organisation, policyDomain } = request.query;
      const report = await buildReport({ db: app.dbRead, timezone: app.config.timezone }, request.principal!, year, {
        organisation,
        policyDomain,
      });
      if (!report) {
        throw notFound(
          organisation !== undefined ? `There is no organisation "${organisation}".` : `There is no policy domain "${policyDomain}".`,
        );
      }
      const name = `feedback-${year}-${organisation ?? slugify(policyDomain!)}`;
      switch (format) {
        case 'json':
          return reply.type('application/json; charset=utf-8').send(report);
        case 'csv':
        case 'csv-excel':
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${name}${format === 'csv-excel' ? '-excel' : ''}.csv"`)
            .send(reportCsv(report, format));
        case 'html':
          return reply
            .type('text/html; charset=utf-8')
            .header('content-security-policy', REPORT_CSP)
            .send(reportHtml(report, await annotationsOfReport(app.dbRead, report)));
      }
    },
  });
}

/** The annotations of the report's services in its period, per service. */
async function annotationsOfReport(db: FastifyInstance['db'], report: Report): Promise<Map<string, Annotation[]>> {
  const byService = new Map<string, Annotation[]>();
  for (const s of report.services) byService.set(s.service.id, await listAnnotations(db, s.service.id, report.period));
  return byService;
}

/** A file-name-safe form of a policy domain name. */
function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'report'
  );
}
