import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Route } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.js';
import { useBrowserAndSystem } from '../support/browser-system.js';
import { errorPage, thanksPage } from '@feedbackinstrument/server/http/form-result-page';

// axe-core in real Chromium: zero WCAG 2.1 A/AA violations in every state of both modes,
// in each language, with forced colours and at 320 px. Screenshots of the states go to
// test-results/screenshots for people to look at.

const SHOTS = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
const STATES = ['initial', 'remark', 'sending', 'thanks', 'error'] as const;
type State = (typeof STATES)[number];
type Mode = 'inline' | 'floating';
interface Variant {
  lang: 'nl' | 'fr' | 'en' | 'de';
  mode: Mode;
  forcedColors?: boolean;
  width?: number;
}

const VARIANTS: Variant[] = [
  ...(['nl', 'fr', 'en', 'de'] as const).flatMap((lang) => (['inline', 'floating'] as const).map((mode) => ({ lang, mode }))),
  { lang: 'nl', mode: 'inline', forcedColors: true },
  { lang: 'nl', mode: 'floating', forcedColors: true },
  { lang: 'nl', mode: 'inline', width: 320 },
  { lang: 'nl', mode: 'floating', width: 320 },
];

const name = (v: Variant) =>
  [v.mode, v.lang, v.forcedColors ? 'forced-colors' : '', v.width ? `${v.width}px` : ''].filter(Boolean).join('-');

describe('accessibility of every widget state', () => {
  const env = useBrowserAndSystem('pglite');
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
  });

  const pageUrl = (v: Variant) => `${env.system.examples}/playground.html?lang=${v.lang}&mode=${v.mode}&follow-ups=ease+completed`;

  it('axe sees into the shadow root: a planted violation inside the widget is reported', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(pageUrl({ lang: 'nl', mode: 'inline' }));
      await page.locator('feedback-instrument[data-state]').waitFor();
      await page.locator('feedback-instrument').evaluate((host) => host.shadowRoot!.append(document.createElement('button')));
      expect((await axeViolations(page)).map((v) => v.id)).toContain('button-name');
    } finally {
      await page.close();
    }
  });

  it.each(['nl', 'fr', 'en', 'de'] as const)('the no-JavaScript thank-you and error pages in %s have no violations', async (lang) => {
    const page = await env.browser.newPage();
    try {
      for (const html of [thanksPage(lang, null), errorPage(lang, 'validation_failed')]) {
        await page.setContent(html);
        expect(await axeViolations(page)).toEqual([]);
      }
    } finally {
      await page.close();
    }
  });

  it.each(VARIANTS)('has no WCAG 2.1 A/AA violations: $mode $lang forced=$forcedColors width=$width', async (v) => {
    const context = await env.browser.newContext({
      viewport: { width: v.width ?? 1024, height: 800 },
      forcedColors: v.forcedColors ? 'active' : 'none',
    });
    try {
      const page = await context.newPage();
      // The follow-up (the POST that carries a remark) is held, then refused, to reach
      // the sending and error states; the score itself goes to the real server.
      let release: ((route: Route) => void) | null = null;
      const held = new Promise<Route>((resolve) => (release = resolve));
      await page.route(`${env.system.api}/v1/feedback`, (route) => {
        const body = route.request().postData() ?? '';
        if (route.request().method() === 'POST' && body.includes('"remark"')) release!(route);
        else void route.continue();
      });
      await page.goto(pageUrl(v));
      const host = page.locator('feedback-instrument');
      await host.and(page.locator('[data-state]')).waitFor({ state: 'attached' });
      if (v.mode === 'floating') {
        // Closed, only the floating button shows; then the dialog.
        expect(await axeViolations(page)).toEqual([]);
        await page.locator('feedback-instrument [part="floating-button"]').click();
      }

      const check = async (state: State) => {
        await expect.poll(() => host.getAttribute('data-state')).toBe(state);
        const violations = await axeViolations(page);
        expect(violations, `${name(v)} ${state}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
        if (v.lang === 'nl' || state === 'remark') await page.screenshot({ path: `${SHOTS}${name(v)}-${state}.png`, fullPage: true });
      };

      await check('initial');
      await page.locator('feedback-instrument [part="score-button"][data-score="2"]').click();
      await check('remark');
      await page.locator('feedback-instrument textarea').fill('Ik vond de knop om te bevestigen niet.');
      await page.locator('feedback-instrument [part="send-button"]').click();
      const route = await held;
      await check('sending');
      await route.fulfill({
        status: 409,
        contentType: 'application/json',
        headers: { 'access-control-allow-origin': env.system.examples },
        body: JSON.stringify({ error: { code: 'conflict', message: 'x', details: [] } }),
      });
      await check('error');
      await page.unroute(`${env.system.api}/v1/feedback`);
      await page.locator('feedback-instrument [part="retry-button"]').click();
      await check('thanks');
    } finally {
      await context.close();
    }
  });
});
