import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import { migrations } from '@feedbackinstrument/migrations';

// A new embedded database starts with PGlite's initdb, most of a first start's time
// (measured: ~5 s of CPU against ~1.5–2 s to unpack a copy). So the first new database made on
// this machine, once migrated and still empty, is kept as a template next to the build
// (node_modules/.cache, like the bundles), and every later new data folder starts as a copy
// of it. The template's name holds the PGlite build and the migrations it has, so another
// version or a new migration never starts from an outdated one (the old file is ignored).

const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/feedbackinstrument/', import.meta.url));

/** Where the template of this PGlite build and these migrations is kept. */
export function templateFile(): string {
  // The resolved path of PGlite holds its version (pnpm's store layout), so it names the build.
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const key = createHash('sha256').update(pglite).update('\n').update(Object.keys(migrations).join('\n')).digest('hex').slice(0, 16);
  return join(CACHE_DIR, `pglite-template-${key}.tar.gz`);
}

/** True when the embedded database's folder holds no database yet. */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(resolve(dataDir, 'pglite', 'PG_VERSION'));
}

/** The template for a new database, or null when none was made yet (or it cannot be read). */
export async function readTemplate(): Promise<Blob | null> {
  try {
    return new Blob([await readFile(templateFile())]);
  } catch {
    return null;
  }
}

/**
 * Keeps a just-migrated, still empty database as the template. Written to a temporary
 * file first and renamed, so a start that reads it meanwhile never sees half a file.
 * Best effort: without a cache folder it can write to, new databases just start slower.
 */
export async function saveTemplate(pglite: PGlite): Promise<void> {
  try {
    const file = templateFile();
    // Compressed: 4.5 instead of 41 MB, for ~0.2 s more of CPU when a new database unpacks it.
    const dump = await pglite.dumpDataDir('gzip');
    await mkdir(CACHE_DIR, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, Buffer.from(await dump.arrayBuffer()));
    await rename(temporary, file);
  } catch {
    // No template: the next new database runs initdb, as this one did.
  }
}
