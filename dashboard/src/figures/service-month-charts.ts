import type { Annotation, DataTable, ServiceFigures } from '@feedbackinstrument/shared';
import { placeAnnotations } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { charts, type LinePoint } from './charts.js';
import { chartFigure } from './chart-figure.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';

// The service's year month by month: the satisfied share against last year, and the
// responses with the notes on the timeline ("versie 3.2: opladen hersteld").

export function satisfiedPerMonth(
  m: Messages,
  f: Formatter,
  narrow: boolean,
  figures: ServiceFigures,
  previous: ServiceFigures,
  year: number,
): TemplateResult {
  const points: LinePoint[] = figures.byMonth.map((month) => ({
    label: f.monthShort(month.month),
    value: month.responses > 0 ? month.satisfied : null,
    low: month.satisfiedInterval?.low ?? null,
    high: month.satisfiedInterval?.high ?? null,
  }));
  const before = figures.byMonth.map((month) => {
    const same = previous.byMonth.find((p) => p.month.slice(5) === month.month.slice(5));
    return same && same.responses > 0 ? same.satisfied : null;
  });
  const table: DataTable = {
    caption: m.satisfiedPerMonthTitle,
    headers: [m.monthColumn, m.col.responses, m.col.satisfied, m.marginLegend, String(year - 1)],
    rows: figures.byMonth.map((month, i) => [
      f.monthLong(month.month),
      f.number(month.responses),
      f.percent(month.satisfied),
      month.satisfiedInterval ? `${f.percent(month.satisfiedInterval.low)} – ${f.percent(month.satisfiedInterval.high)}` : '–',
      f.percent(before[i] ?? null),
    ]),
  };
  return chartFigure({
    narrow,
    id: 'chart-satisfied-months',
    title: m.satisfiedPerMonthTitle,
    svg: charts.shareLine({
      id: 'svg-satisfied-months',
      title: m.satisfiedPerMonthTitle,
      points,
      previous: before,
      legend: { current: String(year), previous: String(year - 1), margin: m.marginLegend },
      format: (v) => `${f.number(v, 0)} %`,
    }),
    table,
  });
}

/** The responses per month, with the service's notes on the chart, in its table and in a list under it. */
export function responsesPerMonth(
  m: Messages,
  f: Formatter,
  narrow: boolean,
  figures: ServiceFigures,
  allAnnotations: readonly Annotation[],
): TemplateResult {
  const months = figures.byMonth.map((month) => {
    const d = month.distribution;
    return { label: f.monthShort(month.month), satisfied: d['4'] + d['5'], neutral: d['3'], dissatisfied: d['1'] + d['2'] };
  });
  const notes = m.annotations.chartNotes;
  const annotations = allAnnotations.filter((a) => figures.byMonth.some((month) => a.day.startsWith(month.month)));
  const notesOf = (month: string) =>
    annotations
      .filter((a) => a.day.startsWith(month))
      .map((a) => `${f.day(a.day)}: ${a.text}`)
      .join('; ');
  const table: DataTable = {
    caption: m.responsesPerMonthTitle,
    headers: [
      m.monthColumn,
      m.legend.satisfied,
      m.legend.neutral,
      m.legend.dissatisfied,
      m.col.responses,
      ...(annotations.length ? [notes] : []),
    ],
    rows: figures.byMonth.map((month, i) => [
      f.monthLong(month.month),
      f.number(months[i]!.satisfied),
      f.number(months[i]!.neutral),
      f.number(months[i]!.dissatisfied),
      f.number(month.responses),
      ...(annotations.length ? [notesOf(month.month)] : []),
    ]),
  };
  const placed = placeAnnotations(
    figures.byMonth.map((month) => month.month),
    annotations,
    (day) => f.day(day),
  );
  return html`${chartFigure({
    narrow,
    id: 'chart-responses-months',
    title: m.responsesPerMonthTitle,
    svg: charts.monthly({
      id: 'svg-responses-months',
      title: m.responsesPerMonthTitle,
      months,
      legend: m.legend,
      language: m.charts,
      annotations: placed,
      annotationsLabel: notes,
    }),
    table,
  })}
    ${placed.length ? html`<ol class="chart-annotations" aria-label=${notes}>${placed.map((a) => html`<li>${a.text}</li>`)}</ol>` : nothing}`;
}
