import { CHART_COLOURS } from './palette.js';

export interface SparklineInput {
  /** Shares (0–100) in order; null where there is no data. */
  values: readonly (number | null)[];
  width?: number;
  height?: number;
}

/**
 * A small line of a share (0–100, always the same scale so rows compare), the last value
 * marked with a dot. Decorative: the table cell that holds it also says the values in words.
 */
export function sparkline(input: SparklineInput): string {
  const width = input.width ?? 140;
  const height = input.height ?? 40;
  const pad = 4;
  const n = input.values.length;
  const x = (i: number) => pad + ((width - 2 * pad) * i) / Math.max(1, n - 1);
  const y = (v: number) => pad + ((height - 2 * pad) * (100 - Math.max(0, Math.min(100, v)))) / 100;
  const r2 = (v: number) => String(Math.round(v * 100) / 100);
  const segments: string[] = [];
  let run: string[] = [];
  input.values.forEach((value, i) => {
    if (value === null) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
    } else run.push(`${r2(x(i))},${r2(y(value))}`);
  });
  if (run.length > 1) segments.push(run.join(' '));
  const lastIndex = input.values.findLastIndex((v) => v !== null);
  const last = lastIndex >= 0 ? input.values[lastIndex]! : null;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">`,
    `<line x1="${pad}" x2="${width - pad}" y1="${r2(y(50))}" y2="${r2(y(50))}" stroke="${CHART_COLOURS.grid}" stroke-dasharray="2 2"/>`,
    ...segments.map(
      (points) =>
        `<polyline class="line" points="${points}" fill="none" stroke="${CHART_COLOURS.satisfied}" stroke-width="2" stroke-linejoin="round"/>`,
    ),
    last !== null ? `<circle class="dot" cx="${r2(x(lastIndex))}" cy="${r2(y(last))}" r="3" fill="${CHART_COLOURS.satisfied}"/>` : '',
    '</svg>',
  ].join('');
}
