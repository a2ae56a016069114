import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The built widget, held in memory with its encodings and cache keys (it is a few KB). */
export interface WidgetBundle {
  /** Short content hash: the version in /widget.<version>.js and the ETag. */
  version: string;
  /** Subresource Integrity value for <script integrity="…">. */
  integrity: string;
  etag: string;
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
}

/** Reads dist/widget.js once at start; null when the widget has not been built. */
export function loadWidgetBundle(widgetDir: string | null): WidgetBundle | null {
  if (!widgetDir) return null;
  let identity: Buffer;
  try {
    identity = readFileSync(join(widgetDir, 'widget.js'));
  } catch {
    return null;
  }
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
