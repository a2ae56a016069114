import { stringify } from 'csv-stringify/sync';
import type { PeriodFigures, Report } from '@feedbackinstrument/shared';
import { problemsCells } from './report-problems-html.js';

export type CsvVariant = 'csv' | 'csv-excel';

type Cell = string | number | null;

interface Column {
  key: string;
  /** The header in the Excel variant, in Dutch for the analysts who open it there. */
  nl: string;
}

const COLUMNS: Column[] = [
  { key: 'organisationId', nl: 'Organisatie-id' },
  { key: 'organisationName', nl: 'Organisatie' },
  { key: 'serviceId', nl: 'Dienst-id' },
  { key: 'serviceName', nl: 'Dienst' },
  { key: 'from', nl: 'Van' },
  { key: 'to', nl: 'Tot en met' },
  { key: 'responses', nl: 'Antwoorden' },
  { key: 'score1', nl: 'Score 1 (heel ontevreden)' },
  { key: 'score2', nl: 'Score 2 (ontevreden)' },
  { key: 'score3', nl: 'Score 3 (neutraal)' },
  { key: 'score4', nl: 'Score 4 (tevreden)' },
  { key: 'score5', nl: 'Score 5 (heel tevreden)' },
  { key: 'mean', nl: 'Gemiddelde score' },
  { key: 'satisfied', nl: 'Tevreden (%)' },
  { key: 'satisfiedLow', nl: 'Tevreden: ondergrens 95 % (%)' },
  { key: 'satisfiedHigh', nl: 'Tevreden: bovengrens 95 % (%)' },
  { key: 'dissatisfied', nl: 'Ontevreden (%)' },
  { key: 'remarks', nl: 'Opmerkingen' },
  { key: 'displays', nl: 'Getoond' },
  { key: 'responseRate', nl: 'Responsgraad (%)' },
  { key: 'easeAnswered', nl: 'Gemak: antwoorden' },
  { key: 'easeMean', nl: 'Gemak: gemiddelde' },
  { key: 'completedAnswered', nl: 'Gelukt: antwoorden' },
  { key: 'completedYes', nl: 'Gelukt: ja (%)' },
  { key: 'completedPartly', nl: 'Gelukt: gedeeltelijk (%)' },
  { key: 'completedNo', nl: 'Gelukt: nee (%)' },
  { key: 'previousResponses', nl: 'Vorig jaar: antwoorden' },
  { key: 'previousMean', nl: 'Vorig jaar: gemiddelde score' },
  { key: 'previousSatisfied', nl: 'Vorig jaar: tevreden (%)' },
  { key: 'previousDissatisfied', nl: 'Vorig jaar: ontevreden (%)' },
  { key: 'recurringProblems', nl: 'Terugkerende problemen' },
  { key: 'notes', nl: 'Notities: tevreden voor → na' },
];

function figureCells(f: PeriodFigures, previous: PeriodFigures): Cell[] {
  return [
    f.responses,
    f.distribution['1'],
    f.distribution['2'],
    f.distribution['3'],
    f.distribution['4'],
    f.distribution['5'],
    f.mean,
    f.satisfied,
    f.satisfiedInterval?.low ?? null,
    f.satisfiedInterval?.high ?? null,
    f.dissatisfied,
    f.remarks,
    f.displays,
    f.responseRate,
    f.ease?.answered ?? null,
    f.ease?.mean ?? null,
    f.completed?.answered ?? null,
    f.completed?.shares.yes ?? null,
    f.completed?.shares.partly ?? null,
    f.completed?.shares.no ?? null,
    previous.responses,
    previous.mean,
    previous.satisfied,
    previous.dissatisfied,
  ];
}

/**
 * The report as CSV, one row per service and a last row with the totals, through
 * csv-stringify. Text cells that a spreadsheet would run as a formula (= + - @ tab CR
 * first) get a leading apostrophe. `csv`: comma, decimal point, UTF-8. `csv-excel`:
 * semicolon, decimal comma, UTF-8 with a byte order mark, Dutch headers — what Excel with
 * Belgian settings opens correctly by double-click.
 */
export function reportCsv(report: Report, variant: CsvVariant): string {
  const excel = variant === 'csv-excel';
  const organisationName = new Map(report.organisations.map((o) => [o.id, o.name]));
  const rows: Cell[][] = report.services.map((s) => [
    s.service.organisationId,
    organisationName.get(s.service.organisationId) ?? '',
    s.service.id,
    s.service.name.nl,
    s.period.from,
    s.period.to,
    ...figureCells(s, s.previousYear),
    ...problemsCells(report.problems.find((p) => p.serviceId === s.service.id)),
  ]);
  rows.push([
    '',
    '',
    '',
    excel ? 'Totaal' : 'Total',
    report.period.from,
    report.period.to,
    ...figureCells(report.totals, report.totals.previousYear),
    '',
    '',
  ]);
  return stringify([COLUMNS.map((c) => (excel ? c.nl : c.key)), ...rows], {
    delimiter: excel ? ';' : ',',
    bom: excel,
    record_delimiter: 'windows',
    escape_formulas: true,
    cast: { number: (value) => (excel ? String(value).replace('.', ',') : String(value)) },
  });
}
