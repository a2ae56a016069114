// `pnpm start`'s build step: builds the widget and the dashboard only when one of their
// sources is newer than what was built from them (a cheap mtime check), so a second start
// does not spend seconds rebuilding the same bundles. A fresh clone has no build yet and
// builds everything; `pnpm build` always builds.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The packages `pnpm build` builds: what they are built from, and what they build. */
const PACKAGES = [
  {
    name: '@feedbackinstrument/widget',
    sources: ['widget/src', 'widget/build', 'widget/vite.config.ts', 'widget/package.json', 'shared/src', 'pnpm-lock.yaml'],
    outputs: ['widget/dist/widget.js', 'widget/custom-elements.json'],
  },
  {
    name: '@feedbackinstrument/dashboard',
    sources: [
      'dashboard/src',
      'dashboard/index.html',
      'dashboard/vite.config.ts',
      'dashboard/package.json',
      'shared/src',
      'pnpm-lock.yaml',
    ],
    outputs: ['dashboard/dist/index.html'],
  },
];

/** The newest modification time of a file, or of any file under a folder (0: none). */
function newest(path) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** The oldest modification time of the outputs; 0 when one is missing. */
function oldest(paths) {
  let earliest = Infinity;
  for (const path of paths) {
    try {
      earliest = Math.min(earliest, statSync(path).mtimeMs);
    } catch {
      return 0;
    }
  }
  return earliest;
}

const stale = PACKAGES.filter((p) => {
  const built = oldest(p.outputs.map((o) => join(ROOT, o)));
  return built === 0 || p.sources.some((s) => newest(join(ROOT, s)) > built);
});

if (stale.length === 0) {
  console.log('Build: the widget and the dashboard are up to date (`pnpm build` rebuilds them anyway).');
} else {
  const filters = stale.flatMap((p) => ['--filter', p.name]);
  const result = spawnSync('pnpm', [...filters, 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
