import { describe, expect, it } from 'vitest';
import { DASHBOARD_DEMO_ORGANISATION, DASHBOARD_DEMO_SERVICES } from '@feedbackinstrument/server/demo/demo-year-generator';
import { useDashboardSystem } from '../support/dashboard-system.js';
import { dashboardBrowser } from './dashboard-browser.js';

// The analysts' dashboard in headless Chromium against the whole system, signing in
// through a real OpenID Connect provider (oidc-provider, started by the test) and with an
// API token: scoping, the session cookie, sign-out, the sign-in error paths and the
// language. The service page (remarks, topics, comparison, exports, erasure):
// dashboard-service-page.test.ts.

describe('the dashboard in a browser', () => {
  const env = useDashboardSystem('pglite');
  const { dashboard, overview, freshPage, signInWithOidc, heading, ourCookies } = dashboardBrowser(env);

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
