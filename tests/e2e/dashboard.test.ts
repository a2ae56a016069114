import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
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

// The analysts' dashboard in headless Chromium against the whole system, signing in
// through a real OpenID Connect provider (oidc-provider, started by the test) and with an
// API token: scoping, the service page, remarks, topics, the CSV export, hostile remarks,
// the session cookie, sign-out, and the sign-in error paths.

describe('the dashboard in a browser', () => {
  const env = useDashboardSystem('pglite');
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

  it('signs in through the OIDC provider and shows only its own organisation’s services', async () => {
    const { context, page, incidents } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst');
      await page.waitForURL(overview());
      await expect.poll(() => heading(page).textContent()).toBe(`Tevredenheid over uw digitale diensten in ${env.year}`);
      await expect.poll(() => page.locator('.who').textContent()).toContain('An Analist');
      await page.locator('fi-services-table tbody tr').first().waitFor();
      const services = await page.locator('fi-services-table tbody th a').allTextContents();
      expect(services.sort()).toEqual(DASHBOARD_DEMO_SERVICES.map((s) => s.name.nl).sort());
      expect(await page.locator('main').textContent()).not.toContain('Gent');

      // The session cookie: opaque, HttpOnly, SameSite=Strict, for the whole site; the
      // sign-in transaction cookie is gone; nothing of it is readable by the page.
      const cookies = await ourCookies(context);
      expect(cookies.map((c) => c.name)).toEqual(['fi-session']);
      const [session] = cookies;
      expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/', secure: false });
      expect(session!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(session!.expires - Date.now() / 1000).toBeGreaterThan(11 * 3600);
      const visible = await page.evaluate(() => ({
        cookie: document.cookie,
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
      }));
      expect(visible.cookie).toBe('');
      expect(visible.local + visible.session).not.toContain(session!.value);
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('signing out of a provider session signs out at the provider too: the next sign-in asks for the password again', async () => {
    const { context, page, incidents } = await freshPage();
    try {
      await signInWithOidc(page, 'analyst');
      await page.waitForURL(overview());
      await page.getByRole('button', { name: 'Afmelden' }).click();
      // The provider asks to confirm (its own page), then sends the browser back to our sign-in page.
      await page.waitForURL((url) => url.origin === env.oidc.issuer);
      await page.getByRole('button', { name: 'Yes, sign me out' }).click();
      await page.waitForURL((url) => url.origin === env.system.api && url.pathname === '/dashboard/sign-in');
      await expect.poll(() => heading(page).textContent()).toBe('Aanmelden');
      await expect.poll(() => page.locator('.notice').textContent()).toBe('U bent afgemeld.');
      expect(await ourCookies(context)).toEqual([]);
      // Signing in again: the provider no longer knows this browser, so it shows its login form.
      await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
      await page.waitForURL((url) => url.origin === env.oidc.issuer);
      await page.locator('input[name="login"]').waitFor();
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

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

  it('signs in with an API token, and signs out: the session is gone on the server too', async () => {
    const { context, page, incidents } = await freshPage();
    try {
      await page.goto(overview());
      await expect.poll(() => heading(page).textContent()).toBe('Aanmelden');
      // A wrong token: a clear message, focus back in the field.
      await page.getByLabel('API-token').fill('fi_wrong');
      await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
      await expect.poll(() => page.locator('#token-problem').textContent()).toContain('niet geldig');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('token');

      await page.getByLabel('API-token').fill(env.token);
      await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
      await expect.poll(() => heading(page).textContent()).toBe(`Tevredenheid over uw digitale diensten in ${env.year}`);
      expect(await page.locator('.who').textContent()).toContain('Belastingdienst analist');
      // The token was sent once and is kept nowhere in the page.
      const stored = await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
      );
      expect(stored).not.toContain(env.token);
      const [cookie] = await ourCookies(context);
      expect(cookie).toMatchObject({ name: 'fi-session', httpOnly: true, sameSite: 'Strict' });

      await page.getByRole('button', { name: 'Afmelden' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Aanmelden');
      await expect.poll(() => page.locator('.notice').textContent()).toBe('U bent afgemeld.');
      expect(await ourCookies(context)).toEqual([]);
      // The old session id, replayed, opens nothing.
      const replay = await fetch(`${env.system.api}/v1/services`, { headers: { cookie: `fi-session=${cookie!.value}` } });
      expect(replay.status).toBe(401);
      expect(incidents.filter((i) => !i.includes('401'))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a clear "no access" page when the account names an unknown organisation', async () => {
    const { context, page } = await freshPage();
    try {
      await signInWithOidc(page, 'stranger');
      await page.waitForURL((url) => url.pathname === '/dashboard/no-access');
      await expect.poll(() => heading(page).textContent()).toBe('Geen toegang');
      expect(await page.locator('main').textContent()).toContain('"onbekende-dienst"');
      expect(await ourCookies(context)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('an account with the admin claim chooses among all organisations', async () => {
    const { context, page } = await freshPage();
    try {
      await signInWithOidc(page, 'admin', dashboard());
      await page.waitForURL(dashboard());
      const choose = page.getByLabel('Organisatie');
      await choose.waitFor();
      await choose.focus();
      await choose.selectOption(DASHBOARD_DEMO_ORGANISATION.id);
      await page.getByLabel('Jaar', { exact: true }).selectOption(String(env.year));
      await page.locator('fi-services-table tbody tr').first().waitFor();
      expect(await page.locator('fi-services-table tbody tr').count()).toBe(DASHBOARD_DEMO_SERVICES.length);
      // Choosing keeps focus on the choice (no jump to the heading).
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('choose-organisation');
    } finally {
      await context.close();
    }
  });

  it('refuses a callback whose state does not match the browser’s sign-in', async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(dashboard());
      await page.getByRole('link', { name: 'Aanmelden met Test-IdP' }).click();
      await page.waitForURL((url) => url.origin === env.oidc.issuer);
      // An attacker's code and state, pushed into this browser: no session comes of it.
      await page.goto(`${env.system.api}/dashboard/auth/callback?code=forged&state=forged`);
      await page.waitForURL((url) => url.pathname === '/dashboard/sign-in');
      await expect.poll(() => page.locator('.notice').textContent()).toBe('Het aanmelden is niet gelukt. Probeer opnieuw.');
      expect(await ourCookies(context)).toEqual([]);
      // Without the browser's sign-in cookie at all: "took too long".
      await page.goto(`${env.system.api}/dashboard/auth/callback?code=forged&state=forged`);
      await expect.poll(() => page.locator('.notice').textContent()).toContain('duurde te lang');
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
        .select(['remark', 'has_remark', 'remark_erased_at'])
        .where('id', '=', id!)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ remark: null, has_remark: true });
      expect(row.remark_erased_at).not.toBeNull();
      expect(await remarksCounted()).toBe(counted);
      expect(incidents).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('switches to English and keeps that choice', async () => {
    const { context, page } = await freshPage();
    try {
      await page.goto(overview());
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => heading(page).textContent()).toBe('Sign in');
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await page.reload();
      await expect.poll(() => heading(page).textContent()).toBe('Sign in');
      await page.getByLabel('API token').fill(env.token);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await expect.poll(() => heading(page).textContent()).toBe(`Satisfaction with your digital services in ${env.year}`);
      expect(await page.locator('fi-services-table th a').allTextContents()).toContain('Inheritance tax return');
    } finally {
      await context.close();
    }
  });
});
