import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The contract: the first load (everything fetched from the feedback host before a press) is
 * at most 8 KB gzip. widget.js imports nothing statically, so the first load is widget.js
 * alone (the browser test tests/e2e/widget-first-load.test.ts measures what Chromium fetches).
 * A press adds the remark form and one language: with widget.js at most 12 KB, as before.
 */
const FIRST_LOAD_BUDGET = 8 * 1024;
const AFTER_PRESS_BUDGET = 12 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));

function read(path: string): string {
  if (!existsSync(dist + path)) {
    throw new Error(`${dist + path} is missing: run \`pnpm build\` (or \`pnpm --filter @feedbackinstrument/widget build\`) first.`);
  }
  return readFileSync(dist + path, 'utf8');
}

const gzip = (source: string) => gzipSync(source, { level: 9 }).length;
const chunks = () => readdirSync(`${dist}widget-chunks`).map((name) => `widget-chunks/${name}`);
const dynamicImports = (source: string) => [...source.matchAll(/\bimport\(\s*[`'"]\.\/([^`'"]+)[`'"]\s*\)/g)].map((match) => match[1]!);

describe('widget.js and its chunks', () => {
  it(`the first load (widget.js) is at most ${FIRST_LOAD_BUDGET} bytes gzipped`, () => {
    const size = gzip(read('widget.js'));
    console.info(`widget.js (first load): ${read('widget.js').length} bytes, ${size} bytes gzip -9 (budget ${FIRST_LOAD_BUDGET})`);
    expect(size).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
  });

  it(`after a press, widget.js with the remark form and the largest language is at most ${AFTER_PRESS_BUDGET} bytes gzipped`, () => {
    const all = chunks();
    const flow = all.find((path) => path.includes('remark-flow-'))!;
    const languages = all.filter((path) => /\/(nl|fr|en|de)-/.test(path));
    expect(languages).toHaveLength(4);
    const largest = Math.max(...languages.map((path) => gzip(read(path))));
    const total = gzip(read('widget.js')) + gzip(read(flow)) + largest;
    console.info(`after a press: ${total} bytes gzip -9 (remark form ${gzip(read(flow))}, largest language ${largest})`);
    expect(total).toBeLessThanOrEqual(AFTER_PRESS_BUDGET);
  });

  it('imports nothing statically; loads only its own hashed chunks, and those import nothing', () => {
    const entry = read('widget.js');
    expect(entry).toContain('customElements.define(`feedback-instrument`');
    const staticImport = /(^|[;}\s])import\s*[{"'`*\w]|\bfrom\s*["'`]/;
    expect(entry).not.toMatch(staticImport);
    expect(dynamicImports(entry).sort()).toEqual(chunks().sort());
    for (const path of chunks()) {
      expect(path).toMatch(/^widget-chunks\/[\w-]+-[\w-]{8}\.js$/);
      expect(read(path), path).not.toMatch(staticImport);
      expect(dynamicImports(read(path)), path).toEqual([]);
    }
  });

  it('has no Lit and calls nothing but its own API: no absolute URL except the SVG namespace', () => {
    for (const path of ['widget.js', ...chunks()]) {
      const source = read(path);
      expect(source, path).not.toMatch(/litElementVersions|lit-html/);
      expect(
        (source.match(/https?:\/\/[^\s"'`)]+/g) ?? []).filter((url) => url !== 'http://www.w3.org/2000/svg'),
        path,
      ).toEqual([]);
    }
  });

  it('sets no inline styles, which a strict Content-Security-Policy would block', () => {
    for (const path of ['widget.js', ...chunks()])
      expect(read(path), path).not.toMatch(/\sstyle=|styleMap|\.style\.|setAttribute\(`style`/);
  });
});
