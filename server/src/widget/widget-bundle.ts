import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One built file, held in memory with its encodings and cache keys (a few KB each). */
export interface WidgetFile {
  /** Short content hash: the version in /widget.<version>.js and the ETag. */
  version: string;
  /** Subresource Integrity value (sha384). */
  integrity: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** The built widget: the entry (the first load) and the hashed chunks it imports on a press. */
export interface WidgetBundle extends WidgetFile {
  /** By file name, e.g. "remark-flow-GBn_ZTo0.js", served at /widget-chunks/<name>. */
  chunks: Map<string, WidgetFile>;
}

/** Where the entry imports its chunks from (relative to /widget.js and /widget.<version>.js alike). */
export const CHUNK_DIR = 'widget-chunks';

function widgetFile(identity: Buffer): WidgetFile {
  const version = createHash('sha256').update(identity).digest('hex').slice(0, 12);
  return {
    version,
    integrity: `sha384-${createHash('sha384').update(identity).digest('base64')}`,
    etag: `"${version}"`,
    identity,
    gzip: gzipSync(identity, { level: 9 }),
    brotli: brotliCompressSync(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  };
}

/** Reads dist/widget.js and dist/widget-chunks/*.js once at start; null when the widget has not been built. */
export function loadWidgetBundle(widgetDir: string | null): WidgetBundle | null {
  if (!widgetDir) return null;
  let identity: Buffer;
  try {
    identity = readFileSync(join(widgetDir, 'widget.js'));
  } catch {
    return null;
  }
  const chunks = new Map<string, WidgetFile>();
  let names: string[] = [];
  try {
    names = readdirSync(join(widgetDir, CHUNK_DIR)).filter((name) => name.endsWith('.js'));
  } catch {
    // A build without chunks (or a test's one-file widget).
  }
  for (const name of names.sort()) chunks.set(name, widgetFile(readFileSync(join(widgetDir, CHUNK_DIR, name))));
  return { ...widgetFile(identity), chunks };
}

/** The best encoding the client accepts (q=0 excluded). */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Set(
    (acceptEncoding ?? '')
      .split(',')
      .map((part) => part.trim().toLowerCase())
      .filter((part) => !/;\s*q=0(\.0*)?$/.test(part))
      .map((part) => part.split(';')[0]!),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}
