import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useBrowserAndSystem } from '../support/browser-system.js';
import { describeFocus, openWidgetPage, responsesOf, widgetState } from '../support/widget-page.js';

const GENT = 'gent-afspraak-burgerzaken';

describe('the widget in a real browser', () => {
  let context: BrowserContext;

  const env = useBrowserAndSystem('pglite');
  beforeEach(async () => {
    await env.system.database.db.deleteFrom('responses').execute();
    context = await env.browser.newContext();
  });
  afterEach(() => context.close());

  async function tabTo(page: Page, pattern: RegExp, max = 30): Promise<string> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const focus = await describeFocus(page);
      if (pattern.test(focus)) return focus;
    }
    throw new Error(`Tab never reached ${pattern}; last focus: ${await describeFocus(page)}`);
  }

  it('works with the keyboard only, from Tab to thank-you', async () => {
    const page = await openWidgetPage(context, `${env.system.examples}/gent-afspraak-bevestiging.html`);
    await tabTo(page, /^button\[score-button\]:.*Zeer ontevreden/);
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await describeFocus(page)).toMatch(/Zeer tevreden/);
    await page.keyboard.press('Enter');
    await expect.poll(() => widgetState(page)).toBe('remark');
    // Focus moved to the new state's heading, inside the widget.
    expect(await describeFocus(page)).toMatch(/^h2/);
    await tabTo(page, /^textarea/);
    await page.keyboard.type('Snel en duidelijk.');
    await tabTo(page, /^input/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, /^input/);
    await page.keyboard.press('Space');
    await tabTo(page, /\[send-button\]/);
    await page.keyboard.press('Enter');
    await expect.poll(() => widgetState(page)).toBe('thanks');
    expect(await describeFocus(page)).toMatch(/^h2.*Bedankt/);
    const rows = await responsesOf(env.system, GENT);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ score: 5, remark: 'Snel en duidelijk.', ease: 5, completed: 'yes' });
  });

  it('floating mode: a modal dialog that keeps focus inside, closes on Escape and gives focus back', async () => {
    const page = await openWidgetPage(context, `${env.system.examples}/groeipakket.html`);
    const fab = page.locator('feedback-instrument [part="floating-button"]');
    await expect.poll(() => fab.isVisible()).toBe(true);
    await tabTo(page, /\[floating-button\]/);
    await page.keyboard.press('Enter');
    const dialog = page.locator('feedback-instrument dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    // Twenty Tabs never reach the page behind the modal dialog (it is inert). Past the last
    // control, the browser itself may take focus (its toolbar; the page then reports body),
    // as every native modal <dialog> does, and the next Tab comes back into the dialog.
    let insideCount = 0;
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const host = document.querySelector('feedback-instrument')!;
        const active = host.shadowRoot!.activeElement;
        if (document.activeElement === host && active?.closest('dialog')) return 'dialog';
        return document.activeElement === document.body || document.activeElement === null ? 'browser' : 'page';
      });
      expect(where, `Tab ${i + 1}: ${await describeFocus(page)}`).not.toBe('page');
      if (where === 'dialog') insideCount++;
    }
    expect(insideCount).toBeGreaterThanOrEqual(15);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await describeFocus(page)).toMatch(/\[floating-button\]/);

    // open() from the page's own button; closing returns focus to that button.
    await page.locator('#feedback-link').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    await page.getByRole('button', { name: 'Tevreden', exact: true }).click();
    await expect.poll(() => responsesOf(env.system, 'groeipakket-aanvragen').then((r) => r.length)).toBe(1);
    expect((await responsesOf(env.system, 'groeipakket-aanvragen'))[0]).toMatchObject({ context: 'continuous', score: 4 });
    await page.getByRole('button', { name: /Sluiten/ }).click();
    expect(await describeFocus(page)).toMatch(/#feedback-link/);
  });

  it('speaks the language of the host page, and an explicit lang wins', async () => {
    const page = await openWidgetPage(context, `${env.system.examples}/omgevingsloket-fr.html`);
    await expect.poll(() => page.getByRole('button', { name: 'Très satisfait' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Très satisfait' }).click();
    await expect.poll(() => responsesOf(env.system, 'omgevingsvergunning-aanvragen').then((r) => r.map((x) => x.lang))).toEqual(['fr']);
    await page.locator('feedback-instrument').evaluate((el) => el.setAttribute('lang', 'de'));
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toMatch(/Danke|Vielen|gespeichert/);
  });

  it('looks and works the same under hostile CSS and a strict CSP, and leaves the host page alone', async () => {
    const violations: string[] = [];
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { cspViolations?: string[] };
        w.cspViolations ??= [];
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    const hostile = await openWidgetPage(context, `${env.system.examples}/hostile-css.html`);
    const neutral = await context.newPage();
    await neutral.goto(`${env.system.examples}/gent-afspraak-bevestiging.html`);
    await neutral.locator('feedback-instrument[data-state]').waitFor();

    // The score buttons keep their size, colours, border and visibility whatever the page does.
    const look = (page: Page) =>
      page
        .locator('feedback-instrument [part="score-button"]')
        .first()
        .evaluate((button) => {
          const style = getComputedStyle(button);
          const box = button.getBoundingClientRect();
          return {
            minSide: Math.round(Math.min(box.width, box.height)) >= 44,
            color: style.color,
            background: style.backgroundColor,
            border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor}`,
            transform: style.textTransform,
            letterSpacing: style.letterSpacing,
            svgShown: getComputedStyle(button.querySelector('svg')!).display !== 'none',
          };
        });
    expect(await look(hostile)).toEqual(await look(neutral));

    // The widget adds no style to the page, and the page's own elements look exactly as
    // they do when the widget is not loaded at all.
    const hostLook = (page: Page) =>
      page.evaluate(() => ({
        sheets: document.styleSheets.length,
        adopted: document.adoptedStyleSheets.length,
        elements: ['host-heading', 'host-text'].map((id) => {
          const style = getComputedStyle(document.getElementById(id)!);
          return [style.font, style.color, style.backgroundColor, style.display, style.margin, style.padding, style.textTransform].join(
            ' | ',
          );
        }),
      }));
    const bare = await context.newPage();
    await bare.route(`${env.system.api}/widget.js`, (route) => route.abort());
    await bare.goto(`${env.system.examples}/hostile-css.html`);
    expect(await hostLook(hostile)).toEqual(await hostLook(bare));
    expect((await hostLook(hostile)).adopted).toBe(0);

    await hostile.getByRole('button', { name: 'Tevreden', exact: true }).click();
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.length)).toBe(1);
    violations.push(...(await hostile.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
    expect(violations).toEqual([]);
    expect(await hostile.evaluate(() => document.querySelector('meta[http-equiv]'))).toBeNull();
    const csp = (await hostile.request.get(`${env.system.examples}/hostile-css.html`)).headers()['content-security-policy'];
    expect(csp).toContain("style-src 'self'");
  });
});
