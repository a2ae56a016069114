import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The house's one structural rule (docs/architecture.md, "The house"): between the folders
// of server/src, imports run only downward. Features never import each other in a circle,
// the infrastructure and the kernel import no feature, and production code never imports
// tests, test support or benchmarks.

const SRC = fileURLToPath(new URL('.', import.meta.url));
const BELOW_FEATURES: Record<string, readonly string[]> = {
  kernel: [],
  db: ['kernel'],
  http: ['kernel'],
  'config.ts': ['db', 'kernel'],
  'plugins/external': ['db', 'http', 'kernel', 'config.ts'],
};
const NOT_FOR_PRODUCTION = ['testing', 'bench'];
/** The app's wiring: entry points, the assembly and the URL map. Nothing below imports them. */
const WIRING = ['main.ts', 'start-server.ts', 'migrate.ts', 'app.ts', 'routes', 'cli'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The folder of server/src a file belongs to ('plugins/external' counts as its own), or the file for one at the top. */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts[0] === 'plugins' && parts.length > 2) return `plugins/${parts[1]}`;
  return parts[0] as string;
}

const edges = new Map<string, Set<string>>();
for (const file of sourceFiles(SRC)) {
  const from = folderOf(file);
  // `from './x.js'`, `import './x.js'` and `import('./x.js')`.
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
    const target = resolve(dirname(file), match[1] as string);
    if (!target.startsWith(SRC)) continue;
    const to = folderOf(target.replace(/\.js$/, '.ts'));
    if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
  }
}

function reaches(from: string, to: string, seen = new Set<string>()): boolean {
  for (const next of edges.get(from) ?? []) {
    if (next === to) return true;
    if (!seen.has(next)) {
      seen.add(next);
      if (reaches(next, to, seen)) return true;
    }
  }
  return false;
}

describe('imports between the folders of server/src', () => {
  it('form no circle', () => {
    const circles = [...edges].flatMap(([from, tos]) => [...tos].filter((to) => reaches(to, from)).map((to) => `${from} -> ${to}`));
    expect(circles).toEqual([]);
  });

  it('leave the kernel and the infrastructure free of features', () => {
    for (const [folder, allowed] of Object.entries(BELOW_FEATURES)) {
      expect(
        [...(edges.get(folder) ?? [])].filter((to) => !allowed.includes(to)),
        folder,
      ).toEqual([]);
    }
  });

  it('reach the wiring only from the wiring', () => {
    const wrong = [...edges].filter(([from, tos]) => ![...WIRING, ...NOT_FOR_PRODUCTION].includes(from) && WIRING.some((t) => tos.has(t)));
    expect(wrong).toEqual([]);
  });

  it('never reach tests, test support or benchmarks from production code', () => {
    const wrong = [...edges].filter(([from, tos]) => !NOT_FOR_PRODUCTION.includes(from) && NOT_FOR_PRODUCTION.some((t) => tos.has(t)));
    expect(wrong).toEqual([]);
  });

  it('see the imports it judges', () => {
    expect(edges.get('app.ts')?.has('routes')).toBe(true);
    expect(edges.size).toBeGreaterThan(20);
  });
});
