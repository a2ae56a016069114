import type { BrowserContext } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKENDS } from '@feedbackinstrument/server/testing/test-database';
import { useBrowserAndSystem } from '../support/browser-system.js';
import { openWidgetPage, responsesOf, widgetState } from '../support/widget-page.js';

// A pressed score is never lost and never counted twice: the widget in real Chromium
// against the real server, on both databases.

const GENT = 'gent-afspraak-burgerzaken';
const CONFIRMATION = '/gent-afspraak-bevestiging.html';

describe.each(BACKENDS)('widget delivery on %s', (kind) => {
  let context: BrowserContext;

  const env = useBrowserAndSystem(kind);
  beforeEach(async () => {
    await env.system.database.db.deleteFrom('responses').execute();
    context = await env.browser.newContext();
  });
  afterEach(() => context.close());

  it('a press stores the score at once, exactly once; the remark attaches to the same response', async () => {
    const page = await openWidgetPage(context, env.system.examples + CONFIRMATION);
    await page.getByRole('button', { name: 'Tevreden', exact: true }).click();
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.length)).toBe(1);
    const [scored] = await responsesOf(env.system, GENT);
    expect(scored).toMatchObject({ score: 4, lang: 'nl', context: 'transaction', step: 'bevestiging', page: CONFIRMATION, remark: null });

    await page.getByLabel('Wat kunnen we beter doen?').fill('De bevestigingsmail kwam pas na een uur. Mail mij: jan@example.be');
    await page.getByLabel('Ja', { exact: true }).check();
    await page.getByRole('button', { name: 'Versturen' }).click();
    await expect.poll(() => widgetState(page)).toBe('thanks');
    const rows = await responsesOf(env.system, GENT);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: scored!.id,
      score: 4,
      completed: 'yes',
      remark: 'De bevestigingsmail kwam pas na een uur. Mail mij: [e-mailadres]',
    });
    expect(await page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'))).toBeNull();
  });

  it('a press is stored on a page without crypto.randomUUID (plain http: not a secure context)', async () => {
    // What Chromium leaves out of an insecure context, taken away before the widget loads.
    await context.addInitScript(() => Object.defineProperty(Crypto.prototype, 'randomUUID', { value: undefined, configurable: true }));
    const page = await openWidgetPage(context, env.system.examples + CONFIRMATION);
    expect(await page.evaluate(() => typeof crypto.randomUUID)).toBe('undefined');
    await page.getByRole('button', { name: 'Ontevreden', exact: true }).click();
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.length)).toBe(1);
    const [stored] = await responsesOf(env.system, GENT);
    expect(stored!.submission_id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(stored!.score).toBe(2);
  });

  it('network errors, 5xx and 429 are retried; the response is stored exactly once', async () => {
    const page = await openWidgetPage(context, env.system.examples + CONFIRMATION);
    let posts = 0;
    await page.route(`${env.system.api}/v1/feedback`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posts++;
      if (posts === 1) return route.abort('connectionreset');
      if (posts === 2)
        return route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: '{"error":{"code":"service_unavailable","message":"x","details":[]}}',
          headers: { 'access-control-allow-origin': env.system.examples },
        });
      if (posts === 3)
        return route.fulfill({
          status: 429,
          contentType: 'application/json',
          body: '{}',
          headers: {
            'retry-after': '1',
            'access-control-allow-origin': env.system.examples,
            'access-control-expose-headers': 'Retry-After',
          },
        });
      return route.continue();
    });
    await page.getByRole('button', { name: 'Zeer ontevreden' }).click();
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.length), { timeout: 10_000 }).toBe(1);
    expect(posts).toBe(4);
    // Nothing more arrives: the outbox is empty and a reload sends nothing again.
    await expect.poll(() => page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'))).toBeNull();
    await page.reload();
    await page.locator('feedback-instrument[data-state]').waitFor();
    expect(await responsesOf(env.system, GENT)).toHaveLength(1);
    expect((await responsesOf(env.system, GENT))[0]!.score).toBe(1);
  });

  it('a score the server never acknowledged before the user left is delivered by the next page', async () => {
    const page = await openWidgetPage(context, env.system.examples + CONFIRMATION);
    await page.route(`${env.system.api}/v1/feedback`, (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Neutraal' }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'))).toContain('"score":3');
    // Leave for another page of the same site, about another service; the network is back.
    await page.unroute(`${env.system.api}/v1/feedback`);
    await page.goto(`${env.system.examples}/omgevingsloket-fr.html`);
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.length), { timeout: 10_000 }).toBe(1);
    expect((await responsesOf(env.system, GENT))[0]).toMatchObject({ score: 3, lang: 'nl', page: CONFIRMATION });
    await expect.poll(() => page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'))).toBeNull();
    expect(await responsesOf(env.system, 'omgevingsvergunning-aanvragen')).toHaveLength(0);
  });

  it('a score pressed while the browser is offline is sent by the same page once it is back online', async () => {
    const page = await openWidgetPage(context, env.system.examples + CONFIRMATION);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Zeer tevreden' }).click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'))).toContain('"score":5');
    // Every quick retry fails while offline; the citizen stays on the page.
    await page.waitForTimeout(1000);
    expect(await responsesOf(env.system, GENT)).toHaveLength(0);
    await context.setOffline(false);
    await expect.poll(() => responsesOf(env.system, GENT).then((r) => r.length), { timeout: 10_000 }).toBe(1);
    expect((await responsesOf(env.system, GENT))[0]).toMatchObject({ score: 5, page: CONFIRMATION });
    await expect.poll(() => page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'))).toBeNull();
  });

  it('counts one display per page view when the widget is shown', async () => {
    await env.system.database.db.deleteFrom('display_counts').execute();
    const page = await openWidgetPage(context, env.system.examples + CONFIRMATION);
    const displays = async () =>
      (await env.system.database.db.selectFrom('display_counts').select('count').where('service_id', '=', GENT).executeTakeFirst())
        ?.count ?? 0;
    await expect.poll(displays).toBe(1);
    await page.reload();
    await expect.poll(displays).toBe(2);
    expect(await responsesOf(env.system, GENT)).toHaveLength(0);
  });
});
