import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { OTHER_SERVICE, useDashboardSystem } from '../support/dashboard-system.js';

// Every page of the dashboard through axe-core in real Chromium: zero WCAG 2.1 A/AA
// violations, in Dutch and English, with forced colours and at 320 px wide; keyboard use
// of the main controls. With a realistic year of data (about 7,000 responses over two
// years), it also writes screenshots of every page to test-results/screenshots/ for
// people to look at (dashboard-*.png).

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

interface Variant {
  name: string;
  lang: 'nl' | 'en';
  width: number;
  forcedColors?: boolean;
}

const VARIANTS: Variant[] = [
  { name: 'nl', lang: 'nl', width: 1280 },
  { name: 'en', lang: 'en', width: 1280 },
  { name: 'forced-colors', lang: 'nl', width: 1280, forcedColors: true },
  { name: '320px', lang: 'nl', width: 320 },
];

describe('accessibility of every dashboard page', () => {
  const env = useDashboardSystem('pglite', { scale: 1 });
  const dashboard = () => `${env.system.api}/dashboard/`;
  let sessionId: string;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    // One session for all pages, opened as the sign-in form would.
    const res = await fetch(`${env.system.api}/dashboard/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: env.system.api },
      body: JSON.stringify({ token: env.token }),
    });
    sessionId = /fi-session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
  });

  async function open(variant: Variant, signedIn: boolean): Promise<{ context: BrowserContext; page: Page }> {
    const context = await env.browser.newContext({
      viewport: { width: variant.width, height: 900 },
      forcedColors: variant.forcedColors ? 'active' : 'none',
      locale: variant.lang === 'nl' ? 'nl-BE' : 'en-GB',
      // axe is injected as an inline script, which the dashboard's CSP rightly refuses.
      // (dashboard.test.ts runs the app under its CSP and fails on any console error.)
      bypassCSP: true,
    });
    await context.addInitScript((lang) => localStorage.setItem('feedbackinstrument:dashboard:lang', lang), variant.lang);
    if (signedIn)
      await context.addCookies([{ name: 'fi-session', value: sessionId, url: env.system.api, httpOnly: true, sameSite: 'Strict' }]);
    return { context, page: await context.newPage() };
  }

  async function check(page: Page, what: string, variant: Variant) {
    const violations = await axeViolations(page);
    expect(violations, `${what} (${variant.name}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    await page.screenshot({ path: `${SHOTS}dashboard-${what}-${variant.name}.png`, fullPage: true });
  }

  /** Nothing on the page is wider than the window (no two-dimensional scrolling at 320 px), tables and charts aside. */
  async function expectNoHorizontalScroll(page: Page) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  it.each(VARIANTS)('sign-in, no-access and not-found pages ($name)', async (variant) => {
    const { context, page } = await open(variant, false);
    try {
      await page.goto(`${dashboard()}sign-in?error=expired`);
      await page.locator('main h1').waitFor();
      await page.locator('.notice').waitFor();
      await check(page, 'sign-in', variant);
      // The token field with an error message.
      await page.locator('#token').fill('fi_wrong');
      await page.locator('.token-form button[type="submit"]').click();
      await page.locator('#token-problem').waitFor();
      await check(page, 'sign-in-error', variant);

      await page.goto(`${dashboard()}no-access?reason=unknown-organisation&organisation=onbekende-dienst`);
      await page.locator('main h1').waitFor();
      await check(page, 'no-access', variant);
      if (variant.width === 320) await expectNoHorizontalScroll(page);
    } finally {
      await context.close();
    }
  });

  it.each(VARIANTS)('overview ($name)', async (variant) => {
    const { context, page } = await open(variant, true);
    try {
      await page.goto(`${dashboard()}?year=${env.year}`);
      await page.locator('fi-services-table tbody tr').first().waitFor();
      await check(page, 'overview', variant);
      if (variant.width === 320) await expectNoHorizontalScroll(page);
      // Sorting by keyboard: the header button says how the table is sorted.
      const satisfied = page.locator('fi-services-table thead th').nth(2);
      await satisfied.locator('button').focus();
      await page.keyboard.press('Enter');
      expect(await satisfied.getAttribute('aria-sort')).toBe('descending');
      await page.keyboard.press('Enter');
      expect(await satisfied.getAttribute('aria-sort')).toBe('ascending');
      const shares = await page.locator('fi-services-table tbody td:nth-of-type(2) strong').allTextContents();
      const numbers = shares.map((s) => Number(s.replace(/[^\d,.]/g, '').replace(',', '.')));
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      // The definitions open by keyboard.
      await page.locator('.definitions summary').focus();
      await page.keyboard.press('Enter');
      expect(await page.locator('.definitions').getAttribute('open')).not.toBeNull();
      await check(page, 'overview-sorted', variant);
    } finally {
      await context.close();
    }
  });

  it.each(VARIANTS)('service page ($name)', async (variant) => {
    const { context, page } = await open(variant, true);
    try {
      await page.goto(`${dashboard()}services/erfbelasting-aangifte?year=${env.year}`);
      await page.locator('.topic').first().waitFor();
      await page.locator('.remarks .remark').first().waitFor();
      // The same product elsewhere (five other organisations), with its chart and table.
      await page.locator('#chart-comparison-heading').waitFor();
      // A topic opened with the keyboard.
      await page.locator('.topic summary').first().focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.topic details').first().getAttribute('open')).not.toBeNull();
      await page.locator('.topic details[open] .examples').waitFor();
      await check(page, 'service', variant);
      if (variant.width === 320) await expectNoHorizontalScroll(page);
      // Charts hide their drawing from screen readers and carry a data table instead.
      const charts = await page.locator('.chart-figure').evaluateAll((figures) =>
        figures.map((f) => ({
          hidden: f.querySelector('.chart-drawing svg')?.closest('[aria-hidden]')?.getAttribute('aria-hidden'),
          rows: f.querySelectorAll('.sr-only table tbody tr').length,
        })),
      );
      expect(charts.length).toBeGreaterThanOrEqual(4);
      for (const chart of charts) {
        expect(chart.hidden).toBe('true');
        expect(chart.rows).toBeGreaterThan(0);
      }
      // The remarks filter used from the keyboard only, and an impossible period.
      await page.locator('#remarks-q').focus();
      await page.keyboard.type('itsme');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#remarks-status').textContent()).toMatch(/(opmerking|remark)/);
      await page.locator('#remarks-from').fill(`${env.year}-06-01`);
      await page.locator('#remarks-to').fill(`${env.year}-03-01`);
      await page.locator('.remark-filters button[type="submit"]').click();
      await page.locator('#remarks-period-error').waitFor();
      await check(page, 'service-filtered', variant);
      // Erasing a remark asks first (cancelled here: the check reads the question, it erases nothing).
      await page.locator('.remarks button.erase').first().click();
      await page.locator('.erase-confirm').waitFor();
      await check(page, 'service-erase-question', variant);
      await page
        .locator('.remarks .remark')
        .first()
        .screenshot({ path: `${SHOTS}dashboard-erase-question-remark-${variant.name}.png` });
      if (variant.width === 320) await expectNoHorizontalScroll(page);
      await page.locator('.erase-confirm .secondary').click();
    } finally {
      await context.close();
    }
  });

  it.each(VARIANTS.slice(0, 2))('not-found page for another organisation’s service ($name)', async (variant) => {
    const { context, page } = await open(variant, true);
    try {
      await page.goto(`${dashboard()}services/${OTHER_SERVICE}`);
      await expect.poll(() => page.locator('main h1').textContent()).toMatch(/Niet gevonden|Not found/);
      await check(page, 'not-found', variant);
    } finally {
      await context.close();
    }
  });

  it('the skip link leads to the content', async () => {
    const { context, page } = await open(VARIANTS[0]!, true);
    try {
      await page.goto(`${dashboard()}?year=${env.year}`);
      await page.locator('fi-services-table tbody tr').first().waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Naar de inhoud');
      expect(await page.locator('.skip-link').isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    } finally {
      await context.close();
    }
  });
});
