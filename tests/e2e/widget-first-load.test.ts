import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { strictCsp } from '@feedbackinstrument/examples';
import { updateOrganisation } from '@feedbackinstrument/server/organisations/organisations';
import { updateService } from '@feedbackinstrument/server/services/services';
import { AXE_PATH, axeViolations } from '../support/axe.js';
import { useBrowserAndSystem } from '../support/browser-system.js';
import { openWidgetPage, responsesOf, widgetState } from '../support/widget-page.js';

// The first load is light, and the citizen's rights are one click away. On a host page with
// a strict Content-Security-Policy (the examples site's own), in real Chromium:
// - everything fetched from the feedback host before the first press is at most 8 KB gzip;
// - a press is recorded, and the user thanked, when the rest cannot load;
// - after a press: the remark form and the service's own complaints, privacy and
//   accessibility links; axe finds nothing in any state.

const GENT = 'gent-afspraak-burgerzaken';
const FIRST_LOAD_BUDGET = 8 * 1024;
const LINKS = {
  complaintsUrl: { nl: 'https://stad.gent/nl/klachten', fr: 'https://stad.gent/fr/plaintes' },
  privacyUrl: 'https://stad.gent/nl/privacy-burgerzaken',
  accessibilityUrl: 'https://stad.gent/nl/toegankelijkheid',
};

/** The bytes the browser fetched from the feedback host, each response body gzip -9 compressed, in order. */
function recordFetches(page: Page, api: string) {
  const fetched: { url: string; gzip: number }[] = [];
  page.on('response', async (response) => {
    if (!response.url().startsWith(api)) return;
    const entry = { url: response.url().slice(api.length), gzip: 0 };
    fetched.push(entry);
    const body = await response.body().catch(() => Buffer.alloc(0));
    entry.gzip = body.length ? gzipSync(body, { level: 9 }).length : 0;
  });
  return fetched;
}

