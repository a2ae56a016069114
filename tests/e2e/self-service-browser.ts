import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import type { DashboardSystem } from '../support/dashboard-system.js';

// What the self-service browser test files share: fresh browser profiles (a language, a
// width, forced colours), signing in with a token, finding buttons and focus, and tiny web
// sites on other loopback origins to embed the widget in.

/** A tiny web site on its own loopback port: another origin, serving whatever HTML it is given. */
export interface Site {
  url: string;
  html: string;
  close(): Promise<void>;
}

export async function startSite(): Promise<Site> {
  const site = { html: '<!doctype html><title>leeg</title>' } as Site;
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(site.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  site.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  site.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return site;
}

export const pageWith = (snippet: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Uw aanvraag is verstuurd</title></head><body><main><h1>Uw aanvraag is verstuurd</h1>${snippet}</main></body></html>`;

/** For a test file with its dashboard system (filled in before the file's first test). */
export function selfServiceBrowser(env: DashboardSystem) {
  const dashboard = () => `${env.system.api}/dashboard/`;

  async function freshPage(options: { lang?: 'nl' | 'en'; width?: number; forcedColors?: boolean; bypassCSP?: boolean } = {}) {
    const context = await env.browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      forcedColors: options.forcedColors ? 'active' : 'none',
      bypassCSP: options.bypassCSP ?? false,
    });
    await context.addInitScript((lang) => localStorage.setItem('feedbackinstrument:dashboard:lang', lang), options.lang ?? 'nl');
    const page = await context.newPage();
    const incidents: string[] = [];
    page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // The preview's own blocked requests are the point of its policy, not an error of the page.
      if (message.type() === 'error' && !message.text().includes('Content Security Policy') && !message.location().url.includes('/v1/')) {
        incidents.push(`console: ${message.text()} ${message.location().url}`);
      }
    });
    return { context, page, incidents };
  }

  async function signIn(page: Page, token: string) {
    await page.goto(`${dashboard()}sign-in`);
    await page.locator('#token').fill(token);
    await page.locator('#token').press('Enter');
    await page.locator('.main-nav').waitFor();
  }

  const heading = (page: Page) => page.locator('main h1');
  /** A button whose visible text is followed by words for screen readers only ("Kopiëren" + ": Code voor uw pagina"); flex layout may add a space before the colon. */
  const namedButton = (page: Page, visible: string, more: string) => {
    const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return page.getByRole('button', { name: new RegExp(`^${literal(visible)}\\s*:\\s*${literal(more)}$`) });
  };
  const focused = (page: Page) =>
    page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '');

  return { dashboard, freshPage, signIn, heading, namedButton, focused };
}
