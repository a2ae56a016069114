import { CHART_COLOURS } from './palette.js';
import { escapeMarkup, n } from './svg.js';

export interface ComparisonStripInput {
  id: string;
  title: string;
  /** The other organisations' quartiles and median (0–100). */
  p25: number;
  median: number;
  p75: number;
  /** This service's share, or null without responses. */
  own: number | null;
  labels: { middleHalf: string; median: string; own: string };
  /** Writes a share, e.g. "75 %". */
  format: (value: number) => string;
  width?: number;
}

/**
 * Where one service stands among the same product elsewhere: a 0–100 track with the middle
 * half of the other organisations (25th to 75th percentile) as a box, their median as a line
 * and this service as a diamond. Pure: returns an SVG string (every text escaped).
 */
export function comparisonStrip(input: ComparisonStripInput): string {
  const width = input.width ?? 560;
  const height = 96;
  // Room for the "0 %" and "100 %" labels centred under the track's ends.
  const left = 24;
  const right = 28;
  const top = 30;
  const box = 22;
  const x = (value: number) => left + ((width - left - right) * Math.max(0, Math.min(100, value))) / 100;
  const id = escapeMarkup(input.id);
  const ticks = [0, 25, 50, 75, 100]
    .map(
      (v) =>
        `<line x1="${n(x(v))}" x2="${n(x(v))}" y1="${top + box + 4}" y2="${top + box + 9}" stroke="${CHART_COLOURS.axis}"/>` +
        `<text x="${n(x(v))}" y="${top + box + 22}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${escapeMarkup(input.format(v))}</text>`,
    )
    .join('');
  const parts = [
    `<rect x="${left}" y="${top + box / 2 - 2}" width="${width - left - right}" height="4" fill="${CHART_COLOURS.grid}"/>`,
    `<rect x="${n(x(input.p25))}" y="${top}" width="${n(Math.max(2, x(input.p75) - x(input.p25)))}" height="${box}" fill="${CHART_COLOURS.neutral}" fill-opacity="0.45" stroke="${CHART_COLOURS.axis}"/>`,
    `<line x1="${n(x(input.median))}" x2="${n(x(input.median))}" y1="${top - 4}" y2="${top + box + 4}" stroke="${CHART_COLOURS.text}" stroke-width="3"/>`,
    `<text x="${n(x(input.median))}" y="${top - 8}" text-anchor="middle">${escapeMarkup(`${input.labels.median} ${input.format(input.median)}`)}</text>`,
    ticks,
  ];
  if (input.own !== null) {
    const cx = x(input.own);
    const cy = top + box / 2;
    parts.push(
      `<path d="M${n(cx)} ${n(cy - 11)} L${n(cx + 11)} ${n(cy)} L${n(cx)} ${n(cy + 11)} L${n(cx - 11)} ${n(cy)} Z" fill="${CHART_COLOURS.dissatisfied}" stroke="#ffffff" stroke-width="1.5"/>`,
    );
  }
  const legend = `<rect x="${left}" y="${height - 11}" width="11" height="9" fill="${CHART_COLOURS.neutral}" fill-opacity="0.45" stroke="${CHART_COLOURS.axis}"/><text x="${left + 16}" y="${height - 3}">${escapeMarkup(input.labels.middleHalf)}</text>`;
  const ownLegend =
    input.own === null
      ? ''
      : `<path d="M${width / 2 + 6} ${height - 13} L${width / 2 + 12} ${height - 7} L${width / 2 + 6} ${height - 1} L${width / 2} ${height - 7} Z" fill="${CHART_COLOURS.dissatisfied}"/><text x="${width / 2 + 18}" y="${height - 3}">${escapeMarkup(`${input.labels.own} ${input.format(input.own)}`)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-labelledby="${id}-title" font-family="inherit" font-size="11" fill="${CHART_COLOURS.text}">`,
    `<title id="${id}-title">${escapeMarkup(input.title)}</title>`,
    ...parts,
    legend,
    ownLegend,
    '</svg>',
  ].join('');
}
