import { describe, expect, it } from 'vitest';
import { useBrowserAndSystem } from '../support/browser-system.js';
import { responsesOf } from '../support/widget-page.js';
import { updateOrganisation } from '@feedbackinstrument/server/organisations/organisations';
import { updateService } from '@feedbackinstrument/server/services/services';

// The documented <noscript> form, in a browser with JavaScript switched off.
describe('feedback without JavaScript', () => {
  const env = useBrowserAndSystem('postgres');

  it('posts the HTML form to the API and shows an accessible thank-you page, with the links the widget shows', async () => {
    await updateOrganisation(env.system.database.db, 'stad-gent', { complaintsUrl: 'https://stad.gent/nl/klachten' });
    await updateService(env.system.database.db, 'gent-afspraak-burgerzaken', { accessibilityUrl: 'https://stad.gent/nl/toegankelijkheid' });
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${env.system.examples}/zonder-javascript.html`);
      await page.getByLabel('Tevreden', { exact: true }).check();
      await page.getByLabel('Wat kunnen we beter doen?').fill('Ik vond het formulier pas na lang zoeken. Bel me op 0470 12 34 56.');
      await page.getByRole('button', { name: 'Verstuur' }).click();
      await page.waitForURL(`${env.system.api}/v1/feedback`);
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bedankt voor uw feedback');
      expect(await page.getByText('Daarom is ze geen klacht').isVisible()).toBe(true);
      expect(await page.getByRole('link', { name: 'Een klacht indienen' }).getAttribute('href')).toBe('https://stad.gent/nl/klachten');
      expect(await page.getByRole('link', { name: 'Een toegankelijkheidsprobleem melden' }).getAttribute('href')).toBe(
        'https://stad.gent/nl/toegankelijkheid',
      );
      const rows = await responsesOf(env.system, 'gent-afspraak-burgerzaken');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        score: 4,
        context: 'transaction',
        lang: 'nl',
        remark: 'Ik vond het formulier pas na lang zoeken. Bel me op [telefoonnummer].',
      });
    } finally {
      await context.close();
    }
  });

  it('a bot that fills the honeypot gets the same page and is not counted', async () => {
    await env.system.database.db.deleteFrom('responses').execute();
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${env.system.examples}/zonder-javascript.html`);
      await page.getByLabel('Zeer tevreden').check();
      await page.locator('input[name="website"]').evaluate((input: HTMLInputElement) => (input.value = 'http://spam.example'));
      await page.getByRole('button', { name: 'Verstuur' }).click();
      await page.waitForURL(`${env.system.api}/v1/feedback`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bedankt voor uw feedback');
      expect(await responsesOf(env.system, 'gent-afspraak-burgerzaken')).toHaveLength(0);
    } finally {
      await context.close();
    }
  });
});
