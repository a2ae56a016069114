import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '@feedbackinstrument/server/db/connect';
import { templateFile } from '@feedbackinstrument/server/db/pglite-template';
import { DEMO_ORGANISATION, DEMO_SERVICE_PREFIX } from '@feedbackinstrument/server/demo/demo-year';
import { openTestDatabase } from '@feedbackinstrument/server/testing/test-database';
import { axeViolations } from './support/axe.js';
import { launchChromium } from './support/browser.js';
import { startSystemProcess } from './support/server-process.js';

// What a new user sees after `PORT=<any free port> pnpm start` on a fresh clone: the example
// pages record feedback from their own origin (whatever EXAMPLES_PORT is), and the
// dashboard shows the demo year at once, marked as demo data. A later start on another
// examples port still takes feedback from the pages; a DATABASE_URL start loads no demo data.

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const DEMO_SERVICE = `${DEMO_SERVICE_PREFIX}erfbelasting-aangifte`;
const currentYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));

describe('the first start on any port', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-first-start-'));
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('records feedback from the example pages and shows the demo year in the dashboard', { timeout: 180_000 }, async () => {
    const [port, examplesPort] = [await freePort(), await freePort()];
    const system = await startSystemProcess({ DATA_DIR: dataDir, PORT: String(port), EXAMPLES_PORT: String(examplesPort) });
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      expect(system.api).toBe(`http://127.0.0.1:${port}`);
      expect(system.examples).toBe(`http://127.0.0.1:${examplesPort}`);
      expect(system.output()).toMatch(/Demo data: +a year of made-up feedback \(\d+ responses/);
      // The first new database of this build (here or in an earlier test) left the template later ones start from.
      expect(existsSync(templateFile())).toBe(true);
      const token = /Admin token \(shown once[^)]*\): (\S+)/.exec(system.output())![1]!;
      const admin = { authorization: `Bearer ${token}` };

      // An example page on its own origin: a press on a score is recorded (201), not refused by CORS.
      const page = await context.newPage();
      // Every request to the API (the widget, the display count, the score) goes through;
      // one refused by CORS would fail here.
      const failed: string[] = [];
      page.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
      page.on('response', (response) => {
        if (response.url().startsWith(system.api) && response.status() >= 400) failed.push(`${response.url()}: ${response.status()}`);
      });
      await page.goto(`${system.examples}/gent-afspraak-bevestiging.html`);
      const answer = page.waitForResponse((r) => r.url() === `${system.api}/v1/feedback` && r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Tevreden', exact: true }).click();
      expect((await answer).status()).toBe(201);
      expect(failed).toEqual([]);

      // The demo year: twelve months (and the days of this one) with responses, in the report too.
      const organisations = (await (await fetch(`${system.api}/v1/organisations`, { headers: admin })).json()).organisations;
      expect(organisations).toContainEqual(expect.objectContaining({ id: DEMO_ORGANISATION.id, name: DEMO_ORGANISATION.name, demo: true }));
      expect(organisations.filter((o: { demo: boolean }) => o.demo)).toHaveLength(1);
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
      const from = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
      const figures = await (
        await fetch(`${system.api}/v1/services/${DEMO_SERVICE}/figures?from=${from}&to=${today}`, { headers: admin })
      ).json();
      const full = figures.byMonth.slice(0, 12) as { month: string; responses: number }[];
      expect(full).toHaveLength(12);
      expect(full.every((m) => m.responses > 0)).toBe(true);
      expect(figures.displays).toBeGreaterThan(figures.responses);
      const report = await (
        await fetch(`${system.api}/v1/reports/${currentYear()}?organisation=${DEMO_ORGANISATION.id}`, { headers: admin })
      ).json();
      expect(report.services).toHaveLength(5);
      expect(report.totals.responses).toBeGreaterThan(0);

      // The dashboard opens on the demo organisation and says it is demo data, on the service
      // page too; the banner passes axe at 320 px (axe is injected inline: CSP bypassed here).
      const narrow = await browser.newContext({ viewport: { width: 320, height: 800 }, bypassCSP: true });
      const dashboard = await narrow.newPage();
      await dashboard.goto(`${system.api}/dashboard/`);
      await dashboard.getByLabel('API-token').fill(token);
      await dashboard.getByRole('button', { name: 'Aanmelden' }).click();
      await dashboard.locator('fi-services-table tbody tr').first().waitFor();
      expect(await dashboard.locator('#choose-organisation').inputValue()).toBe(DEMO_ORGANISATION.id);
      expect(await dashboard.locator('fi-services-table tbody tr').count()).toBe(5);
      const banner = dashboard.locator('[data-demo-banner]');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/Demogegevens.*pnpm cli demo remove/s);
      expect(await axeViolations(dashboard)).toEqual([]);
      await dashboard.screenshot({
        path: fileURLToPath(new URL('../test-results/screenshots/first-start-demo-overview.png', import.meta.url)),
        fullPage: true,
      });
      expect(
        await dashboard.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).toBeLessThanOrEqual(0);
      await dashboard.goto(`${system.api}/dashboard/services/${DEMO_SERVICE}`);
      await dashboard.locator('main h1', { hasText: 'Aangifte erfbelasting' }).waitFor();
      await banner.waitFor();
      // A real organisation's page has no banner.
      await dashboard.goto(`${system.api}/dashboard/services/gent-afspraak-burgerzaken`);
      await dashboard.locator('main h1', { hasText: 'Afspraak maken bij Burgerzaken' }).waitFor();
      expect(await banner.count()).toBe(0);
      await narrow.close();
    } finally {
      await context.close();
      await system.kill('SIGTERM');
    }

    // A later start with the examples on another port: the sample services allow that origin too.
    const otherExamplesPort = await freePort();
    const second = await startSystemProcess({ DATA_DIR: dataDir, PORT: String(port), EXAMPLES_PORT: String(otherExamplesPort) });
    try {
      expect(second.output()).toContain('Demo data:      still there');
      const origin = `http://127.0.0.1:${otherExamplesPort}`;
      const preflight = await fetch(`${second.api}/v1/feedback`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      const feedback = await fetch(`${second.api}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify({ serviceId: 'groeipakket-aanvragen', submissionId: randomUUID(), score: 3, context: 'continuous' }),
      });
      expect(feedback.status).toBe(201);
    } finally {
      await second.kill('SIGTERM');
    }
    const database = connectDatabase({ databaseUrl: null, dataDir });
    try {
      const groeipakket = await database.db
        .selectFrom('services')
        .select('allowed_origins')
        .where('id', '=', 'groeipakket-aanvragen')
        .executeTakeFirstOrThrow();
      // The origins of the file, and those of both starts, once each.
      expect(groeipakket.allowed_origins).toEqual([
        'https://www.burgerprofiel.be',
        'http://localhost:3001',
        'http://127.0.0.1:3001',
        `http://localhost:${examplesPort}`,
        `http://127.0.0.1:${examplesPort}`,
        `http://localhost:${otherExamplesPort}`,
        `http://127.0.0.1:${otherExamplesPort}`,
      ]);
      // A demo service was not touched.
      const demo = await database.db
        .selectFrom('services')
        .select('allowed_origins')
        .where('id', '=', DEMO_SERVICE)
        .executeTakeFirstOrThrow();
      expect(demo.allowed_origins).toEqual(['https://www.vlaanderen.be']);
    } finally {
      await database.close();
    }
  });

  it('loads no demo data into a DATABASE_URL database', { timeout: 120_000 }, async () => {
    const postgres = await openTestDatabase('postgres', { migrate: false });
    try {
      const system = await startSystemProcess({ DATABASE_URL: postgres.url!, FEEDBACK_ADMIN_TOKEN: 'first-start-admin-token-0123456789' });
      try {
        expect(system.output()).not.toContain('Demo data');
        const organisations = await (
          await fetch(`${system.api}/v1/organisations`, { headers: { authorization: 'Bearer first-start-admin-token-0123456789' } })
        ).json();
        expect(organisations).toEqual({ organisations: [] });
      } finally {
        await system.kill('SIGTERM');
      }
      expect(await postgres.db.selectFrom('responses').select('id').execute()).toEqual([]);
    } finally {
      await postgres.close();
    }
  });
});
