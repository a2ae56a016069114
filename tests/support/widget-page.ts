import type { BrowserContext, Page } from 'playwright-core';
import type { RunningSystem } from './system.js';

/**
 * Opens a page in a context whose widgets retry quickly (20 ms instead of 1 s), so the
 * delivery tests do not wait for real backoff. The policy is the element's own public
 * knob (`customElements.get('feedback-instrument').retryPolicy`), set before any press.
 */
export async function openWidgetPage(context: BrowserContext, url: string): Promise<Page> {
  await context.addInitScript(() => {
    void customElements.whenDefined('feedback-instrument').then((element) => {
      const policy = (element as unknown as { retryPolicy: { baseDelay: number; maxDelay: number } }).retryPolicy;
      policy.baseDelay = 20;
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('feedback-instrument[data-state]').first().waitFor({ state: 'attached' });
  return page;
}

/** The widget's state as it reflects it on its host element. */
export function widgetState(page: Page, selector = 'feedback-instrument'): Promise<string | null> {
  return page.locator(selector).first().getAttribute('data-state');
}

/** The stored responses of a service, oldest first. */
export function responsesOf(system: RunningSystem, serviceId: string) {
  return system.database.db.selectFrom('responses').selectAll().where('service_id', '=', serviceId).orderBy('received_at').execute();
}

/** The element focused on the page, looking through shadow roots: "tag#id[part]" or text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'none';
    const part = el.getAttribute('part');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${part ? `[${part}]` : ''}:${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`;
  });
}
