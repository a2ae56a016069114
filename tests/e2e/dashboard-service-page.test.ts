import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_DEMO_ORGANISATION, DASHBOARD_DEMO_SERVICES } from '@feedbackinstrument/server/demo/demo-year-generator';
import {
  COMPARED_PRODUCT,
  COMPARED_SERVICE,
  ELSEWHERE_NAMES,
  HOSTILE_REMARK,
  HOSTILE_SERVICE,
  OTHER_SERVICE,
  useDashboardSystem,
} from '../support/dashboard-system.js';
import { dashboardBrowser } from './dashboard-browser.js';

// The analysts' dashboard in headless Chromium against the whole system, signed in through
// a real OpenID Connect provider: another organisation's service, the service page's
// topics and remarks (filters, paging, a hostile remark as text), the comparison with the
// same product elsewhere, the exports, and erasing a remark's text. Signing in and out:
// dashboard.test.ts.

describe('the dashboard in a browser', () => {
  const env = useDashboardSystem('pglite');
  const { dashboard, overview, freshPage, signInWithOidc, heading } = dashboardBrowser(env);

  it('answers another organisation’s service URL with "not found", as for an unknown one', async () => {
    const { context, page } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst', `${dashboard()}services/${OTHER_SERVICE}`);
      // Back where the sign-in started.
      await page.waitForURL(`${dashboard()}services/${OTHER_SERVICE}`);
      await expect.poll(() => heading(page).textContent()).toBe('Niet gevonden');
      expect(await page.locator('main').textContent()).toContain('Deze dienst bestaat niet, of ze hoort niet bij uw organisatie.');
      await page.goto(`${dashboard()}services/bestaat-helemaal-niet`);
      await expect.poll(() => heading(page).textContent()).toBe('Niet gevonden');
    } finally {
      await context.close();
    }
  });

  it('opens a service, reads a recurring topic, filters the remarks and shows a hostile remark as text', async () => {
    const { context, page, incidents } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst');
      await page.waitForURL(overview());
      await page.getByRole('link', { name: 'Aangifte erfbelasting' }).click();
      await page.waitForURL(`${dashboard()}services/erfbelasting-aangifte?year=${env.year}`);
      await expect.poll(() => heading(page).textContent()).toBe('Aangifte erfbelasting');
      // Focus moved to the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      expect(await page.title()).toBe('Aangifte erfbelasting – Feedbackinstrument');

      // A recurring topic: open it, read its examples, then all its remarks.
      // The spring's broken confirm button ("De knop om te bevestigen doet niets."), new this year.
      const topic = page.locator('.topic').filter({ has: page.locator('.topic-label', { hasText: /knop|bevestig/ }) });
      expect(await topic.locator('.trend').textContent()).toContain('nieuw');
      const label = (await topic.locator('.topic-label').textContent())!.replace(/[“”]/g, '');
      const examples = topic.locator('.examples .remark-text');
      expect(await examples.first().isVisible()).toBe(false);
      await topic.locator('summary').click();
      expect(await examples.first().isVisible()).toBe(true);
      const texts = await examples.allTextContents();
      expect(texts.length).toBeGreaterThan(0);
      for (const text of texts) expect(text.toLowerCase()).toMatch(/knop.*bevestig.*niets/);
      await topic.getByRole('button', { name: 'Alle opmerkingen hierover lezen' }).click();
      await expect.poll(() => page.locator('#remarks-q').inputValue()).toBe(`"${label}"`);
      await expect.poll(async () => (await page.locator('.remarks .remark-text').allTextContents()).length).toBeGreaterThan(0);
      for (const text of await page.locator('.remarks .remark-text').allTextContents()) expect(text.toLowerCase()).toContain('knop');

      // Filter: free text and one score.
      await page.getByRole('button', { name: 'Filters wissen' }).click();
      await page.locator('#remarks-q').fill('itsme');
      await page.getByRole('checkbox', { name: '3 · Neutraal' }).check();
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await expect.poll(() => page.locator('#remarks-status').textContent()).toMatch(/opmerking(en)? getoond/);
      const filtered = page.locator('.remarks .remark');
      expect(await filtered.count()).toBeGreaterThan(0);
      for (const badge of await filtered.locator('.score-badge').allTextContents()) expect(badge.trim()).toBe('3 · Neutraal');
      for (const text of await filtered.locator('.remark-text').allTextContents()) expect(text.toLowerCase()).toContain('itsme');

      // Newest first, and "show more" adds the next page without gaps.
      await page.getByRole('button', { name: 'Filters wissen' }).click();
      await expect.poll(() => page.locator('#remarks-status').textContent()).toContain('25 opmerkingen getoond; er zijn er meer');
      await page.getByRole('button', { name: 'Meer opmerkingen tonen' }).click();
      await expect.poll(() => page.locator('.remarks .remark').count()).toBeGreaterThan(25);
      const times = await page.locator('.remarks time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime')!));
      expect([...times].sort().reverse()).toEqual(times);
      expect(new Set(times).size).toBe(times.length);
      expect(await page.evaluate(() => document.activeElement?.closest('.remark') !== null)).toBe(true);

      // A remark holding markup is text: visible literally, and nothing of it runs.
      await page.goto(`${dashboard()}services/${HOSTILE_SERVICE}?year=${env.year}`);
      const first = page.locator('.remarks .remark-text').first();
      await first.waitFor();
      expect(await first.textContent()).toBe(HOSTILE_REMARK);
      expect(await first.isVisible()).toBe(true);
      expect(await page.locator('main img, main script, .remarks img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the same product at other organisations on the service page, as text and as a table, naming none', async () => {
    const { context, page, incidents } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst');
      await page.waitForURL(overview());
      await page.goto(`${dashboard()}services/${COMPARED_SERVICE}?year=${env.year}`);
      const section = page.locator('section[aria-labelledby="comparison-heading"]');
      await expect
        .poll(() => section.locator('p').first().textContent())
        .toBe(
          `5 andere besturen bieden hetzelfde product aan (IPDC ${COMPARED_PRODUCT}) en hadden in ${env.year} minstens 30 antwoorden. De middelste helft van hen heeft tussen 60 % en 80 % tevreden gebruikers; de mediaan is 70 % (afgerond op 5 punten, zodat geen enkel bestuur herkenbaar is).`,
        );
      const api = await (
        await fetch(`${env.system.api}/v1/services/${COMPARED_SERVICE}/comparison?year=${env.year}`, {
          headers: { authorization: `Bearer ${env.token}` },
        })
      ).json();
      const own = `${String(api.own.satisfied.toFixed(1)).replace('.', ',')} %`;
      expect(await section.locator('p').nth(1).textContent()).toContain(`Deze dienst: ${own} tevreden.`);
      // The text alternative: a table with caption and headers; the drawing is hidden from screen readers.
      const rows = await section
        .locator('.sr-only table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
      expect(rows).toEqual([
        ['25e percentiel', '60 %'],
        ['Mediaan', '70 %'],
        ['75e percentiel', '80 %'],
        ['Deze dienst', own],
      ]);
      expect(await section.locator('.sr-only table caption').textContent()).toBe(
        `Tevreden gebruikers van hetzelfde product in ${env.year}`,
      );
      expect(await section.locator('.chart-drawing [aria-hidden="true"] svg').count()).toBe(1);
      await section.screenshot({
        path: fileURLToPath(new URL('../../test-results/screenshots/dashboard-comparison-nl.png', import.meta.url)),
      });
      const text = (await section.textContent())!;
      for (const name of ELSEWHERE_NAMES) expect(text).not.toContain(name);
      // A service that names no product says so.
      await page.goto(`${dashboard()}services/${HOSTILE_SERVICE}?year=${env.year}`);
      await expect.poll(() => section.textContent()).toContain('Deze dienst noemt geen product uit de productcatalogus (IPDC).');
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps what the analyst is typing in the remark filters while a list arrives', async () => {
    const { context, page, incidents } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst', `${dashboard()}services/erfbelasting-aangifte?year=${env.year}`);
      await page.locator('.remarks .remark').first().waitFor();
      // The next list takes a while to come; meanwhile the analyst fills in a period.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/v1/services/*/remarks?**', async (route) => {
        await held;
        await route.continue();
      });
      await page.locator('#remarks-q').fill('itsme');
      await page.keyboard.press('Enter');
      await page.locator('#remarks-from').fill(`${env.year}-02-01`);
      await page.locator('input[name="score"][value="3"]').check();
      release();
      await expect.poll(() => page.locator('#remarks-status').textContent()).toMatch(/getoond/);
      await expect.poll(() => page.locator('.remarks .remark').count()).toBeGreaterThan(0);
      expect(await page.locator('#remarks-from').inputValue()).toBe(`${env.year}-02-01`);
      expect(await page.locator('input[name="score"][value="3"]').isChecked()).toBe(true);
      expect(await page.locator('#remarks-q').inputValue()).toBe('itsme');
      // "Clear filters" empties the form.
      await page.getByRole('button', { name: 'Filters wissen' }).click();
      await expect.poll(() => page.locator('#remarks-from').inputValue()).toBe('');
      expect(await page.locator('#remarks-q').inputValue()).toBe('');
      expect(await page.locator('input[name="score"][value="3"]').isChecked()).toBe(false);
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('downloads the yearly report as CSV for Excel and as plain CSV, and opens the printable report', async () => {
    const { context, page } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst');
      await page.locator('a[data-export="csv-excel"]').waitFor();
      expect(await page.locator('a[data-export="csv-excel"]').getAttribute('href')).toContain(`/v1/reports/${env.year}?`);
      const [excel] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-export="csv-excel"]').click()]);
      expect(excel.suggestedFilename()).toBe(`feedback-${env.year}-${DASHBOARD_DEMO_ORGANISATION.id}-excel.csv`);
      const excelText = readFileSync((await excel.path())!, 'utf8');
      expect(excelText.charCodeAt(0)).toBe(0xfeff); // the BOM Excel needs for UTF-8
      const header = excelText.slice(1).split(/\r?\n/)[0]!;
      expect(header.split(';').length).toBeGreaterThan(5);
      for (const service of DASHBOARD_DEMO_SERVICES) expect(excelText).toContain(service.name.nl);
      expect(excelText).not.toContain('Gent');

      const [plain] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-export="csv"]').click()]);
      expect(plain.suggestedFilename()).toBe(`feedback-${env.year}-${DASHBOARD_DEMO_ORGANISATION.id}.csv`);
      const plainText = readFileSync((await plain.path())!, 'utf8');
      expect(plainText.charCodeAt(0)).not.toBe(0xfeff);
      expect(plainText.split(/\r?\n/)[0]!.split(',').length).toBeGreaterThan(5);

      const [report] = await Promise.all([context.waitForEvent('page'), page.locator('a[data-export="html"]').click()]);
      await report.waitForLoadState();
      expect(await report.locator('h2').first().textContent()).toBe('Samenvatting');
      expect(await report.locator('svg.chart').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });

  it('erases one remark’s text on request, after a confirmation, and keeps the counts', async () => {
    const { context, page, incidents } = await freshPage();
    const db = env.system.database.db;
    const service = DASHBOARD_DEMO_SERVICES[0]!.id;
    const remarksCounted = async () =>
      Number(
        (
          await db
            .selectFrom('response_rollups_daily')
            .select((s) => s.fn.sum<number>('remarks').as('n'))
            .where('service_id', '=', service)
            .executeTakeFirstOrThrow()
        ).n,
      );
    try {
      await signInWithOidc(page, 'analyst', `${dashboard()}services/${service}?year=${env.year}`);
      const first = page.locator('.remarks .remark').first();
      await first.waitFor();
      const text = (await first.locator('.remark-text').textContent())!;
      const counted = await remarksCounted();

      // Asked first; "do not erase" leaves it as it was, focus back on the button.
      await first.getByRole('button', { name: 'Tekst wissen' }).click();
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Ja, tekst voorgoed wissen');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.erase-confirm').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tekst wissen');

      // Confirmed: gone from the list and from the database; the response and the counts stay.
      const id = await first.locator('button.erase').getAttribute('data-erase');
      await first.getByRole('button', { name: 'Tekst wissen' }).click();
      await page.getByRole('button', { name: 'Ja, tekst voorgoed wissen' }).click();
      await expect.poll(() => page.locator('#remarks-status').textContent()).toContain('De tekst van de opmerking is gewist.');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('remarks-status');
      expect(await page.locator('.remarks .remark-text').allTextContents()).not.toContain(text);
      const row = await db
        .selectFrom('responses')
        .select(['remark', 'remark_analysis', 'has_remark', 'remark_erased_at'])
        .where('id', '=', id!)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ remark: null, remark_analysis: null, has_remark: true });
      expect(row.remark_erased_at).not.toBeNull();
      expect(await remarksCounted()).toBe(counted);
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
