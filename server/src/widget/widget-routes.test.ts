import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/test-app.js';

const SOURCE = `export const hello = ${JSON.stringify('x'.repeat(2000))};\n`;
const CHUNK = 'export const later = 1;\n';

/** An app serving a made-up built widget (widget.js and one chunk) from a temporary folder, for the enclosing describe. */
function serveBuiltWidget(): { readonly app: TestApp['app'] } {
  let served: TestApp;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'widget-dist-'));
    writeFileSync(join(dir, 'widget.js'), SOURCE);
    mkdirSync(join(dir, 'widget-chunks'));
    writeFileSync(join(dir, 'widget-chunks', 'later-AbCd1234.js'), CHUNK);
    served = await startTestApp('pglite', { widgetDir: dir });
  });
  afterAll(async () => {
    await served.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get app() {
      return served.app;
    },
  };
}

describe('serving the widget bundle', () => {
  const t = serveBuiltWidget();

  it('serves /widget.js to any origin, revalidated by ETag', async () => {
    const res = await t.app.inject({ url: '/widget.js', headers: { origin: 'https://any.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(SOURCE);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toMatch(/max-age=300/);
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{12}"$/);
    const again = await t.app.inject({ url: '/widget.js', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('compresses with brotli or gzip as the client accepts', async () => {
    const br = await t.app.inject({ url: '/widget.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SOURCE);
    const gz = await t.app.inject({ url: '/widget.js', headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SOURCE);
    expect(gz.headers.vary).toContain('accept-encoding');
  });

  it('offers a versioned URL with SRI, cacheable for a year', async () => {
    const info = (await t.app.inject('/widget.json')).json();
    const version = createHash('sha256').update(SOURCE).digest('hex').slice(0, 12);
    expect(info).toEqual({
      version,
      url: `/widget.${version}.js`,
      integrity: `sha384-${createHash('sha384').update(SOURCE).digest('base64')}`,
      chunks: [{ url: '/widget-chunks/later-AbCd1234.js', integrity: `sha384-${createHash('sha384').update(CHUNK).digest('base64')}` }],
    });
    const fixed = await t.app.inject(info.url);
    expect(fixed.statusCode).toBe(200);
    expect(fixed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(fixed.body).toBe(SOURCE);
    const old = await t.app.inject('/widget.000000000000.js');
    expect(old.statusCode).toBe(404);
    expect(old.json().error.code).toBe('not_found');
  });
});

describe('serving the chunks the widget loads after a press', () => {
  const t = serveBuiltWidget();

  it('serves a chunk to any origin, compressed and cacheable for a year; an unknown one is 404', async () => {
    const res = await t.app.inject({ url: '/widget-chunks/later-AbCd1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(gunzipSync(res.rawPayload).toString()).toBe(CHUNK);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/widget-chunks/other-AbCd1234.js', '/widget-chunks/..%2Fwidget.js', '/widget-chunks/']) {
      const missing = await t.app.inject(url);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.json().error.code, url).toBe('not_found');
    }
  });
});

describe('without a built widget', () => {
  it('answers 404 with the envelope, and says how to build it', async () => {
    const t = await startTestApp('pglite', { widgetDir: null });
    try {
      const res = await t.app.inject('/widget.js');
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toContain('pnpm build');
    } finally {
      await t.close();
    }
  });
});
