import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@feedbackinstrument/server/auth/create-token';
import { DASHBOARD_DEMO_ORGANISATION } from '@feedbackinstrument/server/demo/demo-year-generator';
import { axeViolations } from '../support/axe.js';
import { useDashboardSystem } from '../support/dashboard-system.js';

// The self-service pages in headless Chromium against the whole system, as a manager
// signed in with a token: create a service through the form (keyboard only), copy its
// snippet, see the preview (which counts nothing), embed the copied snippet on a page of
// another loopback origin and see it in the installation check, see a page on a refused
// origin and allow it in one click, then the audit log. An analyst reads and changes
// nothing. Every new page through axe in nl and en, in forced colours and at 320 px.

/** A tiny web site on its own loopback port: another origin, serving whatever HTML it is given. */
interface Site {
  url: string;
  html: string;
  close(): Promise<void>;
}

async function startSite(): Promise<Site> {
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

const pageWith = (snippet: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Uw aanvraag is verstuurd</title></head><body><main><h1>Uw aanvraag is verstuurd</h1>${snippet}</main></body></html>`;

describe('the self-service pages in a browser', () => {
  const env = useDashboardSystem('pglite', { scale: 0.1 });
  const dashboard = () => `${env.system.api}/dashboard/`;
  let allowedSite: Site;
  let refusedSite: Site;
  let analystToken: string;

  beforeAll(async () => {
    allowedSite = await startSite();
    refusedSite = await startSite();
    analystToken = (await createToken(env.system.database.db, {
      name: 'Lezer Belastingen',
      organisationId: DASHBOARD_DEMO_ORGANISATION.id,
      role: 'analyst',
    }))!.token;
  });
  afterAll(async () => {
    await allowedSite?.close();
    await refusedSite?.close();
  });

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

  it('the form shows what the API refuses at its field, and a manager makes and revokes a token shown once', async () => {
    const { context, page, incidents } = await freshPage({ lang: 'en' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.system.api });
    try {
      await signIn(page, env.token);
      await page.goto(`${dashboard()}manage/new`);
      await page.locator('#f-id').fill('proef-aangifte');
      await page.locator('#f-name-nl').fill('Nog eens');
      await page.locator('#f-channel').fill('x');
      await page.getByRole('button', { name: 'Create service' }).click();
      // The id is taken: the API's 409 names the field, and focus goes there.
      await expect.poll(() => page.locator('#f-id-error').textContent()).toBe('already taken');
      expect(await focused(page)).toBe('f-id');
      expect(await page.locator('#form-problem').textContent()).toContain('Not saved');

      // A link set per language (through the API) is shown read-only and kept as it is when the form saves.
      const perLanguage = { nl: 'https://www.gent.be/toegankelijkheid', fr: 'https://www.gent.be/accessibilite' };
      const patched = await env.system.app.inject({
        method: 'PATCH',
        url: '/v1/services/proef-aangifte',
        headers: { authorization: `Bearer ${env.token}` },
        payload: { accessibilityUrl: perLanguage },
      });
      expect(patched.statusCode).toBe(200);
      await page.goto(`${dashboard()}manage/services/proef-aangifte`);
      await page.locator('#f-accessibilityUrl').waitFor();
      expect(JSON.parse(await page.locator('#f-accessibilityUrl').inputValue())).toEqual(perLanguage);
      expect(await page.locator('#f-accessibilityUrl').getAttribute('readonly')).not.toBeNull();
      await page.locator('#f-privacyUrl').fill('https://www.gent.be/privacy');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => page.locator('.service-form .saved').textContent()).toBe('The changes are saved.');
      const kept = await env.system.app.inject({
        method: 'GET',
        url: '/v1/services/proef-aangifte',
        headers: { authorization: `Bearer ${env.token}` },
      });
      expect(kept.json()).toMatchObject({
        complaintsUrl: 'https://www.gent.be/klachten',
        privacyUrl: 'https://www.gent.be/privacy',
        accessibilityUrl: perLanguage,
      });

      // The organisation's default links, under its services: saved with PATCH /v1/organisations/:id.
      await page.goto(`${dashboard()}manage`);
      await page.locator('#f-privacyUrl').fill('https://www.vlaanderen.be/privacy');
      await page.locator('#f-privacyUrl').press('Enter');
      await expect.poll(() => page.locator('.organisation-links .saved').textContent()).toBe('The changes are saved.');
      const organisations = await env.system.app.inject({
        method: 'GET',
        url: '/v1/organisations',
        headers: { authorization: `Bearer ${env.token}` },
      });
      const own = organisations.json().organisations.find((o: { id: string }) => o.id === DASHBOARD_DEMO_ORGANISATION.id);
      expect(own).toMatchObject({ privacyUrl: 'https://www.vlaanderen.be/privacy', complaintsUrl: null });

      await page.getByRole('link', { name: 'Tokens' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Tokens');
      await page.getByLabel('Name', { exact: true }).fill('Rapportering team digitaal');
      await page.getByLabel('Role').selectOption('analyst');
      await page.getByRole('button', { name: 'Create token' }).click();
      const token = await page.locator('#created-token').inputValue();
      expect(token.length).toBeGreaterThan(20);
      await namedButton(page, 'Copy', 'The new token').click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(token);
      // A working analyst token of this organisation.
      const me = await env.system.app.inject({ method: 'GET', url: '/v1/services', headers: { authorization: `Bearer ${token}` } });
      expect(me.statusCode).toBe(200);
      await namedButton(page, 'Revoke', 'Rapportering team digitaal').click();
      await expect.poll(() => page.locator('#tokens-said').textContent()).toBe('Token "Rapportering team digitaal" is revoked.');
      expect(
        (await env.system.app.inject({ method: 'GET', url: '/v1/services', headers: { authorization: `Bearer ${token}` } })).statusCode,
      ).toBe(401);
      // Shown once: not after a reload.
      await page.reload();
      await heading(page).waitFor();
      expect(await page.locator('#created-token').count()).toBe(0);
      expect(await page.content()).not.toContain(token);
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an analyst reads everything of its organisation and is offered no change', async () => {
    const { context, page } = await freshPage();
    try {
      await signIn(page, analystToken);
      expect(await page.locator('.main-nav a').allTextContents()).toEqual(['Overzicht', 'Diensten beheren']);
      await page.getByRole('link', { name: 'Diensten beheren' }).click();
      await page.locator('.manage-table tbody tr').first().waitFor();
      expect(await page.getByRole('link', { name: 'Nieuwe dienst' }).count()).toBe(0);
      expect(await page.locator('main .notice').textContent()).toContain('uw rol is analist');
      await page.locator('#f-complaintsUrl').waitFor();
      expect(await page.locator('#f-complaintsUrl').isDisabled()).toBe(true);
      await page.goto(`${dashboard()}manage/services/proef-aangifte`);
      await page.locator('#f-name-nl').waitFor();
      expect(await page.locator('#f-name-nl').isDisabled()).toBe(true);
      expect(await page.locator('main button[type="submit"]').count()).toBe(0);
      await page.goto(`${dashboard()}manage/services/proef-aangifte/installation`);
      await page.locator('#allowed-heading').waitFor();
      expect(await page.locator('main button').count()).toBe(0);
      // The service page: remarks to read, none to erase.
      await page.goto(`${dashboard()}services/erfbelasting-aangifte?year=${env.year}`);
      await page.locator('ol.remarks li.remark').first().waitFor();
      expect(await page.locator('[data-erase]').count()).toBe(0);
      // A manager's page reached by its URL: the API's own 403 message.
      await page.goto(`${dashboard()}tokens`);
      await expect.poll(() => page.locator('main .problem').textContent()).toContain('changes nothing');
      expect(await page.locator('main tbody tr').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  const VARIANTS = [
    { name: 'nl', lang: 'nl' as const, width: 1280 },
    { name: 'en', lang: 'en' as const, width: 1280 },
    { name: 'forced-colors', lang: 'nl' as const, width: 1280, forcedColors: true },
    { name: '320px', lang: 'nl' as const, width: 320 },
  ];

  it.each(VARIANTS)('every self-service page has no axe violations ($name)', async (variant) => {
    const { context, page } = await freshPage({ ...variant, bypassCSP: true });
    try {
      await signIn(page, env.token);
      const check = async (what: string) => {
        const violations = await axeViolations(page);
        expect(violations, `${what} (${variant.name}): ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        if (variant.width === 320) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, what).toBeLessThanOrEqual(0);
        }
      };
      const visit = async (path: string, ready: string) => {
        await page.goto(`${dashboard()}${path}`);
        await page.locator(ready).first().waitFor();
      };
      await visit('manage', '.manage-table tbody tr');
      await page.locator('#f-complaintsUrl').waitFor();
      await check('services');
      await visit('manage/new', '#f-id');
      await page.locator('#add-origin').click();
      await page.locator('#f-allowedOrigins-0').fill('http://www.gent.be');
      await page.locator('#f-allowedOrigins-0-error').waitFor();
      await page.locator('#f-accessibilityUrl').fill('http://www.gent.be/toegankelijkheid');
      await page.locator('#f-accessibilityUrl-error').waitFor();
      await check('new service with an error');
      await visit('manage/services/proef-aangifte', '#f-name-nl');
      await check('service settings');
      await visit('manage/services/proef-aangifte/embed', '#snippet');
      await page.locator('iframe.widget-preview').waitFor();
      await check('embed');
      await visit('manage/services/proef-aangifte/installation', '#allowed-heading');
      await check('installation');
      await visit('tokens', '#token-name');
      await page.locator('main tbody tr').first().waitFor();
      await check('tokens');
      await visit('audit', '.audit-table tbody tr');
      await check('audit');
    } finally {
      await context.close();
    }
  });
});
