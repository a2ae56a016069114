import { beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@feedbackinstrument/server/auth/create-token';
import { DASHBOARD_DEMO_ORGANISATION } from '@feedbackinstrument/server/demo/demo-year-generator';
import { axeViolations } from '../support/axe.js';
import { type DashboardSystem, useDashboardSystem } from '../support/dashboard-system.js';
import { selfServiceBrowser } from './self-service-browser.js';

// The self-service pages in headless Chromium against the whole system: the service form
// shows what the API refuses, the organisation's links, a manager makes and revokes a
// token; an analyst reads and changes nothing. Every self-service page through axe in nl
// and en, in forced colours and at 320 px. Creating a service by keyboard, its snippet and
// installation check: self-service.test.ts.

/** Two loopback origins; nothing listens there, the displays are sent by the test. */
const SHOWN_ORIGIN = 'http://127.0.0.1:9001';
const ALLOWED_LATER = 'http://127.0.0.1:9002';

/**
 * Leaves the service "proef-aangifte" through the API as the keyboard walk-through of
 * self-service.test.ts leaves it: created by the manager with one origin, the widget shown
 * there and refused on another origin, which is then allowed (two audit rows).
 */
async function createProefAangifte(env: DashboardSystem): Promise<void> {
  const asManager = { authorization: `Bearer ${env.token}` };
  const created = await env.system.app.inject({
    method: 'POST',
    url: '/v1/services',
    headers: asManager,
    payload: {
      id: 'proef-aangifte',
      organisationId: DASHBOARD_DEMO_ORGANISATION.id,
      name: { nl: 'Proefaangifte indienen', de: 'Déclaration test' },
      audience: 'burgers',
      channel: 'mijn-burgerprofiel',
      allowedOrigins: [SHOWN_ORIGIN],
      followUps: ['ease'],
      publishFigures: true,
      complaintsUrl: 'https://www.gent.be/klachten',
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  for (const [origin, status] of [
    [SHOWN_ORIGIN, 204],
    [ALLOWED_LATER, 403],
  ] as const) {
    const shown = await env.system.app.inject({
      method: 'POST',
      url: '/v1/displays',
      headers: { 'content-type': 'application/json', origin },
      payload: JSON.stringify({ serviceId: 'proef-aangifte' }),
    });
    expect(shown.statusCode, origin).toBe(status);
  }
  const allowed = await env.system.app.inject({
    method: 'PATCH',
    url: '/v1/services/proef-aangifte',
    headers: asManager,
    payload: { allowedOrigins: [SHOWN_ORIGIN, ALLOWED_LATER] },
  });
  expect(allowed.statusCode, allowed.body).toBe(200);
  await env.system.app.installationWrites();
}

describe('the self-service pages in a browser', () => {
  const env = useDashboardSystem('pglite', { scale: 0.1 });
  const { dashboard, freshPage, signIn, heading, namedButton, focused } = selfServiceBrowser(env);
  let analystToken: string;

  beforeAll(async () => {
    analystToken = (await createToken(env.system.database.db, {
      name: 'Lezer Belastingen',
      organisationId: DASHBOARD_DEMO_ORGANISATION.id,
      role: 'analyst',
    }))!.token;
    await createProefAangifte(env);
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
