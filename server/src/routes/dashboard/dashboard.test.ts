import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../testing/test-app.js';
import { BACKENDS } from '../../testing/test-database.js';

// Serving the built dashboard: hashed assets cached for good, the app's page revalidated
// and answered for every app path, a strict Content-Security-Policy, and a clear 404 when
// the dashboard was not built.

describe.each(BACKENDS)('the dashboard files on %s', (kind) => {
  let t: TestApp;
  let bare: TestApp;
  const dir = mkdtempSync(join(tmpdir(), 'dashboard-dist-'));

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><title>dashboard</title><script type="module" src="/dashboard/assets/index-abc123.js"></script>',
    );
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("dashboard")');
    writeFileSync(join(dir, 'assets', 'index-abc123.css'), 'body{}');
    [t, bare] = await Promise.all([startTestApp(kind, { dashboardDir: dir }), startTestApp(kind)]);
  });
  afterAll(async () => {
    await Promise.all([t?.close(), bare?.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app at /dashboard/, revalidated, under a strict policy', async () => {
    const res = await t.app.inject({ url: '/dashboard/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<title>dashboard</title>');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.etag).toBeDefined();
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    // A revalidation with the ETag costs nothing.
    const again = await t.app.inject({ url: '/dashboard/', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('answers every app path with the app (the browser routes), and /dashboard with a redirect', async () => {
    for (const path of [
      '/dashboard/services/gent-afspraak-burgerzaken?year=2025',
      '/dashboard/sign-in?error=expired',
      '/dashboard/no-access',
    ]) {
      const res = await t.app.inject({ url: path });
      expect(res.statusCode, path).toBe(200);
      expect(res.body).toContain('<title>dashboard</title>');
    }
    const redirect = await t.app.inject({ url: '/dashboard' });
    expect(redirect.statusCode).toBe(301);
    expect(redirect.headers.location).toBe('/dashboard/');
  });

  it('caches hashed assets for a year; a missing asset is a 404 in the error envelope, not the app', async () => {
    const js = await t.app.inject({ url: '/dashboard/assets/index-abc123.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await t.app.inject({ url: '/dashboard/assets/index-gone.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    // Nothing outside the assets folder.
    const outside = await t.app.inject({ url: '/dashboard/assets/..%2f..%2fpackage.json' });
    expect([403, 404]).toContain(outside.statusCode);
    expect(outside.json().error.code).toMatch(/forbidden|not_found/);
  });

  it('without a built dashboard, says so', async () => {
    const res = await bare.app.inject({ url: '/dashboard/' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toContain('pnpm build');
  });
});
