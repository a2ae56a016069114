import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { pruneAlertEvents } from './alert-event-retention.js';
import { insertAlertEvents } from './alert-events.js';
import { purgeExpiredRemarks } from '../remarks/remarks.js';
import { findService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';
import { eventually, startWebhookReceiver } from '../testing/webhook-receiver.js';
import { mailOf } from './alert-messages.js';
import type { EventData } from './event-data.js';

// Issue 19, item 2, as the attack: a remark is erased on request while a webhook that carries
// it waits for a retry (and another that carried it was delivered). The retry must not carry
// the text, nor may any stored event, nor an e-mail rendered from one.

const GENT = FIXTURE_SERVICES.gent.id;
/** The weeks before: everyday remarks, so that the week's problem is a significant rise (topic.rising). */
const BEFORE = [
  'Vlot verlopen, bedankt.',
  'Duidelijke uitleg op de website.',
  'Snel geholpen aan het loket.',
  'Alles in orde.',
  'Goede dienst.',
];
const PROBLEM = [
  'Het opladen van documenten mislukt.',
  'Opladen van documenten mislukt telkens',
  'Bij het opladen van documenten mislukt alles',
  'opladen van documenten mislukt, drie keer geprobeerd',
  'Het opladen van documenten mislukt nog steeds.',
  'Waarom mislukt het opladen van documenten?',
];

describe.each(BACKENDS)('erasure reaches the alert outbox on %s', (kind) => {
  let t: TestApp;
  // The first attempt fails (503); every later one is accepted.
  let failing: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let accepting: Awaited<ReturnType<typeof startWebhookReceiver>>;

  beforeAll(async () => {
    failing = await startWebhookReceiver((i) => (i === 0 ? 503 : 204));
    accepting = await startWebhookReceiver();
    const alerts = {
      ...loadConfig({}).alerts,
      allowInsecure: true,
      evaluateEveryMs: null,
      deliverEveryMs: null,
      retryDelaysMs: [3_600_000],
      retryForMs: 86_400_000,
      timeoutMs: 2_000,
    };
    t = await startTestApp(kind, { alerts });
    const gent = (await findService(t.database.db, GENT))!;
    for (let i = 0; i < 40; i += 1) {
      const at = new Date(Date.now() - (14 + i) * 86_400_000);
      await record(
        t.database.db,
        gent,
        { serviceId: GENT, submissionId: randomUUID(), score: 4, lang: 'nl', remark: BEFORE[i % BEFORE.length]! },
        at,
      );
    }
    for (const remark of PROBLEM) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        payload: { serviceId: GENT, submissionId: randomUUID(), score: 2, lang: 'nl', remark },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await t?.close();
    await failing?.close();
    await accepting?.close();
  });

  const as = (token: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload && { payload }) });
  const subscribe = async (url: string) =>
    (
      await as(t.tokens.gent, 'POST', '/v1/alert-subscriptions', {
        organisationId: 'stad-gent',
        channel: 'webhook',
        url,
        events: ['topic.rising'],
        includeRemarks: true,
      })
    ).json() as { id: string };
  const storedPayloads = async () =>
    (await t.database.db.selectFrom('alert_events').select(['payload', 'remark_ids']).execute()).map((e) => ({
      text: JSON.stringify(e.payload),
      ids: e.remark_ids,
    }));

  it('erase, then retry the delivery: the receiver gets no text, and no stored event keeps it', async () => {
    const retried = await subscribe(failing.url);
    await subscribe(accepting.url);
    const evaluation = await as(ADMIN_TOKEN, 'POST', '/v1/alerts/evaluate');
    expect(evaluation.statusCode, evaluation.body).toBe(200);
    expect(evaluation.json().created.map((c: { type: string }) => c.type)).toEqual(['topic.rising', 'topic.rising']);
    await eventually(() => failing.received.length === 1 && accepting.received.length === 1, 10_000, 'both first attempts');
    await t.app.alerts.idle();

    // The webhooks carried example remarks, with the ids of their responses stored beside them.
    const first = JSON.parse(failing.received[0]!.body) as { data: { examples: string[] } };
    expect(first.data.examples.length).toBeGreaterThanOrEqual(2);
    const victim = first.data.examples[0]!;
    const kept = first.data.examples.slice(1);
    const { id: victimId } = await t.database.db
      .selectFrom('responses')
      .select('id')
      .where('remark', '=', victim)
      .executeTakeFirstOrThrow();
    expect((await storedPayloads()).every((e) => e.ids.includes(victimId) && e.text.includes(victim))).toBe(true);

    // The person asks; a manager erases the remark.
    expect((await as(t.tokens.gent, 'DELETE', `/v1/services/${GENT}/remarks/${victimId}`)).statusCode).toBe(204);

    // The failed event falls due again (its retry time has come), and is retried.
    await t.database.db
      .updateTable('alert_events')
      .set({ next_attempt_at: sql<Date>`now()` })
      .where('subscription_id', '=', retried.id)
      .execute();
    t.app.alerts.deliverSoon();
    await eventually(() => failing.received.length === 2, 10_000, 'the retry');
    await t.app.alerts.idle();
    const retry = failing.received[1]!.body;
    expect(retry).not.toContain(victim);
    expect((JSON.parse(retry) as { data: { examples: string[] } }).data.examples).toEqual(kept);

    // Neither the pending-then-delivered event nor the one delivered before keeps the text or its id.
    for (const stored of await storedPayloads()) {
      expect(stored.text).not.toContain(victim);
      expect(stored.ids).not.toContain(victimId);
    }
    // An e-mail rendered from a stored event (as a retried e-mail is) has no trace of it either.
    const [event] = await t.database.db.selectFrom('alert_events').select('payload').where('subscription_id', '=', retried.id).execute();
    const mail = mailOf(event!.payload as EventData, 'nl');
    expect(mail.text + mail.html).not.toContain(victim);
    expect(mail.text).toContain(kept[0]!);
  });

  it('the retention purge reaches the outbox too', async () => {
    const [event] = await t.database.db.selectFrom('alert_events').select(['remark_ids', 'payload']).limit(1).execute();
    const oldId = event!.remark_ids[0]!;
    const { remark: oldText } = await t.database.db
      .selectFrom('responses')
      .select('remark')
      .where('id', '=', oldId)
      .executeTakeFirstOrThrow();
    await t.database.db
      .updateTable('responses')
      .set({ received_at: sql<Date>`now() - interval '3 months'` })
      .where('id', '=', oldId)
      .execute();
    expect(await purgeExpiredRemarks(t.database.db, 2)).toBe(1);
    for (const stored of await storedPayloads()) {
      expect(stored.text).not.toContain(oldText!);
      expect(stored.ids).not.toContain(oldId);
    }
  });

  it('a remark erased after the evaluation read it, before its event is stored, never reaches the outbox', async () => {
    const { id, remark } = await t.database.db
      .selectFrom('responses')
      .select(['id', 'remark'])
      .where('service_id', '=', GENT)
      .where('remark', 'in', PROBLEM)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const { id: subscriptionId } = await t.database.db.selectFrom('alert_subscriptions').select('id').executeTakeFirstOrThrow();
    // The evaluation has read the text as an example; the erasure commits before the event is inserted.
    expect((await as(t.tokens.gent, 'DELETE', `/v1/services/${GENT}/remarks/${id}`)).statusCode).toBe(204);
    const [created] = await insertAlertEvents(
      t.database.db,
      [
        {
          subscriptionId,
          type: 'topic.rising',
          key: `${GENT}|race`,
          data: { examples: [remark, 'Een andere opmerking.'] },
          remarkIds: [id, randomUUID()],
          serviceId: GENT,
        },
      ],
      new Date(),
    );
    const stored = await t.database.db
      .selectFrom('alert_events')
      .select(['payload', 'remark_ids'])
      .where('id', '=', created!.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.payload)).not.toContain(remark!);
    expect(stored.remark_ids).not.toContain(id);
  });

  it('keeps alert events and their delivery attempts 90 days, pruned by any number of instances at once', async () => {
    const events = await t.database.db.selectFrom('alert_events').select('id').execute();
    const old = events[0]!.id;
    await t.database.db
      .updateTable('alert_events')
      .set({ created_at: sql<Date>`now() - interval '91 days'` })
      .where('id', '=', old)
      .execute();
    const attemptsOf = async (id: string) =>
      (await t.database.db.selectFrom('alert_deliveries').select('id').where('event_id', '=', id).execute()).length;
    expect(await attemptsOf(old)).toBeGreaterThan(0);
    const pruned = await Promise.all([pruneAlertEvents(t.database.db), pruneAlertEvents(t.database.db), pruneAlertEvents(t.database.db)]);
    expect(pruned.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await attemptsOf(old)).toBe(0);
    const left = (await t.database.db.selectFrom('alert_events').select('id').execute()).map((e) => e.id);
    expect(left.sort()).toEqual(
      events
        .map((e) => e.id)
        .filter((id) => id !== old)
        .sort(),
    );
  });
});
