import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { loadConfig } from '../config.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { expectDescribedWithErrors, operationsOf } from '../testing/openapi-operations.js';
import { eventually, startWebhookReceiver } from '../testing/webhook-receiver.js';
import { startSmtpSink } from '../testing/smtp-sink.js';

const alertSettings = (smtpUrl: string | null, allowInsecure = true) => ({
  ...loadConfig({}).alerts,
  smtpUrl,
  allowInsecure,
  evaluateEveryMs: null,
  deliverEveryMs: 50,
  retryDelaysMs: [100, 200],
  retryForMs: 60_000,
  timeoutMs: 1_500,
});

describe.each(BACKENDS)('alert subscriptions on %s', (kind) => {
  let t: TestApp;
  let strict: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let analyst: string;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await startTestApp(kind, { alerts: alertSettings(smtp.url) });
    // As in production: https on public addresses only.
    strict = await startTestApp(kind, { alerts: alertSettings(null, false) });
    analyst = (await call('POST', '/v1/tokens', ADMIN_TOKEN, { name: 'gent analist', organisationId: 'stad-gent', role: 'analyst' })).json()
      .token;
  });
  afterAll(async () => {
    await t?.close();
    await strict?.close();
    await smtp?.close();
  });

  const call = (method: 'GET' | 'POST' | 'DELETE', url: string, token: string | null, body?: unknown, app = t) =>
    app.app.inject({
      method,
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body !== undefined && { payload: body as object }),
    });
  const webhook = (url: string, extra: object = {}) => ({
    organisationId: 'stad-gent',
    channel: 'webhook',
    url,
    events: ['test'],
    ...extra,
  });
  const deliveriesOf = async (id: string) =>
    (await call('GET', `/v1/alert-subscriptions/${id}/deliveries`, t.tokens.gent)).json().deliveries;

  it('refuses bad input with the field named: not https, private addresses, unknown events, bad e-mail, foreign services', async () => {
    const refused = async (body: object, path: string, app = strict) => {
      const res = await call('POST', '/v1/alert-subscriptions', app.tokens.gent, body, app);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
      expect(res.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    };
    await refused(webhook('http://hooks.example.be/x'), 'url');
    await refused(webhook('ftp://hooks.example.be/x'), 'url');
    await refused(webhook('not a url'), 'url');
    // Refused by validation alone (literal addresses, no request is ever sent).
    for (const host of [
      '127.0.0.1',
      'localhost',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '[::1]',
      '[fc00::1]',
      '[fe80::1]',
      '[::ffff:10.0.0.1]',
      'api.localhost',
    ]) {
      await refused(webhook(`https://${host}/hook`), 'url');
    }
    await refused(webhook('https://hooks.example.be/x', { events: ['topic.exploded'] }), 'events.0');
    await refused(webhook('https://hooks.example.be/x', { events: [] }), 'events');
    await refused({ organisationId: 'stad-gent', channel: 'email', email: 'geen-adres', events: ['test'] }, 'email');
    await refused({ organisationId: 'stad-gent', channel: 'pigeon', events: ['test'] }, 'channel');
    await refused(
      { organisationId: 'stad-gent', channel: 'email', email: 'team@gent.be', events: ['test'], services: ['groeipakket-aanvragen'] },
      'services.0',
      t,
    );
    // Another organisation is answered like an unknown one.
    await refused({ organisationId: 'opgroeien', channel: 'email', email: 'team@gent.be', events: ['test'] }, 'organisationId', t);
    await refused({ organisationId: 'bestaat-niet', channel: 'email', email: 'team@gent.be', events: ['test'] }, 'organisationId', t);
    expect(await strict.database.db.selectFrom('alert_subscriptions').select('id').execute()).toHaveLength(0);
    expect(await t.database.db.selectFrom('alert_subscriptions').select('id').execute()).toHaveLength(0);
  });

  it('an analyst reads subscriptions but makes none; without a token: 401 before validation', async () => {
    expect((await call('POST', '/v1/alert-subscriptions', null, { nonsense: true })).statusCode).toBe(401);
    const res = await call('POST', '/v1/alert-subscriptions', analyst, {
      organisationId: 'stad-gent',
      channel: 'email',
      email: 'team@gent.be',
      events: ['test'],
    });
    expect(res.statusCode).toBe(403);
    expect((await call('GET', '/v1/alert-subscriptions', analyst)).statusCode).toBe(200);
    expect((await call('POST', '/v1/alerts/evaluate', t.tokens.gent)).statusCode).toBe(403);
  });

  it('a webhook gets its secret once; a test event arrives signed by Standard Webhooks; the audit log has no secret', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const res = await call('POST', '/v1/alert-subscriptions', t.tokens.gent, webhook(receiver.url, { language: 'en' }));
      expect(res.statusCode, res.body).toBe(201);
      expect(res.headers['cache-control']).toBe('no-store');
      const created = res.json();
      expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(created).toMatchObject({
        organisationId: 'stad-gent',
        channel: 'webhook',
        url: receiver.url,
        events: ['test'],
        services: null,
        language: 'en',
        includeRemarks: false,
      });

      const listed = await call('GET', '/v1/alert-subscriptions', analyst);
      expect(listed.json().subscriptions.map((s: { id: string }) => s.id)).toContain(created.id);
      expect(listed.body).not.toContain(created.secret);
      expect((await call('GET', '/v1/alert-subscriptions', t.tokens.opgroeien)).body).not.toContain(created.id);
      const audit = await call('GET', '/v1/audit', t.tokens.gent);
      expect(audit.json().entries[0]).toMatchObject({
        action: 'alert-subscription.create',
        target: { type: 'alert-subscription', id: created.id },
        after: { channel: 'webhook', url: `${new URL(receiver.url).origin}/…`, events: ['test'] },
      });
      expect(audit.body).not.toContain('/hooks/feedback');
      expect(audit.body).not.toContain(created.secret.slice(6));

      const sent = await call('POST', `/v1/alert-subscriptions/${created.id}/test`, t.tokens.gent);
      expect(sent.statusCode).toBe(202);
      await eventually(() => receiver.received.length === 1, 10_000, 'the test webhook');
      const [hook] = receiver.received;
      const verified = new Webhook(created.secret).verify(hook!.body, hook!.headers as Record<string, string>) as {
        type: string;
        timestamp: string;
        data: { summary: string };
      };
      expect(verified.type).toBe('test');
      expect(verified.data.summary).toBe('Test message from the feedbackinstrument: this alert works.');
      expect(hook!.headers['webhook-id']).toBe(sent.json().eventId);
      // A wrong secret does not verify.
      expect(() =>
        new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(hook!.body, hook!.headers as Record<string, string>),
      ).toThrow();

      await eventually(async () => (await deliveriesOf(created.id))[0]?.status === 'delivered', 5_000, 'the delivery log');
      const [delivery] = await deliveriesOf(created.id);
      expect(delivery).toMatchObject({ eventId: sent.json().eventId, type: 'test', status: 'delivered', nextAttemptAt: null });
      expect(delivery.attempts).toEqual([expect.objectContaining({ attempt: 1, outcome: 'delivered', httpStatus: 204, error: null })]);
      // Another organisation's subscription is unknown to it.
      expect((await call('GET', `/v1/alert-subscriptions/${created.id}/deliveries`, t.tokens.opgroeien)).statusCode).toBe(404);
      expect((await call('POST', `/v1/alert-subscriptions/${created.id}/test`, t.tokens.opgroeien)).statusCode).toBe(404);
      expect((await call('DELETE', `/v1/alert-subscriptions/${created.id}`, t.tokens.opgroeien)).statusCode).toBe(404);
      expect((await call('DELETE', `/v1/alert-subscriptions/${created.id}`, t.tokens.gent)).statusCode).toBe(204);
      expect((await call('DELETE', `/v1/alert-subscriptions/${created.id}`, t.tokens.gent)).statusCode).toBe(404);
      expect((await call('GET', '/v1/audit', t.tokens.gent)).json().entries[0]).toMatchObject({ action: 'alert-subscription.delete' });
    } finally {
      await receiver.close();
    }
  });

  it('a receiver that answers 500, hangs or redirects is retried with backoff, never followed, and never holds up the API', async () => {
    const elsewhere = await startWebhookReceiver();
    // 500, then no answer at all, then a redirect to another host, then 200.
    const receiver = await startWebhookReceiver((i) => [500, 'hang' as const, { redirect: elsewhere.url }][i] ?? 200);
    try {
      const created = (await call('POST', '/v1/alert-subscriptions', t.tokens.gent, webhook(receiver.url))).json();
      const sent = await call('POST', `/v1/alert-subscriptions/${created.id}/test`, t.tokens.gent);
      expect(sent.statusCode).toBe(202);
      // While the receiver hangs on the second attempt, the API answers (and logs only the first attempt so far).
      await eventually(() => receiver.received.length === 2, 10_000, 'the second attempt');
      expect((await call('GET', '/v1/alert-subscriptions', t.tokens.gent)).statusCode).toBe(200);
      expect((await deliveriesOf(created.id))[0].attempts).toHaveLength(1);
      await eventually(async () => (await deliveriesOf(created.id))[0]?.status === 'delivered', 15_000, 'the fourth attempt');
      const [delivery] = await deliveriesOf(created.id);
      expect(delivery.attempts.map((a: { outcome: string; httpStatus: number | null }) => [a.outcome, a.httpStatus])).toEqual([
        ['failed', 500],
        ['failed', null],
        ['failed', 302],
        ['delivered', 200],
      ]);
      expect(delivery.attempts.map((a: { error: string | null }) => a.error)).toEqual(['http_status 5xx', 'timeout', 'redirect', null]);
      expect(elsewhere.received).toHaveLength(0);
      // Every attempt carries the same webhook-id; the waits grow (100 ms, then 200 ms after each failure; the hang takes 1.5 s).
      expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([sent.json().eventId]));
      const gaps = receiver.received.slice(1).map((r, i) => r.at - receiver.received[i]!.at);
      expect(gaps[0]).toBeGreaterThanOrEqual(90);
      expect(gaps[1]).toBeGreaterThanOrEqual(1_500 + 190);
    } finally {
      await receiver.close();
      await elsewhere.close();
    }
  });

  it('gives up after the retry period: the event is failed, and its attempts are logged', async () => {
    const app = await startTestApp(kind, { alerts: { ...alertSettings(null), retryForMs: 1_500 } });
    const receiver = await startWebhookReceiver(() => 503);
    try {
      const created = (await call('POST', '/v1/alert-subscriptions', app.tokens.gent, webhook(receiver.url), app)).json();
      await call('POST', `/v1/alert-subscriptions/${created.id}/test`, app.tokens.gent, undefined, app);
      const deliveries = async () =>
        (await call('GET', `/v1/alert-subscriptions/${created.id}/deliveries`, app.tokens.gent, undefined, app)).json().deliveries;
      await eventually(async () => (await deliveries())[0]?.status === 'failed', 10_000, 'giving up');
      const [delivery] = await deliveries();
      expect(delivery.attempts.length).toBeGreaterThanOrEqual(3);
      expect(delivery.attempts.every((a: { outcome: string; httpStatus: number }) => a.outcome === 'failed' && a.httpStatus === 503)).toBe(
        true,
      );
      const count = receiver.received.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received).toHaveLength(count);
    } finally {
      await receiver.close();
      await app.close();
    }
  });

  it('the OpenAPI document describes every alert route, with its errors', async () => {
    const operations = await operationsOf(t.app, 'alert');
    expect(operations.length).toBe(6);
    expectDescribedWithErrors(operations);
  });

  it('an e-mail subscription gets its test message through SMTP, in its language, as text and HTML', async () => {
    const created = (
      await call('POST', '/v1/alert-subscriptions', t.tokens.gent, {
        organisationId: 'stad-gent',
        channel: 'email',
        email: 'digitaal@gent.be',
        events: ['test', 'digest.weekly'],
        language: 'nl',
      })
    ).json();
    expect(created.secret).toBeNull();
    const before = smtp.messages.length;
    await call('POST', `/v1/alert-subscriptions/${created.id}/test`, t.tokens.gent);
    await eventually(() => smtp.messages.length === before + 1, 10_000, 'the e-mail');
    const mail = smtp.messages.at(-1)!;
    expect(mail.subject).toBe('Testbericht van het feedbackinstrument: deze melding werkt.');
    expect((mail.to as { text: string }).text).toBe('digitaal@gent.be');
    expect(mail.text).toContain('U krijgt dit bericht omdat uw organisatie');
    expect(mail.html).toContain('<html lang="nl">');
  });
});
