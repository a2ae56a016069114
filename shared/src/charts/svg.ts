// Tiny helpers for building SVG and HTML strings safely: every text goes through escapeMarkup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML/HTML content and attribute values. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Numbers in charts are written with at most 2 decimals, so SVG stays small and stable. */
export const n = (value: number): string => String(Math.round(value * 100) / 100);

/** The language of a chart's numbers and of the words of its text alternative. */
export interface ChartLanguage {
  /** A BCP 47 locale for numbers: nl-BE writes 1.234,5; en-GB 1,234.5. */
  locale: string;
  /** "responses", after a count. */
  responses: string;
  /** The whole text alternative of a chart without any response. */
  noResponses: string;
}

/** The default: the printable report and the dashboard's first language. */
export const DUTCH_CHARTS: ChartLanguage = { locale: 'nl-BE', responses: 'antwoorden', noResponses: 'Geen antwoorden.' };

/** Number formatting in a chart's locale (Dutch, Belgian, by default: decimal comma, narrow grouping). */
export function formatNumber(value: number, decimals = 0, locale = DUTCH_CHARTS.locale): string {
  return numberFormat(locale, decimals).format(value);
}

// Making an Intl.NumberFormat costs far more than using one: a page of charts writes thousands of numbers.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** One shared formatter per locale and number of decimals. */
export function numberFormat(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  return format;
}

/** A "nice" upper bound and step for an axis that must show `max`. */
export function niceScale(max: number, ticks = 4): { top: number; step: number } {
  if (max <= 0) return { top: ticks, step: 1 };
  const rough = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= rough)!;
  const whole = Math.max(1, Math.ceil(step));
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

export interface DataTable {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}

/** An HTML table: the text alternative of a chart, for screen readers and print. */
export function dataTable(table: DataTable, className = 'chart-data'): string {
  const cell = (value: string | number, header: boolean) =>
    header ? `<th scope="row">${escapeMarkup(String(value))}</th>` : `<td>${escapeMarkup(String(value))}</td>`;
  return [
    `<table class="${escapeMarkup(className)}">`,
    `<caption>${escapeMarkup(table.caption)}</caption>`,
    `<thead><tr>${table.headers.map((h) => `<th scope="col">${escapeMarkup(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${table.rows.map((row) => `<tr>${row.map((v, i) => cell(v, i === 0)).join('')}</tr>`).join('')}</tbody>`,
    '</table>',
  ].join('');
}
