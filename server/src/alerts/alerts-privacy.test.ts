import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { TEST_LIMIT } from '../routes/v1/alerts/index.js';

// Issue 19, items 6, 7 and 12, through the API: a webhook in disguise is refused naming the
// field; an analyst reads a webhook's origin only (its path and query are often secrets);
// "send a test" cannot be used to probe at will.

const SECRET_PATH = '/services/T000/B000/XXXXsecretXXXX?token=abc';

describe.each(BACKENDS)('alert subscriptions, privacy on %s', (kind) => {
  let t: TestApp;
  let strict: TestApp;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let analyst: string;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    const alerts = { ...loadConfig({}).alerts, evaluateEveryMs: null, deliverEveryMs: null, timeoutMs: 1_000 };
    t = await startTestApp(kind, { alerts: { ...alerts, allowInsecure: true } });
    strict = await startTestApp(kind, { alerts: { ...alerts, allowInsecure: false } });
    const made = await t.app.inject({
      method: 'POST',
      url: '/v1/tokens',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
      payload: { name: 'Lezer', organisationId: 'stad-gent', role: 'analyst' },
    });
    analyst = made.json().token;
  });
  afterAll(async () => {
    await t?.close();
    await strict?.close();
    await receiver?.close();
  });

  const call = (app: TestApp, method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    app.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload && { payload }) });
  const webhook = (url: string) => ({ organisationId: 'stad-gent', channel: 'webhook', url, events: ['test'] });

  it('refuses a webhook in disguise with a 400 naming the url', async () => {
    for (const host of [
      '[::7f00:1]',
      '[::ffff:0:7f00:1]',
      '[2002:7f00:1::]',
      '[2001:0:4136:e378:8000:63bf:3fff:fdd2]',
      '[fec0::1]',
      '[64:ff9b::a00:1]',
      '100.64.0.1',
      '198.18.0.1',
      '0.1.2.3',
    ]) {
      const res = await call(strict, 'POST', '/v1/alert-subscriptions', strict.tokens.gent, webhook(`https://${host}/hook`));
      expect(res.statusCode, host).toBe(400);
      expect(res.json().error.details).toEqual([{ path: 'url', message: expect.stringContaining('private network') }]);
    }
    expect(await strict.database.db.selectFrom('alert_subscriptions').select('id').execute()).toEqual([]);
  });

  it('shows an analyst the origin of a webhook only; a manager keeps the full URL', async () => {
    const url = `${receiver.url.replace('/hooks/feedback', '')}${SECRET_PATH}`;
    expect((await call(t, 'POST', '/v1/alert-subscriptions', t.tokens.gent, webhook(url))).statusCode).toBe(201);
    const read = await call(t, 'GET', '/v1/alert-subscriptions', analyst);
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain('secret');
    expect(read.body).not.toContain('token=abc');
    expect(read.json().subscriptions.map((s: { url: string }) => s.url)).toEqual([`${new URL(url).origin}/…`]);
    const managed = await call(t, 'GET', '/v1/alert-subscriptions', t.tokens.gent);
    expect(managed.json().subscriptions.map((s: { url: string }) => s.url)).toEqual([url]);
  });

  it(`limits tests to ${TEST_LIMIT.max} a minute per subscription, with Retry-After, for every instance`, async () => {
    const [subscription] = (await call(t, 'GET', '/v1/alert-subscriptions', t.tokens.gent)).json().subscriptions as { id: string }[];
    const statuses: number[] = [];
    let refused: Awaited<ReturnType<typeof call>> | null = null;
    for (let i = 0; i < TEST_LIMIT.max + 2; i++) {
      const res = await call(t, 'POST', `/v1/alert-subscriptions/${subscription!.id}/test`, t.tokens.gent);
      statuses.push(res.statusCode);
      if (res.statusCode === 429) refused ??= res;
    }
    expect(statuses).toEqual([...Array<number>(TEST_LIMIT.max).fill(202), 429, 429]);
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused!.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(refused!.json().error.code).toBe('rate_limited');
    // Counted in the database: the count holds in the rows every instance reads.
    const counters = await t.database.db
      .selectFrom('rate_limit_counters' as never)
      .select(['key' as never, 'hits' as never])
      .execute();
    expect(counters).toContainEqual({
      key: `POST /v1/alert-subscriptions/:subscriptionId/test|${subscription!.id}`,
      hits: TEST_LIMIT.max + 2,
    });
    // Another subscription has its own count; a caller without a token is refused before it counts.
    const other = (await call(t, 'POST', '/v1/alert-subscriptions', t.tokens.gent, webhook(receiver.url))).json();
    expect((await call(t, 'POST', `/v1/alert-subscriptions/${other.id}/test`, t.tokens.gent)).statusCode).toBe(202);
    expect((await t.app.inject({ method: 'POST', url: `/v1/alert-subscriptions/${other.id}/test` })).statusCode).toBe(401);
  });
});
