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
function serverFolderOf(file: string): string {
  const parts = relative(SRC, file).split('/');
  if (parts[0] === 'plugins' && parts.length > 2) return `plugins/${parts[1]}`;
  return parts[0] as string;
}

/** Which folders of `root` import which others, by the relative imports of its source files. */
function importsBetweenFolders(root: string, folderOf: (file: string) => string): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sourceFiles(root)) {
    const from = folderOf(file);
    // `from './x.js'`, `import './x.js'` and `import('./x.js')`.
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const target = resolve(dirname(file), match[1] as string);
      if (!target.startsWith(root)) continue;
      const to = folderOf(target.replace(/\.js$/, '.ts'));
      if (to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

function reaches(edges: Map<string, Set<string>>, from: string, to: string, seen = new Set<string>()): boolean {
  for (const next of edges.get(from) ?? []) {
    if (next === to) return true;
    if (!seen.has(next)) {
      seen.add(next);
      if (reaches(edges, next, to, seen)) return true;
    }
  }
  return false;
}

/** Every import from one folder to another that a chain of imports leads back from. */
const circles = (edges: Map<string, Set<string>>) =>
  [...edges].flatMap(([from, tos]) => [...tos].filter((to) => reaches(edges, to, from)).map((to) => `${from} -> ${to}`));

/** The folders below the features that import one outside what they may. */
const belowFeaturesReaching = (edges: Map<string, Set<string>>, below: Record<string, readonly string[]>) =>
  Object.entries(below).flatMap(([folder, allowed]) =>
    [...(edges.get(folder) ?? [])].filter((to) => !allowed.includes(to)).map((to) => `${folder} -> ${to}`),
  );

/** The folders outside the wiring (and `exempt`) that import the wiring. */
const reachingWiring = (edges: Map<string, Set<string>>, wiring: readonly string[], exempt: readonly string[] = []) =>
  [...edges].filter(([from, tos]) => ![...wiring, ...exempt].includes(from) && wiring.some((t) => tos.has(t))).map(([from]) => from);

const edges = importsBetweenFolders(SRC, serverFolderOf);

describe('imports between the folders of server/src', () => {
  it('form no circle', () => {
    expect(circles(edges)).toEqual([]);
  });

  it('leave the kernel and the infrastructure free of features', () => {
    expect(belowFeaturesReaching(edges, BELOW_FEATURES)).toEqual([]);
  });

  it('reach the wiring only from the wiring', () => {
    expect(reachingWiring(edges, WIRING, NOT_FOR_PRODUCTION)).toEqual([]);
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

// The dashboard keeps the same rule: its texts' page-wide part and language choice (i18n/)
// and its kernel import no feature; the app shell (app/) and main.ts sit above them all.
const DASHBOARD_SRC = fileURLToPath(new URL('../../dashboard/src/', import.meta.url));
const DASHBOARD_BELOW_FEATURES: Record<string, readonly string[]> = { i18n: [], kernel: ['i18n'] };
const DASHBOARD_WIRING = ['main.ts', 'app'];
const dashboardEdges = importsBetweenFolders(DASHBOARD_SRC, (file) => relative(DASHBOARD_SRC, file).split('/')[0] as string);

describe('imports between the folders of dashboard/src', () => {
  it('form no circle', () => {
    expect(circles(dashboardEdges)).toEqual([]);
  });

  it("leave the kernel and the texts' page-wide part free of features", () => {
    expect(belowFeaturesReaching(dashboardEdges, DASHBOARD_BELOW_FEATURES)).toEqual([]);
  });

  it('reach the app shell only from the wiring', () => {
    expect(reachingWiring(dashboardEdges, DASHBOARD_WIRING)).toEqual([]);
  });

  it('see the imports it judges', () => {
    expect(dashboardEdges.get('main.ts')?.has('app')).toBe(true);
    expect(dashboardEdges.size).toBeGreaterThan(15);
  });
});
