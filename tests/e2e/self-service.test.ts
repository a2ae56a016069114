import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useDashboardSystem } from '../support/dashboard-system.js';
import { pageWith, type Site, selfServiceBrowser, startSite } from './self-service-browser.js';

// The self-service pages in headless Chromium against the whole system, as a manager
// signed in with a token: create a service through the form (keyboard only), copy its
// snippet, see the preview (which counts nothing), embed the copied snippet on a page of
// another loopback origin and see it in the installation check, see a page on a refused
// origin and allow it in one click, then the audit log. The form's refusals, tokens, the
// analyst's view and axe: self-service-manage.test.ts.

describe('the self-service pages in a browser', () => {
  const env = useDashboardSystem('pglite', { scale: 0.1 });
  const { dashboard, freshPage, signIn, heading, namedButton, focused } = selfServiceBrowser(env);
  let allowedSite: Site;
  let refusedSite: Site;

  beforeAll(async () => {
    allowedSite = await startSite();
    refusedSite = await startSite();
  });
  afterAll(async () => {
    await allowedSite?.close();
    await refusedSite?.close();
  });

  it('a manager creates a service by keyboard, copies its snippet, previews it, and sees its installation', async () => {
    const { context, page, incidents } = await freshPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.system.api });
    try {
      await signIn(page, env.token);
      await page.getByRole('link', { name: 'Diensten beheren' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Diensten beheren');
      await page.getByRole('link', { name: 'Nieuwe dienst' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Nieuwe dienst');
      await expect.poll(() => focused(page)).toBe('Nieuwe dienst');

      // Keyboard only, from the page's heading through the form.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-id');
      await page.keyboard.type('proef-aangifte');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-name-nl');
      await page.keyboard.type('Proefaangifte indienen');
      for (const lang of ['fr', 'en', 'de']) {
        await page.keyboard.press('Tab');
        expect(await focused(page)).toBe(`f-name-${lang}`);
      }
      await page.keyboard.type('Déclaration test');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-audience');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-channel');
      await page.keyboard.type('mijn-burgerprofiel');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('add-origin');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toBe('f-allowedOrigins-0');
      // Checked as it is typed: a trailing slash is not an exact origin, and the field says so.
      await page.keyboard.type(`${allowedSite.url}/`);
      await expect.poll(() => page.locator('#f-allowedOrigins-0-error').textContent()).toContain('zonder pad');
      expect(await page.locator('#f-allowedOrigins-0').getAttribute('aria-invalid')).toBe('true');
      await page.keyboard.press('Backspace');
      await expect.poll(() => page.locator('#f-allowedOrigins-0-error').count()).toBe(0);
      // Remove, add origin, the two follow-ups, publish, then the submit button.
      await page.keyboard.press('Tab');
      expect(await focused(page)).toContain('Verwijderen');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('add-origin');
      // The complaints link, checked as it is typed: https only; the other two stay empty (the organisation's).
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-complaintsUrl');
      await page.keyboard.type('http://www.gent.be/klachten');
      await expect.poll(() => page.locator('#f-complaintsUrl-error').textContent()).toContain('https');
      expect(await page.locator('#f-complaintsUrl').getAttribute('aria-invalid')).toBe('true');
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type('https://www.gent.be/klachten');
      await expect.poll(() => page.locator('#f-complaintsUrl-error').count()).toBe(0);
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-privacyUrl');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-accessibilityUrl');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('f-publishFigures');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      expect(await focused(page)).toBe('Dienst aanmaken');
      await page.keyboard.press('Enter');

      // Created: on to its embed page.
      await page.waitForURL(`${dashboard()}manage/services/proef-aangifte/embed`);
      await expect.poll(() => heading(page).textContent()).toBe('Insluiten: Proefaangifte indienen');
      const stored = await env.system.app.inject({
        method: 'GET',
        url: '/v1/services/proef-aangifte',
        headers: { authorization: `Bearer ${env.token}` },
      });
      expect(stored.json()).toMatchObject({
        name: { nl: 'Proefaangifte indienen', de: 'Déclaration test' },
        channel: 'mijn-burgerprofiel',
        allowedOrigins: [allowedSite.url],
        followUps: ['ease'],
        publishFigures: true,
        active: true,
        complaintsUrl: 'https://www.gent.be/klachten',
        privacyUrl: null,
        accessibilityUrl: null,
      });

      // The snippet, copied with the button: confirmed in the live region, and on the clipboard.
      const snippet = await page.locator('#snippet').inputValue();
      expect(snippet).toBe(
        `<script type="module" src="${env.system.api}/widget.js"></script>\n<feedback-instrument service="proef-aangifte" context="transaction" mode="inline" lang="nl"></feedback-instrument>`,
      );
      await namedButton(page, 'Kopiëren', 'Code voor uw pagina').click();
      await expect.poll(() => page.locator('#snippet-said').textContent()).toBe('Gekopieerd naar het klembord.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(snippet);
      // The pinned snippet carries the SRI hash of the bytes the server sends.
      const info = (await (await fetch(`${env.system.api}/widget.json`)).json()) as {
        url: string;
        integrity: string;
        chunks: { url: string; integrity: string }[];
      };
      expect(await page.locator('#snippet-pinned').inputValue()).toContain(
        `src="${env.system.api}${info.url}" integrity="${info.integrity}" crossorigin="anonymous"`,
      );
      // The chunks loaded after a press are pinned by the import map.
      const importMap = JSON.parse(
        /<script type="importmap">(.*?)<\/script>/.exec(await page.locator('#snippet-pinned').inputValue())![1]!,
      );
      expect(Object.keys(importMap.integrity).length).toBe(info.chunks.length);
      for (const chunk of info.chunks) expect(importMap.integrity[env.system.api + chunk.url]).toBe(chunk.integrity);
      // The no-JavaScript form says a remark is no complaint.
      expect(await page.locator('#snippet-noscript').inputValue()).toContain('geen klacht');
      expect(await page.locator('#snippet-noscript').inputValue()).toContain(`action="${env.system.api}/v1/feedback"`);
      // Another language changes every snippet.
      await page.getByLabel('Taal').selectOption('fr');
      await expect.poll(() => page.locator('#snippet').inputValue()).toContain('lang="fr"');
      expect(await page.locator('#snippet-noscript').inputValue()).toContain('Très satisfait');
      await page.getByLabel('Taal').selectOption('nl');

      // The preview shows the real widget, and even a score pressed in it is sent nowhere.
      const preview = page.frameLocator('iframe.widget-preview');
      await preview.locator('feedback-instrument[data-state="initial"]').waitFor();
      await preview.locator('feedback-instrument button[data-score="4"]').click();
      await preview.locator('feedback-instrument[data-state="remark"]').waitFor();
      await env.system.app.installationWrites();
      const db = env.system.database.db;
      expect(await db.selectFrom('display_counts').selectAll().where('service_id', '=', 'proef-aangifte').execute()).toEqual([]);
      expect(await db.selectFrom('responses').select('id').where('service_id', '=', 'proef-aangifte').execute()).toEqual([]);

      // The copied snippet on a page of the allowed origin: shown and answered there.
      allowedSite.html = pageWith(copied);
      const site = await context.newPage();
      const shown = site.waitForResponse((r) => r.url().endsWith('/v1/displays'));
      await site.goto(allowedSite.url);
      expect((await shown).status()).toBe(204);
      const answered = site.waitForResponse((r) => r.url().endsWith('/v1/feedback') && r.request().method() === 'POST');
      await site.locator('feedback-instrument button[data-score="5"]').click();
      expect((await answered).status()).toBe(201);
      // The same snippet on an origin the service does not allow.
      refusedSite.html = pageWith(copied);
      const refused = site.waitForResponse((r) => r.url().endsWith('/v1/displays') && r.request().method() === 'POST');
      await site.goto(refusedSite.url);
      expect((await refused).status()).toBe(403);
      await site.close();
      await env.system.app.installationWrites();

      // The installation check shows both, and allows the refused origin in one click.
      await page.getByRole('link', { name: 'Installatiecheck' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Installatiecheck: Proefaangifte indienen');
      const allowedRow = page.locator('#allowed-heading ~ .table-scroll tbody tr');
      await expect.poll(() => allowedRow.first().locator('th').textContent()).toBe(allowedSite.url);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
      const year = today.slice(0, 4);
      const cells = await allowedRow.first().locator('td').allTextContents();
      expect(cells.every((c) => c.includes(year))).toBe(true);
      const refusedRow = page.locator('#refused-heading ~ .table-scroll tbody tr');
      expect(await refusedRow.locator('th').textContent()).toBe(refusedSite.url);
      expect(await refusedRow.locator('td').first().textContent()).toContain('1×');
      await namedButton(page, 'Deze origin toelaten', refusedSite.url).click();
      await expect.poll(() => page.locator('#installation-said').textContent()).toBe(`${refusedSite.url} is nu toegelaten.`);
      await expect
        .poll(() => page.locator('#refused-heading ~ p:not(.hint)').textContent())
        .toBe('Geen geweigerde pogingen in de laatste 30 dagen.');
      expect(await allowedRow.locator('th').allTextContents()).toEqual([allowedSite.url, refusedSite.url]);

      // Every change is in the audit log, newest first.
      await page.getByRole('link', { name: 'Auditlog' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Auditlog');
      await page.locator('.audit-table tbody tr').first().waitFor();
      const actions = await page.locator('.audit-table tbody tr td:nth-child(3)').allTextContents();
      expect(actions.slice(0, 2).map((a) => a.split('service:')[0]!.trim())).toEqual(['Dienst gewijzigd', 'Dienst aangemaakt']);
      expect(await page.locator('.audit-table tbody tr').first().textContent()).toContain(refusedSite.url);
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