describe('the first load and the links after a press, under a strict CSP', () => {
  let context: BrowserContext;
  const env = useBrowserAndSystem('pglite');

  beforeAll(async () => {
    // The organisation's default complaints link, the service's own privacy and accessibility links.
    await updateOrganisation(env.system.database.db, 'stad-gent', {
      complaintsUrl: LINKS.complaintsUrl,
      privacyUrl: 'https://stad.gent/privacy',
    });
    await updateService(env.system.database.db, GENT, { privacyUrl: LINKS.privacyUrl, accessibilityUrl: LINKS.accessibilityUrl });
  });
  beforeEach(async () => {
    await env.system.database.db.deleteFrom('responses').execute();
    context = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { csp?: string[] };
        w.csp ??= [];
        w.csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    // axe from the host's own origin, as the strict policy allows ('self'), not as an inline script.
    await context.route(`${env.system.examples}/axe.min.js`, (route) =>
      route.fulfill({ contentType: 'text/javascript', body: readFileSync(AXE_PATH, 'utf8') }),
    );
  });
  afterEach(() => context.close());

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { csp?: string[] }).csp ?? []);
  const axeClean = async (page: Page, what: string) => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: `${env.system.examples}/axe.min.js` });
    const found = await axeViolations(page);
    expect(found, `${what}: ${JSON.stringify(found, null, 1)}`).toEqual([]);
  };

  it('fetches at most 8 KB gzip before the first press; a press is recorded and thanked with the rest blocked', async () => {
    const page = await context.newPage();
    const fetched = recordFetches(page, env.system.api);

    const blocked: string[] = [];
    await page.route(`${env.system.api}/widget-chunks/**`, (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    const hostResponse = await page.goto(`${env.system.examples}/strikte-csp.html`);
    expect(hostResponse!.headers()['content-security-policy']).toBe(strictCsp(env.system.api));
    await page.locator('feedback-instrument[data-state="initial"]').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    await axeClean(page, 'initial');

    const beforePress = fetched.map((f) => ({ ...f }));
    const total = beforePress.reduce((sum, f) => sum + f.gzip, 0);
    console.info(`first load: ${total} bytes gzip -9 over ${beforePress.length} responses: ${JSON.stringify(beforePress)}`);
    expect(beforePress.map((f) => f.url)).toContain('/widget.js');
    expect(beforePress.some((f) => f.url.startsWith('/widget-chunks/'))).toBe(false);
    expect(total).toBeGreaterThan(1000);
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);

    await page.getByRole('button', { name: 'Tevreden', exact: true }).click();
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.map((x) => x.score))).toEqual([4]);
    await expect.poll(() => widgetState(page)).toBe('thanks');
    expect(blocked.length).toBeGreaterThan(0);
    expect(await page.getByRole('heading', { name: 'Bedankt voor uw feedback' }).isVisible()).toBe(true);
    await axeClean(page, 'thanks with the rest blocked');
    expect(await violations(page)).toEqual([]);
  });

  it.each([
    ['nl', 'Tevreden', LINKS.complaintsUrl.nl],
    ['fr', 'Satisfait', LINKS.complaintsUrl.fr],
  ] as const)(
    "after a press (%s): the remark form and the service's three links; axe clean in every state",
    async (lang, score, complaints) => {
      const page = await openWidgetPage(context, `${env.system.examples}/strikte-csp.html`);
      if (lang !== 'nl') await page.locator('feedback-instrument').evaluate((el, l) => el.setAttribute('lang', l), lang);
      const host = page.locator('feedback-instrument');
      await page.getByRole('button', { name: score, exact: true }).click();
      await expect.poll(() => widgetState(page)).toBe('remark');
      await host.locator('textarea').waitFor();
      const href = (part: string) => host.locator(`[part="${part}"]`).getAttribute('href');
      await expect.poll(() => href('complaints-link')).toBe(complaints);
      expect(await href('privacy-link')).toBe(LINKS.privacyUrl);
      expect(await href('accessibility-link')).toBe(LINKS.accessibilityUrl);
      // Each link says where it goes and that it opens a new window; the note says a remark is no complaint.
      const rights = (await host.locator('[part="rights"]').textContent()) ?? '';
      expect(rights).toMatch(
        lang === 'nl'
          ? /geen klacht.*Een klacht indienen.*nieuw venster.*toegankelijkheidsprobleem melden/s
          : /pas une plainte.*Introduire une plainte.*Signaler un problème d’accessibilité/s,
      );
      for (const part of ['complaints-link', 'privacy-link', 'accessibility-link']) {
        expect(await host.locator(`[part="${part}"]`).getAttribute('target')).toBe('_blank');
        const box = (await host.locator(`[part="${part}"]`).boundingBox())!;
        expect(box.height, part).toBeGreaterThanOrEqual(44);
      }
      await axeClean(page, `${lang} remark`);

      await host.locator('textarea').fill('De knop om te bevestigen stond te laag.');
      await host.locator('[part="send-button"]').click();
      await expect.poll(() => widgetState(page)).toBe('thanks');
      expect(await href('complaints-link')).toBe(complaints);
      await axeClean(page, `${lang} thanks`);
      expect((await responsesOf(env.system, GENT))[0]).toMatchObject({ remark: 'De knop om te bevestigen stond te laag.', lang });
      expect(await violations(page)).toEqual([]);
    },
  );

  it('a changed link reaches the page without editing it', async () => {
    await updateService(env.system.database.db, GENT, { accessibilityUrl: 'https://stad.gent/nl/toegankelijkheid-nieuw' });
    try {
      const page = await openWidgetPage(context, `${env.system.examples}/strikte-csp.html`);
      // The config is cacheable for five minutes; a fresh context has no cache, as a new visitor.
      await page.getByRole('button', { name: 'Neutraal', exact: true }).click();
      await expect
        .poll(() => page.locator('feedback-instrument [part="accessibility-link"]').getAttribute('href'))
        .toBe('https://stad.gent/nl/toegankelijkheid-nieuw');
    } finally {
      await updateService(env.system.database.db, GENT, { accessibilityUrl: LINKS.accessibilityUrl });
    }
  });
});
