import { CHART_COLOURS } from './palette.js';
import { DUTCH_CHARTS, escapeMarkup, formatNumber, n, niceScale, type ChartLanguage } from './svg.js';

export interface MonthBar {
  /** Short label under the column, e.g. "jan". */
  label: string;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
}

export interface MonthlyChartInput {
  id: string;
  title: string;
  months: readonly MonthBar[];
  legend: { satisfied: string; neutral: string; dissatisfied: string };
  /** Numbers and words of the text alternative; Dutch when left out. */
  language?: ChartLanguage;
  width?: number;
  height?: number;
}

/**
 * Stacked columns per month: satisfied (4–5) at the bottom, neutral (3), dissatisfied (1–2)
 * on top, with the share satisfied written above each column. Pure: returns an SVG string.
 */
export function monthlyChart(input: MonthlyChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 230;
  const margin = { top: 22, right: 8, bottom: 44, left: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const totals = input.months.map((m) => m.satisfied + m.neutral + m.dissatisfied);
  const { top, step } = niceScale(Math.max(0, ...totals));
  const y = (value: number) => margin.top + plotHeight - (plotHeight * value) / top;
  const slot = plotWidth / Math.max(1, input.months.length);
  const barWidth = Math.min(36, slot * 0.64);
  const id = escapeMarkup(input.id);
  const language = input.language ?? DUTCH_CHARTS;
  const format = (value: number, decimals = 0) => formatNumber(value, decimals, language.locale);

  const grid: string[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${n(y(v))}" y2="${n(y(v))}" stroke="${v === 0 ? CHART_COLOURS.axis : CHART_COLOURS.grid}"/>`,
      `<text x="${margin.left - 6}" y="${n(y(v))}" text-anchor="end" dominant-baseline="middle" fill="${CHART_COLOURS.axis}">${escapeMarkup(format(v))}</text>`,
    );
  }
  const columns = input.months.map((m, i) => {
    const x = margin.left + slot * i + (slot - barWidth) / 2;
    const total = totals[i]!;
    const parts: [number, string][] = [
      [m.satisfied, CHART_COLOURS.satisfied],
      [m.neutral, CHART_COLOURS.neutral],
      [m.dissatisfied, CHART_COLOURS.dissatisfied],
    ];
    let base = 0;
    const rects = parts
      .filter(([value]) => value > 0)
      .map(([value, colour]) => {
        const rect = `<rect x="${n(x)}" y="${n(y(base + value))}" width="${n(barWidth)}" height="${n(y(base) - y(base + value))}" fill="${colour}"/>`;
        base += value;
        return rect;
      });
    const share = total === 0 ? '–' : `${format((100 * m.satisfied) / total)}%`;
    return [
      ...rects,
      `<text x="${n(x + barWidth / 2)}" y="${n(y(total) - 5)}" text-anchor="middle" font-size="10">${escapeMarkup(share)}</text>`,
      `<text x="${n(x + barWidth / 2)}" y="${height - margin.bottom + 14}" text-anchor="middle">${escapeMarkup(m.label)}</text>`,
    ].join('');
  });
  const legendItems: [string, string][] = [
    [input.legend.satisfied, CHART_COLOURS.satisfied],
    [input.legend.neutral, CHART_COLOURS.neutral],
    [input.legend.dissatisfied, CHART_COLOURS.dissatisfied],
  ];
  const legend = legendItems
    .map(([text, colour], i) => {
      const x = margin.left + i * 170;
      const ly = height - 12;
      return `<rect x="${x}" y="${ly - 9}" width="11" height="11" fill="${colour}"/><text x="${x + 16}" y="${ly}" >${escapeMarkup(text)}</text>`;
    })
    .join('');
  const description = input.months
    .map(
      (m, i) =>
        `${m.label}: ${format(totals[i]!)} ${language.responses}, ${input.legend.satisfied} ${format(m.satisfied)}, ${input.legend.neutral} ${format(m.neutral)}, ${input.legend.dissatisfied} ${format(m.dissatisfied)}`,
    )
    .join('; ');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title ${id}-desc" font-family="inherit" font-size="11" fill="${CHART_COLOURS.text}">`,
    `<title id="${id}-title">${escapeMarkup(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(description)}</desc>`,
    ...grid,
    ...columns,
    legend,
    '</svg>',
  ].join('');
}
