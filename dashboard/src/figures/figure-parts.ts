import type { PeriodFigures } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { satisfiedChange, type Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import './figures.css';

// Small pieces that show figures the same way on every page.

/** The change of the satisfied share against last year, in words and with an arrow. */
export function changeBadge(
  m: Messages,
  f: Formatter,
  current: number | null,
  previous: number | null,
  previousYear: number,
): TemplateResult {
  const change = satisfiedChange(current, previous);
  if (change === null) return html`<span class="change change-none">${m.change.none(previousYear)}</span>`;
  const points = f.number(Math.abs(change), 1);
  if (change === 0) return html`<span class="change change-same">${m.change.same(previousYear)}</span>`;
  const up = change > 0;
  return html`<span class="change ${up ? 'change-up' : 'change-down'}"
    ><span aria-hidden="true">${up ? '▲' : '▼'} </span>${up ? m.change.pointsUp(points, previousYear) : m.change.pointsDown(points, previousYear)}</span
  >`;
}

/** The same, short, for a table cell: "+3,2 ptn" with the full sentence for screen readers. */
export function changeCell(
  m: Messages,
  f: Formatter,
  current: number | null,
  previous: number | null,
  previousYear: number,
): TemplateResult {
  const change = satisfiedChange(current, previous);
  if (change === null) return html`<span class="change change-none">${m.change.short.none}</span>`;
  const points = f.number(Math.abs(change), 1);
  const full =
    change > 0
      ? m.change.pointsUp(points, previousYear)
      : change < 0
        ? m.change.pointsDown(points, previousYear)
        : m.change.same(previousYear);
  const short = change > 0 ? m.change.short.up(points) : change < 0 ? m.change.short.down(points) : m.change.short.same;
  return html`<span class="change ${change > 0 ? 'change-up' : change < 0 ? 'change-down' : 'change-same'}"
    ><span aria-hidden="true">${change > 0 ? '▲ ' : change < 0 ? '▼ ' : ''}${short}</span><span class="sr-only">${full}</span></span
  >`;
}

/** A key figure: its name, its value big, and a line of context under it. */
export function keyFigure(
  label: string,
  value: string,
  detail: TemplateResult | string | typeof nothing = nothing,
  extra = '',
): TemplateResult {
  return html`<div class="key-figure ${extra}">
    <dt>${label}</dt>
    <dd class="key-value">${value}</dd>
    ${detail === nothing ? nothing : html`<dd class="key-detail">${detail}</dd>`}
  </div>`;
}

/**
 * The key figures of a period (a service, or all services together). For the running year
 * the counts of last year are of the whole year, and say so.
 */
export function keyFigures(
  m: Messages,
  f: Formatter,
  figures: PeriodFigures,
  previous: PeriodFigures,
  year: number,
  runningYear: boolean,
): TemplateResult {
  const interval = figures.satisfiedInterval;
  const last = (value: string) => m.kf.lastYear(value, year - 1, runningYear);
  return html`<dl class="key-figures">
    ${keyFigure(m.kf.responses, f.number(figures.responses), last(f.number(previous.responses)))}
    ${keyFigure(
      m.kf.satisfied,
      f.percent(figures.satisfied),
      html`${interval ? html`<span class="margin">${m.kf.margin(f.percent(interval.low), f.percent(interval.high))}</span><br />` : nothing}${changeBadge(
        m,
        f,
        figures.satisfied,
        previous.satisfied,
        year - 1,
      )}`,
      'key-satisfied',
    )}
    ${keyFigure(m.kf.dissatisfied, f.percent(figures.dissatisfied), m.kf.lastYear(f.percent(previous.dissatisfied), year - 1, false), 'key-dissatisfied')}
    ${keyFigure(m.kf.mean, f.mean(figures.mean), html`${m.kf.outOf5} · ${m.kf.lastYear(f.mean(previous.mean), year - 1, false)}`)}
    ${keyFigure(m.kf.responseRate, f.percent(figures.responseRate), m.kf.shown(f.number(figures.displays)))}
    ${keyFigure(m.kf.remarks, f.number(figures.remarks))}
  </dl>`;
}

/** What every figure means, folded away under one line. */
export function definitions(m: Messages): TemplateResult {
  return html`<details class="definitions">
    <summary>${m.whatFiguresMean}</summary>
    <dl>
      ${m.definitions.map((d) => html`<div><dt>${d.term}</dt><dd>${d.definition}</dd></div>`)}
    </dl>
  </details>`;
}

/** The year picker: this year and the four before it (figures are kept longer, remarks 24 months). */
export function yearOptions(current: number, selected: number): number[] {
  const years = [0, 1, 2, 3, 4].map((i) => current - i);
  return years.includes(selected) ? years : [...years, selected].sort((a, b) => b - a);
}
