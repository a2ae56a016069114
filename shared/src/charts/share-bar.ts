import { CHART_COLOURS } from './palette.js';

export interface ShareBarInput {
  /** The share (0–100), or null without data. */
  value: number | null;
  /** Its margin (95 % interval), drawn as a thin line with end ticks. */
  low?: number | null;
  high?: number | null;
  width?: number;
}

/**
 * A share as a filled bar on a 0–100 track, with its margin as a whisker: services side
 * by side compare at a glance, and a wide whisker shows a figure built on few responses.
 * Decorative: the number stands beside it as text.
 */
export function shareBar(input: ShareBarInput): string {
  const width = input.width ?? 120;
  const height = 16;
  const x = (v: number) => Math.round((((width - 2) * Math.max(0, Math.min(100, v))) / 100) * 100) / 100 + 1;
  const parts = [
    `<rect class="track" x="1" y="4" width="${width - 2}" height="8" fill="${CHART_COLOURS.grid}"/>`,
    `<line x1="${x(50)}" x2="${x(50)}" y1="2" y2="14" stroke="#ffffff" stroke-width="1"/>`,
  ];
  if (input.value !== null)
    parts.push(`<rect class="bar" x="1" y="4" width="${x(input.value) - 1}" height="8" fill="${CHART_COLOURS.satisfied}"/>`);
  if (input.low != null && input.high != null) {
    const [a, b] = [x(input.low), x(input.high)];
    parts.push(
      `<line class="whisker" x1="${a}" x2="${b}" y1="8" y2="8" stroke="${CHART_COLOURS.text}" stroke-width="1.5"/>`,
      `<line class="whisker" x1="${a}" x2="${a}" y1="3" y2="13" stroke="${CHART_COLOURS.text}" stroke-width="1.5"/>`,
      `<line class="whisker" x1="${b}" x2="${b}" y1="3" y2="13" stroke="${CHART_COLOURS.text}" stroke-width="1.5"/>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="share-bar" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-hidden="true" focusable="false">${parts.join('')}</svg>`;
}
