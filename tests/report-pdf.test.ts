// The printable yearly report, rendered by headless Chromium and printed to PDF (A4): it
// must give a cover page with the summary, a page per service and the definitions, with
// its charts drawn. A PNG of each printed page is kept when REPORT_PREVIEW_DIR is set, to look at.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '@feedbackinstrument/server/testing/test-app';
import { DEMO_ORGANISATION, seedDemoOrganisation } from '@feedbackinstrument/server/testing/reports-organisation';
import { launchChromium } from './support/browser.js';

const A4 = { width: 595.28, height: 841.89 };

describe('the HTML report printed to PDF in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    await seedDemoOrganisation(t.database.db, { responses: 400 });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('prints on A4: summary, one section per service, definitions; charts and text render', async () => {
    const res = await t.app.inject({
      url: `/v1/reports/2026?organisation=${DEMO_ORGANISATION}&format=html`,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(res.statusCode).toBe(200);
    const page = await browser.newPage();
    await page.setContent(res.body, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });

    // Charts are drawn with a real size and their text alternatives are present.
    const charts = await page.locator('svg.chart').evaluateAll((nodes) =>
      nodes.map((n) => ({
        width: n.getBoundingClientRect().width,
        title: n.querySelector('title')?.textContent ?? '',
        desc: n.querySelector('desc')?.textContent ?? '',
      })),
    );
    expect(charts.length).toBe(1 + 3 * 2);
    for (const chart of charts) {
      expect(chart.width).toBeGreaterThan(200);
      expect(chart.title).not.toBe('');
      expect(chart.desc).not.toBe('');
    }
    expect(await page.locator('h2').allTextContents()).toEqual([
      'Samenvatting',
      'Mijn EnergieLening',
      'Vlaamse huurpremie aanvragen',
      'Mijn VerbouwPremie <aanvraag & opvolging>',
      'Wat betekenen de cijfers?',
    ]);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdf.toString('latin1');
    const pages = text.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    // Summary, a page (or more) per service, definitions.
    expect(pages.length).toBeGreaterThanOrEqual(5);
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
    expect(Number(box![1])).toBeCloseTo(A4.width, 0);
    expect(Number(box![2])).toBeCloseTo(A4.height, 0);

    const dir = process.env.REPORT_PREVIEW_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'report.pdf'), pdf);
      writeFileSync(join(dir, 'report.html'), res.body);
    }
    await page.close();
  });
});
