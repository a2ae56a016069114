import { COMPARISON_MIN_ORGANISATIONS, COMPARISON_MIN_RESPONSES } from '@feedbackinstrument/shared';
import type { DataTable, ProductComparison } from '@feedbackinstrument/shared';
import { html, type TemplateResult } from 'lit';
import { charts } from '../figures/charts.js';
import { chartFigure } from '../figures/chart-figure.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';

/**
 * The same product elsewhere: where this service stands among the other organisations'
 * services of the same product, or why that cannot be shown (no product, too few to compare).
 */
export function comparisonSection(m: Messages, f: Formatter, c: ProductComparison, year: number, narrow: boolean): TemplateResult {
  if (c.reason === 'no_product') return html`<p>${m.comparisonNoProduct}</p>`;
  if (c.suppressed || !c.others) {
    return html`<p>${m.comparisonTooFew({ organisations: f.number(c.organisations), year, minOrganisations: COMPARISON_MIN_ORGANISATIONS, minResponses: COMPARISON_MIN_RESPONSES })}</p>`;
  }
  const { p25, median, p75 } = c.others;
  const own = c.own.satisfied;
  // The others' percentiles come rounded to multiples of 5 points: shown without decimals.
  const whole = (v: number) => f.percent(v, 0);
  const table: DataTable = {
    caption: m.comparisonTitle(year),
    headers: ['', m.comparisonValueColumn],
    rows: [
      [m.comparisonRows.p25, whole(p25)],
      [m.comparisonRows.median, whole(median)],
      [m.comparisonRows.p75, whole(p75)],
      [m.comparisonRows.own, f.percent(own)],
    ],
  };
  return html`<p>${m.comparisonLead({ organisations: f.number(c.organisations), productId: c.service.productId ?? '', year, p25: whole(p25), median: whole(median), p75: whole(p75) })}</p>
      <p>${c.position && own !== null ? m.comparisonOwn({ own: f.percent(own), standing: c.position.standing }) : m.comparisonNoOwn(year)}</p>
      ${chartFigure({
        narrow,
        id: 'chart-comparison',
        title: m.comparisonTitle(year),
        note: m.comparisonNote,
        svg: charts.comparison({
          id: 'svg-comparison',
          title: m.comparisonTitle(year),
          p25,
          median,
          p75,
          own,
          labels: m.comparisonLegend,
          format: (v) => f.percent(v, 0),
        }),
        table,
      })}`;
}
