import type { BrowserContext, Page } from 'playwright-core';
import type { DashboardSystem } from '../support/dashboard-system.js';

// What the dashboard's browser test files share: fresh browser profiles that collect what
// goes wrong, signing in through the OIDC provider's own form, and reading our cookies.

/** For a test file with its dashboard system (filled in before the file's first test). */
export function dashboardBrowser(env: DashboardSystem) {
  const dashboard = () => `${env.system.api}/dashboard/`;
  /** The overview of the demo year. */
  const overview = () => `${dashboard()}?year=${env.year}`;

  /** A fresh browser profile; collects dialogs, page errors and console errors. */
  async function freshPage(): Promise<{ context: BrowserContext; page: Page; incidents: string[] }> {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const incidents: string[] = [];
    page.on('dialog', (dialog) => {
      incidents.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => incidents.push(`pageerror: ${error.message}`));
    // Console errors of our pages only (the provider's login page loads fonts it cannot reach here).
    page.on('console', (message) => {
      if (message.type() === 'error' && page.url().startsWith(env.system.api))
        incidents.push(`console: ${message.text()} ${message.location().url}`);
    });
    return { context, page, incidents };
  }

  /** Signs in through the OIDC provider's own login form, as a person would. */
  async function signInWithOidc(page: Page, login: string, start = overview()) {
    await page.goto(start);
    await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
    await page.waitForURL((url) => url.origin === env.oidc.issuer);
    await page.locator('input[name="login"]').fill(login);
    await page.locator('input[name="password"]').fill('any password will do');
    await page.locator('button[type="submit"]').click();
  }

  const heading = (page: Page) => page.locator('main h1');
  /** Our cookies only (the provider, on the same host, sets its own). */
  const ourCookies = async (context: BrowserContext) => (await context.cookies(env.system.api)).filter((c) => c.name.startsWith('fi-'));

  return { dashboard, overview, freshPage, signInWithOidc, heading, ourCookies };
}
