import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/** The contract: widget.js ≤ 12 KB gzip, Lit included. Measured as `gzip -9c dist/widget.js | wc -c`. */
const BUDGET = 12 * 1024;
const file = fileURLToPath(new URL('../dist/widget.js', import.meta.url));

function bundle(): string {
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`pnpm build\` (or \`pnpm --filter @feedbackinstrument/widget build\`) first.`);
  }
  return readFileSync(file, 'utf8');
}

describe('widget.js', () => {
  it(`is at most ${BUDGET} bytes gzipped, Lit included`, () => {
    const source = bundle();
    const size = gzipSync(source, { level: 9 }).length;
    console.info(`widget.js: ${source.length} bytes, ${size} bytes gzip -9 (budget ${BUDGET})`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it('is one self-contained module: Lit inside, no imports, nothing fetched from elsewhere', () => {
    const source = bundle();
    expect(source).toContain('customElements.define(`feedback-instrument`');
    expect(source).toMatch(/litElementVersions/);
    expect(source).not.toMatch(/\bimport\s*[({"'`]|\bfrom\s*["'`]/);
    // Only the widget's own API is ever called: no absolute URL of anything else.
    expect(source.match(/https?:\/\/[^\s"'`)]+/g) ?? []).toEqual([]);
  });

  it('sets no inline styles, which a strict Content-Security-Policy would block', () => {
    expect(bundle()).not.toMatch(/\sstyle=|styleMap|\.style\.|setAttribute\(`style`/);
  });
});
