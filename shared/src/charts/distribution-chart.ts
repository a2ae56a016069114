import { SCORE_COLOURS, CHART_COLOURS } from './palette.js';
import { DUTCH_CHARTS, escapeMarkup, formatNumber, n, type ChartLanguage } from './svg.js';

export interface DistributionChartInput {
  /** A unique id prefix within the page (for the title/description references). */
  id: string;
  title: string;
  /** Responses per score 1..5. */
  counts: readonly [number, number, number, number, number];
  /** Label of each score 1..5. */
  labels: readonly string[];
  /** Numbers and words of the text alternative; Dutch when left out. */
  language?: ChartLanguage;
  width?: number;
}

/**
 * Horizontal bars, one per score, each labelled with its count and share. Pure: returns
 * an SVG string whose <title> and <desc> carry the same numbers as text.
 */
export function distributionChart(input: DistributionChartInput): string {
  const width = input.width ?? 440;
  const rowHeight = 26;
  const labelWidth = 150;
  const valueWidth = 100;
  const top = 6;
  const height = top + rowHeight * 5 + 4;
  const total = input.counts.reduce((a, b) => a + b, 0);
  const max = Math.max(1, ...input.counts);
  const barSpace = width - labelWidth - valueWidth;
  const share = (c: number) => (total === 0 ? 0 : (100 * c) / total);
  const id = escapeMarkup(input.id);
  const language = input.language ?? DUTCH_CHARTS;
  const format = (value: number, decimals = 0) => formatNumber(value, decimals, language.locale);

  const description = input.counts.map((c, i) => `score ${i + 1} (${input.labels[i]}): ${format(c)} (${format(share(c), 1)} %)`).join('; ');
  const rows = input.counts.map((count, i) => {
    const y = top + i * rowHeight;
    const barWidth = (barSpace * count) / max;
    return [
      `<text x="${labelWidth - 8}" y="${n(y + rowHeight / 2)}" text-anchor="end" dominant-baseline="middle">${escapeMarkup(`${i + 1} · ${input.labels[i] ?? ''}`)}</text>`,
      `<rect x="${labelWidth}" y="${n(y + 4)}" width="${n(Math.max(barWidth, count > 0 ? 1 : 0))}" height="${rowHeight - 8}" fill="${SCORE_COLOURS[i]}"/>`,
      `<text x="${n(labelWidth + barWidth + 6)}" y="${n(y + rowHeight / 2)}" dominant-baseline="middle">${escapeMarkup(`${format(count)} (${format(share(count), 1)} %)`)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title ${id}-desc" font-family="inherit" font-size="12" fill="${CHART_COLOURS.text}">`,
    `<title id="${id}-title">${escapeMarkup(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(total === 0 ? language.noResponses : description)}</desc>`,
    `<line x1="${labelWidth}" y1="${top}" x2="${labelWidth}" y2="${top + rowHeight * 5}" stroke="${CHART_COLOURS.axis}"/>`,
    ...rows,
    '</svg>',
  ].join('');
}
