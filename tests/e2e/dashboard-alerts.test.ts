import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '@feedbackinstrument/server/auth/create-token';
import { loadConfig } from '@feedbackinstrument/server/config';
import { DASHBOARD_DEMO_ORGANISATION } from '@feedbackinstrument/server/demo/demo-year-generator';
import { eventually, startWebhookReceiver } from '@feedbackinstrument/server/testing/webhook-receiver';
import { axeViolations } from '../support/axe.js';
import { useDashboardSystem } from '../support/dashboard-system.js';

// The alerts page and the annotations of the service page in real Chromium, in Dutch and
// English: a manager makes a webhook subscription (its secret shown once), sends a test
// that arrives signed, reads the deliveries, adds a note that appears on the monthly chart
// with its before/after figures; an analyst only reads. axe-core finds no violation anywhere.

const SERVICE = 'erfbelasting-aangifte';
const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));

describe('alerts and annotations in the dashboard', () => {
  const env = useDashboardSystem('pglite', {
    scale: 0.2,
    config: { alerts: { ...loadConfig({}).alerts, allowInsecure: true, evaluateEveryMs: null, deliverEveryMs: 100, timeoutMs: 2_000 } },
  });
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const sessions: Record<'manager' | 'analyst', string> = { manager: '', analyst: '' };

  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    const analystToken = (await createToken(env.system.database.db, {
      name: 'Belastingdienst lezer',
      organisationId: DASHBOARD_DEMO_ORGANISATION.id,
      role: 'analyst',
    }))!.token;
    for (const [role, token] of [
      ['manager', env.token],
      ['analyst', analystToken],
    ] as const) {
      const res = await fetch(`${env.system.api}/dashboard/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: env.system.api },
        body: JSON.stringify({ token }),
      });
      sessions[role] = /fi-session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')![1]!;
    }
  });
  afterAll(() => receiver?.close());

  async function open(lang: 'nl' | 'en', role: 'manager' | 'analyst', width = 1280): Promise<{ context: BrowserContext; page: Page }> {
    const context = await env.browser.newContext({
      viewport: { width, height: 900 },
      locale: lang === 'nl' ? 'nl-BE' : 'en-GB',
      bypassCSP: true,
    });
    await context.addInitScript((l) => localStorage.setItem('feedbackinstrument:dashboard:lang', l), lang);
    await context.addCookies([{ name: 'fi-session', value: sessions[role], url: env.system.api, httpOnly: true, sameSite: 'Strict' }]);
    return { context, page: await context.newPage() };
  }

  /** axe finds nothing; a screenshot is written for people to look at (dashboard-alerts-*.png). */
  async function noViolations(page: Page, what: string) {
    const violations = await axeViolations(page);
    expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}dashboard-alerts-${what.replace(/[^\w]+/g, '-').replace(/-$/, '')}.png`, fullPage: true });
  }

  it.each(['nl', 'en'] as const)(
    'a manager subscribes a webhook, sees the secret once, sends a test and reads the deliveries (%s)',
    async (lang) => {
      const { context, page } = await open(lang, 'manager');
      try {
        await page.goto(`${env.system.api}/dashboard/`);
        // Reachable from the navigation.
        await page.locator('header a[href="/dashboard/alerts"]').click();
        await page.locator('#create-heading').waitFor();
        await noViolations(page, `alerts page (${lang})`);

        // A bad address first: the field is named and takes focus.
        await page.locator('#alert-url').fill('ftp://nergens');
        await page.locator('form button[type="submit"]').click();
        await page.locator('#url-problem').waitFor();
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('alert-url');
        await noViolations(page, `alerts form error (${lang})`);

        const before = receiver.received.length;
        await page.locator('#alert-url').fill(`${receiver.url}?lang=${lang}`);
        await page.locator('form button[type="submit"]').click();
        const secret = (await page.locator('#webhook-secret').textContent())!.trim();
        expect(secret).toMatch(/^whsec_/);
        await noViolations(page, `alerts with the secret (${lang})`);
        // The list never shows the secret.
        expect(await page.locator('table.subscriptions').textContent()).not.toContain(secret);

        const row = page.locator('table.subscriptions tbody tr', { hasText: `lang=${lang}` });
        await row.locator('button', { hasText: lang === 'nl' ? 'Stuur een test' : 'Send a test' }).click();
        await eventually(() => receiver.received.length === before + 1, 10_000, 'the test webhook');
        const hook = receiver.received.at(-1)!;
        expect((new Webhook(secret).verify(hook.body, hook.headers as Record<string, string>) as { type: string }).type).toBe('test');

        await row.locator('button[aria-expanded]').click();
        await expect
          .poll(async () => page.locator('.deliveries table tbody tr').first().textContent(), { timeout: 10_000 })
          .toContain(lang === 'nl' ? 'afgeleverd' : 'delivered');
        expect(await row.locator('button[aria-expanded]').getAttribute('aria-expanded')).toBe('true');
        await noViolations(page, `alerts with deliveries (${lang})`);
        // After a reload the secret is gone for good.
        await page.reload();
        await page.locator('#subscriptions-heading').waitFor();
        expect(await page.locator('#webhook-secret').count()).toBe(0);
      } finally {
        await context.close();
      }
    },
  );

  it.each(['nl', 'en'] as const)(
    'a manager notes a fix on the service page: on the monthly chart, with the 28 days before and after (%s)',
    async (lang) => {
      const { context, page } = await open(lang, 'manager');
      try {
        await page.goto(`${env.system.api}/dashboard/services/${SERVICE}?year=${env.year}`);
        await page.locator('#annotations-heading').waitFor();
        const text = `versie 3.2 (${lang}): opladen hersteld`;
        await page.locator('#annotation-day').fill(`${env.year}-06-15`);
        await page.locator('#annotation-text').fill(text);
        await page.locator('.annotation-form button[type="submit"]').click();
        await page.locator('.annotation-effect table', { hasText: text }).waitFor({ timeout: 20_000 });
        await expect
          .poll(() => page.locator('#chart-responses-months-heading ~ .chart-drawing g.annotation title').allTextContents())
          .toEqual(expect.arrayContaining([expect.stringContaining(text)]));
        await expect.poll(() => page.locator('ol.chart-annotations').textContent()).toContain(text);
        const effect = await page.locator('.annotation-effect table', { hasText: text }).textContent();
        expect(effect).toMatch(lang === 'nl' ? /28 dagen ervoor/ : /28 days before/);
        await noViolations(page, `service page with a note (${lang})`);
      } finally {
        await context.close();
      }
    },
  );

  it('the alerts page works at 320 px wide without scrolling sideways', async () => {
    const { context, page } = await open('nl', 'manager', 320);
    try {
      await page.goto(`${env.system.api}/dashboard/alerts`);
      await page.locator('table.subscriptions').waitFor();
      await page.locator('#create-heading').waitFor();
      await noViolations(page, 'alerts page (320px)');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('an analyst reads the alerts and notes but changes nothing', async () => {
    const { context, page } = await open('nl', 'analyst');
    try {
      await page.goto(`${env.system.api}/dashboard/alerts`);
      await page.locator('#subscriptions-heading').waitFor();
      await page.locator('.notice').waitFor();
      expect(await page.locator('#create-heading').count()).toBe(0);
      expect(await page.locator('table.subscriptions tbody tr').count()).toBeGreaterThanOrEqual(2);
      expect(await page.locator('table.subscriptions button', { hasText: 'Stuur een test' }).count()).toBe(0);
      await noViolations(page, 'alerts page (analyst)');
      await page.goto(`${env.system.api}/dashboard/services/${SERVICE}?year=${env.year}`);
      await page.locator('.annotation-effect').first().waitFor({ timeout: 20_000 });
      expect(await page.locator('#annotation-text').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
