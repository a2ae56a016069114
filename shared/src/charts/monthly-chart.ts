import { CHART_COLOURS } from './palette.js';
import { DUTCH_CHARTS, escapeMarkup, formatNumber, n, niceScale, type ChartLanguage } from './svg.js';

export interface MonthBar {
  /** Short label under the column, e.g. "jan". */
  label: string;
  satisfied: number;
  neutral: number;
  dissatisfied: number;
  /**
   * Set for a month with too few responses to show their categories: only this count is
   * drawn (an outlined column, no share above it) and told in the text alternative.
   */
  countOnly?: number;
}

/** A note on the timeline ("versie 3.2: opladen hersteld"), drawn as a numbered marker. */
export interface ChartAnnotation {
  /** The index of its month in `months`. */
  month: number;
  /** Where in that month, 0 (first day) to 1 (last day). */
  position: number;
  /** Shown next to its number in the text alternative, e.g. "12 mrt: versie 3.2". */
  text: string;
}

export interface MonthlyChartInput {
  id: string;
  title: string;
  months: readonly MonthBar[];
  legend: { satisfied: string; neutral: string; dissatisfied: string };
  /** Numbers and words of the text alternative; Dutch when left out. */
  language?: ChartLanguage;
  /** Numbered markers (1, 2, …) at their days; the caller lists them with their numbers too. */
  annotations?: readonly ChartAnnotation[];
  /** The word before the list of annotations in the text alternative ("Notities"). */
  annotationsLabel?: string;
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
  const totals = input.months.map((m) => m.countOnly ?? m.satisfied + m.neutral + m.dissatisfied);
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
    if (m.countOnly !== undefined) {
      const outline =
        total > 0
          ? `<rect x="${n(x)}" y="${n(y(total))}" width="${n(barWidth)}" height="${n(y(0) - y(total))}" fill="none" stroke="${CHART_COLOURS.axis}" stroke-dasharray="3 2"/>`
          : '';
      return `${outline}<text x="${n(x + barWidth / 2)}" y="${height - margin.bottom + 14}" text-anchor="middle">${escapeMarkup(m.label)}</text>`;
    }
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
  // A dashed line at the annotated day, with its number in a small flag above the plot.
  const markers = (input.annotations ?? [])
    .filter((a) => a.month >= 0 && a.month < input.months.length)
    .map((a, i) => {
      const x = margin.left + slot * (a.month + Math.min(1, Math.max(0, a.position)));
      const label = String(i + 1);
      return (
        `<g class="annotation"><title>${escapeMarkup(`${label}. ${a.text}`)}</title>` +
        `<line x1="${n(x)}" x2="${n(x)}" y1="${margin.top - 4}" y2="${n(y(0))}" stroke="${CHART_COLOURS.text}" stroke-width="1.5" stroke-dasharray="4 3"/>` +
        `<rect x="${n(x - 7)}" y="${margin.top - 20}" width="14" height="14" rx="3" fill="${CHART_COLOURS.text}"/>` +
        `<text x="${n(x)}" y="${margin.top - 9}" text-anchor="middle" font-size="10" font-weight="bold" fill="#ffffff">${escapeMarkup(label)}</text></g>`
      );
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
    .map((m, i) =>
      m.countOnly !== undefined
        ? `${m.label}: ${format(totals[i]!)} ${language.responses}`
        : `${m.label}: ${format(totals[i]!)} ${language.responses}, ${input.legend.satisfied} ${format(m.satisfied)}, ${input.legend.neutral} ${format(m.neutral)}, ${input.legend.dissatisfied} ${format(m.dissatisfied)}`,
    )
    .join('; ');
  const notes = (input.annotations ?? []).map((a, i) => `${i + 1}. ${a.text}`).join('; ');
  const fullDescription = notes ? `${description}. ${input.annotationsLabel ?? 'Notities'}: ${notes}` : description;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title ${id}-desc" font-family="inherit" font-size="11" fill="${CHART_COLOURS.text}">`,
    `<title id="${id}-title">${escapeMarkup(input.title)}</title>`,
    `<desc id="${id}-desc">${escapeMarkup(fullDescription)}</desc>`,
    ...grid,
    ...columns,
    ...markers,
    legend,
    '</svg>',
  ].join('');
}

/**
 * Places day annotations on the months of a chart ('YYYY-MM' each): the month's index and
 * where in the month the day falls. Annotations outside the months are left out.
 */
export function placeAnnotations(
  months: readonly string[],
  annotations: ReadonlyArray<{ day: string; text: string }>,
  label: (day: string) => string,
): ChartAnnotation[] {
  return annotations.flatMap((a) => {
    const month = months.indexOf(a.day.slice(0, 7));
    if (month < 0) return [];
    const [y, m, d] = a.day.split('-').map(Number) as [number, number, number];
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [{ month, position: (d - 0.5) / days, text: `${label(a.day)}: ${a.text}` }];
  });
}
