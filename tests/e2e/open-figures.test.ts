import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { insertOrganisation } from '@feedbackinstrument/server/organisations/organisations';
import { insertService, updateService } from '@feedbackinstrument/server/services/services';
import { addResponses } from '@feedbackinstrument/server/testing/bulk-responses';
import { currentYear } from '@feedbackinstrument/server/kernel/calendar';
import { axeViolations } from '../support/axe.js';
import { useBrowserAndSystem } from '../support/browser-system.js';

// The public /open pages in real Chromium: read with JavaScript switched off (as a citizen
// whose browser blocks scripts would), filter with the plain GET form, download the CSV and
// check it against the JSON of /v1/public/figures; axe-core in every language at 320 px
// and in forced-colours mode; the keyboard path through the page.

const LANGS = ['nl', 'fr', 'en', 'de'] as const;
/** Screenshots for people to look at (open-*.png). */
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const YEAR = currentYear('Europe/Brussels');

describe('the open figures pages in a browser', () => {
  const env = useBrowserAndSystem('postgres');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const db = env.system.database.db;
    await insertOrganisation(db, { id: 'gemeente-lede', name: 'Gemeente Lede', level: 'lokaal' });
    await insertService(db, {
      id: 'lede-parkeerkaart',
      organisationId: 'gemeente-lede',
      name: { nl: 'Parkeerkaart aanvragen', fr: 'Demander une carte de stationnement' },
      audience: 'burgers',
      channel: 'lede.be',
      publishFigures: true,
    });
    await insertService(db, {
      id: 'lede-afvalkalender',
      organisationId: 'gemeente-lede',
      name: { nl: 'Afvalkalender' },
      audience: 'burgers',
      channel: 'lede.be',
      publishFigures: true,
    });
    await updateService(db, 'groeipakket-aanvragen', { publishFigures: true });
    // Parkeerkaart: 36 of 48 satisfied (75,0 %); Afvalkalender: 6 responses (withheld); Groeipakket: 20 of 25 (80,0 %).
    await addResponses(db, 'lede-parkeerkaart', { satisfied: 36, other: 12 }, `${YEAR}-01-01`);
    await addResponses(db, 'lede-afvalkalender', { satisfied: 6, other: 0 }, `${YEAR}-01-01`);
    await addResponses(db, 'groeipakket-aanvragen', { satisfied: 20, other: 5 }, `${YEAR}-01-01`);
  });

  async function withContext<T>(
    options: Parameters<typeof env.browser.newContext>[0],
    work: (page: Page, context: BrowserContext) => Promise<T>,
  ): Promise<T> {
    const context = await env.browser.newContext(options);
    try {
      return await work(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  it('without JavaScript: reads figures, sees a withheld service, filters by organisation, downloads the CSV that matches the JSON', async () => {
    await withContext({ javaScriptEnabled: false, acceptDownloads: true }, async (page) => {
      await page.goto(`${env.system.api}/open`);
      const parkeerkaart = page.getByRole('article', { name: 'Parkeerkaart aanvragen' });
      expect(await parkeerkaart.locator('dt', { hasText: 'Antwoorden' }).locator('+ dd').textContent()).toBe('48');
      expect(await parkeerkaart.locator('dt', { hasText: 'Tevreden' }).locator('+ dd').textContent()).toBe('75,0\u00a0%');
      // The month table sits in a closed <details> on the overview; the chart's own text alternative is in the SVG.
      expect(await parkeerkaart.getByRole('img').getAttribute('aria-labelledby')).toBe(
        'chart-lede-parkeerkaart-title chart-lede-parkeerkaart-desc',
      );
      expect(await parkeerkaart.locator('table caption').textContent()).toBe(`Cijfers per maand in ${YEAR}: Parkeerkaart aanvragen`);
      const afvalkalender = page.getByRole('article', { name: 'Afvalkalender' });
      expect(await afvalkalender.textContent()).toContain('Te weinig antwoorden: minder dan 10 dit jaar.');
      expect(await afvalkalender.locator('dl').count()).toBe(0);
      expect(await page.getByRole('article', { name: 'Groeipakket aanvragen' }).isVisible()).toBe(true);

      await page.getByLabel('Organisatie').selectOption('gemeente-lede');
      await page.getByRole('button', { name: 'Toon' }).click();
      await page.waitForURL(/organisation=gemeente-lede/);
      expect(await page.getByRole('status').textContent()).toBe('2 diensten');
      expect(await page.getByRole('article').count()).toBe(2);
      expect(await page.getByRole('article', { name: 'Groeipakket aanvragen' }).count()).toBe(0);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /als CSV/ }).click()]);
      expect(download.suggestedFilename()).toBe(`feedback-open-figures-${YEAR}.csv`);
      const rows: Record<string, string>[] = parse(await readFile((await download.path())!, 'utf8'), { columns: true });
      const json = await (await fetch(`${env.system.api}/v1/public/figures?year=${YEAR}`)).json();
      expect(rows.map((r) => r.serviceId)).toEqual(json.services.map((s: { service: { id: string } }) => s.service.id));
      for (const entry of json.services) {
        const row = rows.find((r) => r.serviceId === entry.service.id)!;
        expect(row.suppressed).toBe(String(entry.suppressed));
        if (entry.suppressed) continue;
        const f = entry.figures;
        expect(
          [row.responses, row.mean, row.satisfied, row.satisfiedLow, row.satisfiedHigh, row.dissatisfied, row.score4, row.score5].map(
            Number,
          ),
        ).toEqual([
          f.responses,
          f.mean,
          f.satisfied,
          f.satisfiedInterval.low,
          f.satisfiedInterval.high,
          f.dissatisfied,
          f.distribution['4'],
          f.distribution['5'],
        ]);
      }
      expect(rows.find((r) => r.serviceId === 'lede-parkeerkaart')).toMatchObject({ responses: '48', satisfied: '75' });

      // The per-service page, reached by its link.
      await page.getByRole('link', { name: 'Parkeerkaart aanvragen' }).click();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Tevredenheid over: Parkeerkaart aanvragen');
    });
  });

  it('shows a query that tries to inject HTML as text, and a clean error page in the page’s language', async () => {
    await withContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${env.system.api}/open?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&lang=en`);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.getByLabel('Search a service').inputValue()).toBe('<img src=x onerror=alert(1)>');
      const res = await page.goto(`${env.system.api}/open?year=1850&lang=fr`);
      expect(res!.status()).toBe(400);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nous ne comprenons pas cette demande');
      const missing = await page.goto(`${env.system.api}/open/services/bestaat-niet?lang=de`);
      expect(missing!.status()).toBe(404);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Nicht gefunden');
    });
  });

  for (const lang of LANGS) {
    for (const forcedColors of [false, true]) {
      it(`has no axe violations in ${lang} at 320 px${forcedColors ? ' with forced colours' : ''}`, async () => {
        // bypassCSP: axe is injected as a script, which the pages' policy rightly refuses.
        await withContext(
          { viewport: { width: 320, height: 800 }, forcedColors: forcedColors ? 'active' : 'none', bypassCSP: true },
          async (page) => {
            const pages = [
              `/open?lang=${lang}`,
              `/open?lang=${lang}&sort=satisfied`,
              `/open/services/lede-parkeerkaart?lang=${lang}`,
              `/open/services/lede-afvalkalender?lang=${lang}`,
              `/open?lang=${lang}&year=1999`,
            ];
            for (const [i, path] of pages.entries()) {
              await page.goto(`${env.system.api}${path}`);
              if (i === 0 || i === 2)
                await page.screenshot({
                  path: `${SHOTS}open-${i === 0 ? 'overview' : 'service'}-${lang}-320${forcedColors ? '-forced' : ''}.png`,
                  fullPage: true,
                });
              expect(await page.locator('html').getAttribute('lang')).toBe(lang);
              const violations = await axeViolations(page);
              expect(violations, `${path}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
              const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
              expect(overflow, path).toBeLessThanOrEqual(0);
            }
          },
        );
      });
    }
  }

  it('is readable on a wide screen (screenshot)', async () => {
    await withContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false }, async (page) => {
      await page.goto(`${env.system.api}/open`);
      await page.locator('details summary').first().click();
      await page.screenshot({ path: `${SHOTS}open-overview-nl-1280.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });

  it('works by keyboard: skip link first, then the languages and the form, with a visible focus', async () => {
    await withContext({ javaScriptEnabled: false }, async (page) => {
      await page.goto(`${env.system.api}/open`);
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Naar de cijfers' });
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await skip.isVisible()).toBe(true);
      const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).not.toBe('none');
      await page.keyboard.press('Enter');
      // The skip link's navigation within the page may land after the key press returns.
      await page.waitForURL((url) => url.hash === '#content', { timeout: 5_000 });
      expect(new URL(page.url()).hash).toBe('#content');
      // From the main content, Tab reaches the filter form and submits it with Enter.
      const names: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press('Tab');
        names.push(await page.evaluate(() => (document.activeElement as HTMLElement).id || document.activeElement!.tagName));
      }
      expect(names).toEqual(expect.arrayContaining(['f-year', 'f-level', 'f-domain', 'f-organisation', 'f-q', 'f-sort']));
      await page.getByLabel('Zoek een dienst').focus();
      await page.keyboard.type('afval');
      await page.keyboard.press('Enter');
      await page.waitForURL(/q=afval/);
      expect(await page.getByRole('status').textContent()).toBe('1 dienst');
    });
  });
});
