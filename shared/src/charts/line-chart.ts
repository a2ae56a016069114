import { CHART_COLOURS } from './palette.js';
import { escapeMarkup } from './svg.js';

// Pure chart functions: data in, an SVG string out, every text escaped.

export interface LinePoint {
  /** Short label under the point, e.g. "jan". */
  label: string;
  /** The share (0–100) or null where there is no data (the line breaks there). */
  value: number | null;
  /** The margin around the value (95 % interval), drawn as a light band. */
  low?: number | null;
  high?: number | null;
}

export interface ShareLineChartInput {
  id: string;
  title: string;
  points: readonly LinePoint[];
  /** The same months one year earlier, as a dashed grey line (no labels). */
  previous?: readonly (number | null)[];
  legend: { current: string; previous?: string; margin?: string };
  /** How a value is written on the chart, e.g. 72 → "72 %". */
  format: (value: number) => string;
  width?: number;
  height?: number;
}

const r2 = (value: number): string => String(Math.round(value * 100) / 100);

/** Consecutive runs of indices whose value is present. */
function runs(values: readonly (number | null | undefined)[]): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  values.forEach((value, i) => {
    if (value === null || value === undefined) {
      if (current.length) result.push(current);
      current = [];
    } else current.push(i);
  });
  if (current.length) result.push(current);
  return result;
}

/**
 * A share (0–100 %) month by month: this period as a blue line with its value written at
 * every point, its margin as a light band, last year's line dashed in grey behind it.
 */
export function shareLineChart(input: ShareLineChartInput): string {
  const width = input.width ?? 640;
  const height = input.height ?? 250;
  const margin = { top: 24, right: 12, bottom: 50, left: 44 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const slot = plotWidth / Math.max(1, input.points.length);
  const x = (i: number) => margin.left + slot * i + slot / 2;
  const y = (value: number) => margin.top + plotHeight - (plotHeight * Math.max(0, Math.min(100, value))) / 100;
  const id = escapeMarkup(input.id);
  const blue = CHART_COLOURS.satisfied;

  const grid = [0, 25, 50, 75, 100].flatMap((v) => [
    `<line x1="${margin.left}" x2="${width - margin.right}" y1="${r2(y(v))}" y2="${r2(y(v))}" stroke="${v === 0 ? CHART_COLOURS.axis : CHART_COLOURS.grid}"/>`,
    `<text x="${margin.left - 6}" y="${r2(y(v))}" text-anchor="end" dominant-baseline="middle" fill="${CHART_COLOURS.axis}">${escapeMarkup(input.format(v))}</text>`,
  ]);
  const labels = input.points.map(
    (p, i) => `<text x="${r2(x(i))}" y="${height - margin.bottom + 16}" text-anchor="middle">${escapeMarkup(p.label)}</text>`,
  );

  const band = runs(input.points.map((p) => (p.low != null && p.high != null ? p.value : null)))
    .filter((run) => run.length > 0)
    .map((run) => {
      const upper = run.map((i) => `${r2(x(i))},${r2(y(input.points[i]!.high!))}`);
      const lower = [...run].reverse().map((i) => `${r2(x(i))},${r2(y(input.points[i]!.low!))}`);
      return `<polygon class="band" points="${[...upper, ...lower].join(' ')}" fill="${blue}" fill-opacity="0.14"/>`;
    });

  const line = (values: readonly (number | null)[], attributes: string) =>
    runs(values).map((run) =>
      run.length === 1
        ? ''
        : `<polyline class="line" points="${run.map((i) => `${r2(x(i))},${r2(y(values[i]!))}`).join(' ')}" fill="none" ${attributes}/>`,
    );

  const previous = input.previous ? line(input.previous, `stroke="${CHART_COLOURS.axis}" stroke-width="2" stroke-dasharray="5 4"`) : [];
  const current = line(
    input.points.map((p) => p.value),
    `stroke="${blue}" stroke-width="2.5"`,
  );
  const dots = input.points.flatMap((p, i) =>
    p.value === null
      ? []
      : [
          `<circle class="dot" cx="${r2(x(i))}" cy="${r2(y(p.value))}" r="3.5" fill="${blue}"/>`,
          `<text x="${r2(x(i))}" y="${r2(y(p.value) - 8)}" text-anchor="middle" font-size="10" font-weight="bold">${escapeMarkup(input.format(p.value))}</text>`,
        ],
  );

  const legendY = height - 12;
  const legend: string[] = [
    `<line x1="${margin.left}" x2="${margin.left + 22}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${blue}" stroke-width="2.5"/>`,
    `<text x="${margin.left + 28}" y="${legendY}">${escapeMarkup(input.legend.current)}</text>`,
  ];
  let legendX = margin.left + 150;
  if (input.legend.previous && input.previous) {
    legend.push(
      `<line x1="${legendX}" x2="${legendX + 22}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${CHART_COLOURS.axis}" stroke-width="2" stroke-dasharray="5 4"/>`,
      `<text x="${legendX + 28}" y="${legendY}">${escapeMarkup(input.legend.previous)}</text>`,
    );
    legendX += 150;
  }
  if (input.legend.margin && band.length) {
    legend.push(
      `<rect class="band" x="${legendX}" y="${legendY - 10}" width="22" height="11" fill="${blue}" fill-opacity="0.14"/>`,
      `<text x="${legendX + 28}" y="${legendY}">${escapeMarkup(input.legend.margin)}</text>`,
    );
  }

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title" font-family="inherit" font-size="11" fill="${CHART_COLOURS.text}">`,
    `<title id="${id}-title">${escapeMarkup(input.title)}</title>`,
    ...grid,
    ...band,
    ...previous,
    ...current,
    ...dots,
    ...labels,
    ...legend,
    '</svg>',
  ].join('');
}
