import type { DataTable } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { ChartSvg } from './charts.js';

/**
 * A chart with its title and, for screen readers, the same figures as a data table. The
 * drawing itself is hidden from assistive technology (the table says it all, in the
 * interface language). The one place the dashboard renders markup from a string: only a
 * ChartSvg, i.e. the output of the chart functions, whose texts are escaped. (unsafeHTML
 * and not unsafeSVG, because the functions return a whole <svg> element for an HTML
 * context; unsafeSVG is for fragments inside an <svg> template.)
 */
export const chartMarkup = (svg: ChartSvg) => unsafeHTML(svg);

/**
 * On a narrow screen the drawing keeps its own size (its text stays readable) and scrolls
 * sideways in its box; that box then takes focus, so it can be scrolled by keyboard.
 */
export function chartFigure(options: {
  id: string;
  title: string;
  svg: ChartSvg;
  table: DataTable;
  note?: TemplateResult | string;
  narrow?: boolean;
}): TemplateResult {
  const heading = `${options.id}-heading`;
  return html`<div class="chart-figure">
    <h3 class="chart-title" id=${heading}>${options.title}</h3>
    ${options.note ? html`<p class="chart-note">${options.note}</p>` : ''}
    <div class="chart-drawing" tabindex=${options.narrow ? '0' : nothing} role=${options.narrow ? 'group' : nothing} aria-labelledby=${options.narrow ? heading : nothing}>
      <div aria-hidden="true">${chartMarkup(options.svg)}</div>
    </div>
    <div class="sr-only">${dataTable(options.table)}</div>
  </div>`;
}

/**
 * A visible table of figures that scrolls sideways on its own when the screen is too
 * narrow (the page itself never does); keyboard users can scroll it, as it takes focus.
 */
export function scrollingTable(table: DataTable): TemplateResult {
  return html`<div class="table-scroll" role="region" aria-label=${table.caption} tabindex="0">${dataTable(table, 'figures-table')}</div>`;
}

/** A simple table: first column row headers. Every value is rendered as text. */
export function dataTable(table: DataTable, className = ''): TemplateResult {
  return html`<table class=${className}>
    <caption>${table.caption}</caption>
    <thead>
      <tr>${table.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr>
    </thead>
    <tbody>
      ${table.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}
    </tbody>
  </table>`;
}
