import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { buildApp } from '../app.js';
import { loadConfig, testConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { addDays, localDay } from '../kernel/calendar.js';
import { takeEvaluationTurn } from './alert-events.js';
import { localDateTime, mondayOf } from './alert-windows.js';
import { findService } from '../services/services.js';
import { startSmtpSink } from '../testing/smtp-sink.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { eventually, startWebhookReceiver } from '../testing/webhook-receiver.js';
import { pick, record, seededRandom } from '../demo/workload.js';

// The whole path of an alert: eight weeks of ordinary history, then a week with a new
// problem and lower scores sent through the public API; an evaluation makes exactly one
// topic.rising and one satisfaction.dropped per subscription, delivered once (webhook,
// verified with the Standard Webhooks reference library, and e-mail), however many
// instances evaluate at once.

const GENT = FIXTURE_SERVICES.gent.id;
const TZ = 'Europe/Brussels';
const EVERYDAY = [
  'Vlot gegaan, bedankt.',
  'Duidelijke uitleg op de website.',
  'Snel een afspraak gevonden.',
  'Prima dienstverlening.',
  'Handig dat het online kan.',
];
const NEW_PROBLEM = [
  'Het opladen van documenten mislukt.',
  'Opladen van documenten mislukt telkens',
  'Bij het opladen van documenten mislukt alles',
  'opladen van documenten mislukt, ik heb het drie keer geprobeerd',
  'Het opladen van documenten mislukt nog steeds.',
  'Waarom mislukt het opladen van documenten?',
  'Het opladen van documenten mislukt bij elke poging',
];

const settings = (smtpUrl: string) => ({
  ...loadConfig({}).alerts,
  smtpUrl,
  allowInsecure: true,
  evaluateEveryMs: null,
  deliverEveryMs: 100,
  retryDelaysMs: [100],
  retryForMs: 60_000,
  timeoutMs: 2_000,
});

describe.each(BACKENDS)('alerts from history to receiver on %s', (kind) => {
  let t: TestApp;
  let second: FastifyInstance | null = null;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const today = localDay(new Date(), TZ);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    receiver = await startWebhookReceiver();
    t = await startTestApp(kind, { alerts: settings(smtp.url) });
    if (kind === 'postgres') {
      // A second instance on the same database, with its own pool, as another process would.
      const own = connectDatabase({ databaseUrl: t.database.url, dataDir: null });
      second = await buildApp(testConfig({ databaseUrl: t.database.url, adminToken: ADMIN_TOKEN, alerts: settings(smtp.url) }), {
        database: own,
        migrate: false,
      });
      second.addHook('onClose', () => own.close());
      await second.ready();
    }

    // Eight weeks of history through the write path, with past dates: about 80 % satisfied,
    // everyday remarks only.
    const service = (await findService(t.database.db, GENT))!;
    const random = seededRandom(9);
    for (let day = 62; day >= 7; day -= 1) {
      for (let i = 0; i < 6; i += 1) {
        const at = new Date(`${addDays(today, -day)}T${String(8 + i).padStart(2, '0')}:15:00+01:00`);
        const score = random() < 0.8 ? pick(random, [4, 5]) : pick(random, [1, 2, 3]);
        await record(
          t.database.db,
          service,
          { serviceId: GENT, submissionId: randomUUID(), score, lang: 'nl', ...(random() < 0.3 && { remark: pick(random, EVERYDAY) }) },
          at,
          TZ,
        );
      }
    }
    // This week, through the public API: 40 responses, 40 % satisfied, seven about a new problem.
    for (let i = 0; i < 40; i += 1) {
      const remark = i < NEW_PROBLEM.length ? NEW_PROBLEM[i] : undefined;
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        payload: { serviceId: GENT, submissionId: randomUUID(), score: i % 5 < 2 ? 4 : 2, lang: 'nl', ...(remark && { remark }) },
      });
      expect(res.statusCode).toBe(201);
    }
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await t?.close();
    await receiver?.close();
    await smtp?.close();
  });

  const post = (app: FastifyInstance, url: string, token: string, body?: object) =>
    app.inject({ method: 'POST', url, headers: { authorization: `Bearer ${token}` }, ...(body && { payload: body }) });

  it('one evaluation (by two instances at once) sends exactly one topic.rising and one satisfaction.dropped; a second sends nothing new', async () => {
    const hook = (
      await post(t.app, '/v1/alert-subscriptions', t.tokens.gent, {
        organisationId: 'stad-gent',
        channel: 'webhook',
        url: receiver.url,
        events: ['topic.rising', 'satisfaction.dropped', 'digest.weekly'],
      })
    ).json();
    const mail = (
      await post(t.app, '/v1/alert-subscriptions', t.tokens.gent, {
        organisationId: 'stad-gent',
        channel: 'email',
        email: 'digitaal@gent.be',
        events: ['topic.rising', 'satisfaction.dropped'],
        language: 'en',
        includeRemarks: true,
      })
    ).json();

    // Both instances (or, on PGlite, two evaluations) at the same time.
    const evaluations = await Promise.all([
      post(t.app, '/v1/alerts/evaluate', ADMIN_TOKEN),
      post(second ?? t.app, '/v1/alerts/evaluate', ADMIN_TOKEN),
    ]);
    for (const res of evaluations) expect(res.statusCode, res.body).toBe(200);
    const created = evaluations.flatMap((res) => res.json().created as Array<{ subscriptionId: string; type: string }>);
    expect(
      created
        .filter((c) => c.subscriptionId === hook.id)
        .map((c) => c.type)
        .sort(),
    ).toEqual(['satisfaction.dropped', 'topic.rising']);
    expect(
      created
        .filter((c) => c.subscriptionId === mail.id)
        .map((c) => c.type)
        .sort(),
    ).toEqual(['satisfaction.dropped', 'topic.rising']);

    await eventually(() => receiver.received.length >= 2 && smtp.messages.length >= 2, 15_000, 'two webhooks and two e-mails');
    // Both instances' workers have had their chance to send anything twice.
    await t.app.alerts.idle();
    await second?.alerts.idle();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(2);
    expect(smtp.messages).toHaveLength(2);

    const verifier = new Webhook(hook.secret);
    const events = receiver.received.map(
      (r) => verifier.verify(r.body, r.headers as Record<string, string>) as { type: string; timestamp: string; data: Record<string, any> },
    );
    const rising = events.find((e) => e.type === 'topic.rising')!;
    const dropped = events.find((e) => e.type === 'satisfaction.dropped')!;
    expect(rising.data).toMatchObject({ organisationId: 'stad-gent', serviceId: GENT, topic: { isNew: true, previousCount: 0 } });
    expect(rising.data.topic.label).toMatch(/opladen|documenten/);
    expect(rising.data.topic.count).toBeGreaterThanOrEqual(5);
    // Remark texts go out only with includeRemarks.
    expect(rising.data.examples).toBeUndefined();
    // (The topic's label is a phrase, not a remark: no remark itself is in the webhooks.)
    for (const remark of NEW_PROBLEM)
      expect(receiver.received.map((r) => r.body).join()).not.toContain(JSON.stringify(remark).slice(1, -1));
    // The day the rules ran: a run that passes midnight in Brussels after writing the history
    // evaluates the next day's windows (the history's first day then falls out of "before").
    const evaluatedOn = dropped.data.week.to as string;
    expect([today, addDays(today, 1)]).toContain(evaluatedOn);
    const shift = evaluatedOn === today ? 0 : 1;
    expect(dropped.data.week).toMatchObject({ from: addDays(evaluatedOn, -6), responses: 40, satisfied: 40 });
    expect(dropped.data.before.responses).toBe((56 - shift) * 6);
    expect(dropped.data.before.satisfied).toBeGreaterThan(70);
    expect(dropped.data.pValue).toBeLessThan(0.01);
    expect(dropped.data.summary).toBe('Afspraak maken bij Burgerzaken: de tevredenheid is gedaald naar 40 %');

    const subjects = smtp.messages.map((m) => m.subject).sort();
    expect(subjects[0]).toMatch(/^Afspraak maken bij Burgerzaken: (new problem|problem on the rise): "/);
    expect(subjects[1]).toBe('Afspraak maken bij Burgerzaken: satisfaction dropped to 40 %');
    const risingMail = smtp.messages.find((m) => m.subject?.includes('problem'))!;
    expect(risingMail.text).toContain('Example remarks:');
    expect(risingMail.text).toMatch(/opladen van documenten mislukt/i);
    expect(risingMail.html).toContain('<li>');

    // A second evaluation sends nothing new.
    const again = await post(second ?? t.app, '/v1/alerts/evaluate', ADMIN_TOKEN);
    expect(again.json().created).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(receiver.received).toHaveLength(2);
    expect(smtp.messages).toHaveLength(2);
    const logged = (
      await t.app.inject({
        method: 'GET',
        url: `/v1/alert-subscriptions/${hook.id}/deliveries`,
        headers: { authorization: `Bearer ${t.tokens.gent}` },
      })
    ).json();
    expect(logged.deliveries.map((d: { status: string }) => d.status)).toEqual(['delivered', 'delivered']);
  });

  it('of the instances evaluating on their schedule, one per period does the work', async () => {
    const turns = await Promise.all([takeEvaluationTurn(t.database.db, 60_000), takeEvaluationTurn(second?.db ?? t.database.db, 60_000)]);
    expect(turns.filter(Boolean)).toHaveLength(1);
    expect(await takeEvaluationTurn(t.database.db, 60_000)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The next period (here: 10 ms long) is the next instance's to take.
    expect(await takeEvaluationTurn(second?.db ?? t.database.db, 10)).toBe(true);
  });

  it('the weekly digest falls due on Monday 08:00 Brussels, once, with last week per service', async () => {
    const made = (
      await post(t.app, '/v1/alert-subscriptions', t.tokens.gent, {
        organisationId: 'stad-gent',
        channel: 'email',
        email: 'week@gent.be',
        events: ['digest.weekly'],
      })
    ).json();
    // The coming Monday, 07:59 and 08:01 in Brussels (UTC+1 in winter, UTC+2 in summer).
    const monday = addDays(mondayOf(today), 7);
    const brussels = (day: string, time: string) => {
      const summer = new Date(`${day}T12:00:00Z`).toLocaleString('en-GB', { timeZone: TZ, timeZoneName: 'short' }).includes('CEST');
      return new Date(`${day}T${time}${summer ? '+02:00' : '+01:00'}`);
    };
    // A subscription made on a Monday before 08:00 (when this test runs then) gets that
    // morning's digest, of the week before, at the first evaluation after 08:00; made later,
    // none until the coming Monday.
    const lastMonday = addDays(monday, -7);
    const dueThatMorning = localDateTime(new Date(made.createdAt), TZ) < `${lastMonday} 08:00`;
    const thatMorning = await t.app.alerts.evaluate(brussels(lastMonday, '08:01:00'));
    expect(thatMorning.filter((e) => e.subscriptionId === made.id)).toEqual(
      dueThatMorning ? [{ subscriptionId: made.id, type: 'digest.weekly', key: addDays(lastMonday, -7), id: expect.any(String) }] : [],
    );
    const early = await t.app.alerts.evaluate(brussels(monday, '07:59:00'));
    expect(early.filter((e) => e.subscriptionId === made.id)).toEqual([]);
    const due = await t.app.alerts.evaluate(brussels(monday, '08:01:00'));
    expect(due.filter((e) => e.subscriptionId === made.id)).toEqual([
      { subscriptionId: made.id, type: 'digest.weekly', key: addDays(monday, -7), id: expect.any(String) },
    ]);
    expect((await t.app.alerts.evaluate(brussels(monday, '09:00:00'))).filter((e) => e.subscriptionId === made.id)).toEqual([]);
    const subject = `Uw week in feedback: ${addDays(monday, -7)} tot ${addDays(monday, -1)}`;
    const ofThisWeek = (m: (typeof smtp.messages)[number]) => (m.to as { text: string }).text === 'week@gent.be' && m.subject === subject;
    await eventually(() => smtp.messages.some(ofThisWeek), 10_000, 'the digest e-mail');
    const digest = smtp.messages.find(ofThisWeek)!;
    // This week's 40 responses are in that digest week (today lies in it).
    expect(digest.text).toContain('Afspraak maken bij Burgerzaken: 40 antwoorden, 40 % tevreden, 7 opmerkingen');
  });
});
