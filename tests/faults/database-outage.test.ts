import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '@feedbackinstrument/server/db/connect';
import { migrate } from '@feedbackinstrument/server/db/migrate';
import { startThrowawayPostgres, type ThrowawayPostgres } from '../support/postgres-server.js';
import { startSystemOn, type RunningSystem } from '../support/system.js';
import { launchChromium } from '../support/browser.js';
import { openWidgetPage, responsesOf, widgetState } from '../support/widget-page.js';

// PostgreSQL stopped and started again under the whole system (its own throwaway server,
// so stopping it touches no other test): the API answers 503 with the envelope (never a
// crash or a hang), /readyz says so, it recovers by itself, and the scores citizens pressed
// in the widget meanwhile are delivered afterwards, each exactly once.
describe('a database outage', () => {
  let postgres: ThrowawayPostgres;
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    postgres = await startThrowawayPostgres();
    const database = connectDatabase({ databaseUrl: postgres.url, dataDir: null });
    await migrate(database.db);
    [system, browser] = await Promise.all([
      startSystemOn(database, { databaseUrl: postgres.url, rateLimitPerMinute: 100_000 }),
      launchChromium(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await system?.close();
    await postgres?.stop();
  });

  const submit = (submissionId = randomUUID()) =>
    fetch(`${system.api}/v1/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serviceId: 'groeipakket-aanvragen', submissionId, score: 4 }),
      signal: AbortSignal.timeout(15_000),
    });

  it('answers 503 while the database is down and recovers without a restart', async () => {
    expect((await submit()).status).toBe(201);

    postgres.halt();
    try {
      const during = await Promise.all(Array.from({ length: 10 }, () => submit()));
      for (const res of during) {
        expect(res.status).toBe(503);
        expect(res.headers.get('retry-after')).toBeTruthy();
        expect(await res.json()).toMatchObject({ error: { code: 'service_unavailable', message: expect.any(String), details: [] } });
      }
      const ready = await fetch(`${system.api}/readyz`, { signal: AbortSignal.timeout(15_000) });
      expect(ready.status).toBe(503);
      expect((await fetch(`${system.api}/healthz`)).status).toBe(200);
    } finally {
      postgres.resume();
    }
    // The same submission that failed is retried as the widget would, and counts once.
    const retried = randomUUID();
    await expect.poll(async () => (await submit(retried)).status, { timeout: 20_000, interval: 200 }).toBeLessThan(300);
    expect((await submit(retried)).status).toBe(200);
    expect((await fetch(`${system.api}/readyz`)).status).toBe(200);
    const rows = await responsesOf(system, 'groeipakket-aanvragen');
    expect(rows.filter((r) => r.submission_id === retried)).toHaveLength(1);
    expect(rows).toHaveLength(2);
  });

  it("the widget's outbox delivers every score pressed during the outage, once, when the database is back", async () => {
    const GENT = 'gent-afspraak-burgerzaken';
    const CONFIRMATION = `${system.examples}/gent-afspraak-bevestiging.html`;
    const outbox = (page: Page) => page.evaluate(() => localStorage.getItem('feedback-instrument:outbox:v1'));
    const contexts: BrowserContext[] = [];
    const citizen = async () => {
      const context = await browser.newContext();
      contexts.push(context);
      return openWidgetPage(context, CONFIRMATION);
    };

    try {
      postgres.halt();
      let leaving!: Page;
      let staying!: Page;
      try {
        // The widget still loads (its script needs no database) and takes the press.
        leaving = await citizen();
        await leaving.getByRole('button', { name: 'Tevreden', exact: true }).click();
        await expect.poll(() => outbox(leaving)).toContain('"score":4');
        expect(await widgetState(leaving)).toBe('remark');
        // This citizen moves on to another page of the site while the database is still down:
        // that page's widget tries the outbox, fails too, and keeps it.
        await leaving.goto(`${system.examples}/omgevingsloket-fr.html`);
        await leaving.locator('feedback-instrument[data-state]').first().waitFor({ state: 'attached' });

        // Another presses a score and sends a remark: the remark's tries fail, the error
        // state tells them, and the outbox holds the score with its remark.
        staying = await citizen();
        await staying.getByRole('button', { name: 'Zeer ontevreden' }).click();
        await staying.getByLabel('Wat kunnen we beter doen?').fill('De kalender toonde geen vrije momenten.');
        await staying.getByRole('button', { name: 'Versturen' }).click();
        await expect.poll(() => widgetState(staying), { timeout: 30_000 }).toBe('error');
        await expect.poll(() => outbox(staying)).toContain('De kalender toonde geen vrije momenten.');
        expect(await outbox(leaving)).toContain('"score":4');
      } finally {
        postgres.resume();
      }
      await expect.poll(async () => (await fetch(`${system.api}/readyz`)).status, { timeout: 20_000, interval: 200 }).toBe(200);
      // Nothing was stored while the database was down; a try still running in an open page
      // (503 says Retry-After: 5) may deliver its score by itself now, before the page views
      // below. Either way each score must end up stored once.

      // Their next page views deliver what the outbox kept, and empty it.
      await leaving.goto(CONFIRMATION);
      await staying.reload();
      await expect.poll(() => responsesOf(system, GENT).then((rows) => rows.length), { timeout: 15_000 }).toBe(2);
      await expect.poll(() => outbox(leaving)).toBeNull();
      await expect.poll(() => outbox(staying)).toBeNull();
      const rows = await responsesOf(system, GENT);
      expect(rows.map((r) => [r.score, r.remark]).sort()).toEqual([
        [1, 'De kalender toonde geen vrije momenten.'],
        [4, null],
      ]);
      // Reloading once more sends nothing again; the roll-ups count each response once.
      await leaving.reload();
      await leaving.locator('feedback-instrument[data-state]').first().waitFor({ state: 'attached' });
      expect(await responsesOf(system, GENT)).toHaveLength(2);
      const counted = await system.database.db
        .selectFrom('response_rollups_daily')
        .select((eb) => [eb.fn.sum<number>('responses').as('responses'), eb.fn.sum<number>('remarks').as('remarks')])
        .where('service_id', '=', GENT)
        .executeTakeFirstOrThrow();
      expect(counted).toEqual({ responses: 2, remarks: 1 });
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
    }
  });
});
