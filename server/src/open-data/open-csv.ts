import { stringify } from 'csv-stringify/sync';
import type { OpenFigures } from './open-figures.js';

// The open data set as CSV: one row per published service, comma, decimal point, UTF-8,
// the same numbers as /v1/public/figures (withheld figures are empty cells). Machine-readable
// first: headers are keys, as in the JSON; text cells that a spreadsheet would run as a
// formula get a leading apostrophe.
export const OPEN_CSV_COLUMNS = [
  'year',
  'organisationId',
  'organisationName',
  'level',
  'policyDomain',
  'serviceId',
  'serviceName',
  'suppressed',
  'responses',
  'score1',
  'score2',
  'score3',
  'score4',
  'score5',
  'mean',
  'satisfied',
  'satisfiedLow',
  'satisfiedHigh',
  'dissatisfied',
  'remarks',
  'displays',
  'responseRate',
  'previousYearSatisfied',
  'changeInPoints',
] as const;

export function openCsv(figures: OpenFigures): string {
  const rows = figures.services.map((s) => {
    const f = s.figures;
    return [
      figures.year,
      s.organisation.id,
      s.organisation.name,
      s.organisation.level,
      s.organisation.policyDomain,
      s.id,
      s.name.nl,
      s.suppressed,
      f?.responses ?? null,
      f?.distribution['1'] ?? null,
      f?.distribution['2'] ?? null,
      f?.distribution['3'] ?? null,
      f?.distribution['4'] ?? null,
      f?.distribution['5'] ?? null,
      f?.mean ?? null,
      f?.satisfied ?? null,
      f?.satisfiedInterval?.low ?? null,
      f?.satisfiedInterval?.high ?? null,
      f?.dissatisfied ?? null,
      f?.remarks ?? null,
      f?.displays ?? null,
      f?.responseRate ?? null,
      s.suppressed ? null : s.previousSatisfied,
      s.change,
    ];
  });
  return stringify([[...OPEN_CSV_COLUMNS], ...rows], {
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { boolean: (value) => String(value) },
  });
}
