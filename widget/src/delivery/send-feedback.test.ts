import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BrokenStorage, MemoryStorage } from '../test-support/memory-storage.js';
import { sendDisplayBeacon } from './display-beacon.js';
import { putInOutbox, readOutbox } from './outbox.js';
import type { RetryPolicy } from './retry-policy.js';
import { flushOutbox, sendFeedback } from './send-feedback.js';
import type { Submission } from './submission.js';

/** What the server saw of one request, and what the outbox held at that moment. */
interface Seen {
  url: string;
  method: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  at: number;
  outbox: string[];
}
type Answer = (res: ServerResponse, req: IncomingMessage) => void;

const reply =
  (status: number, body?: unknown, headers: Record<string, string> = {}): Answer =>
  (res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
const created = reply(201, { id: '7f0c7a3e-9c61-4d4e-8f38-0c5e1c1b2a10' });
const dropConnection: Answer = (_res, req) => req.socket.destroy();
const never: Answer = () => undefined;

/** A real HTTP server on 127.0.0.1: answers in turn from `answers`, then with `otherwise`. */
class FakeApi {
  seen: Seen[] = [];
  answers: Answer[] = [];
  otherwise: Answer = created;
  storage = new MemoryStorage();
  endpoint = '';
  private server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      this.seen.push({
        url: req.url ?? '',
        method: req.method ?? '',
        headers: req.headers,
        body: raw ? JSON.parse(raw) : {},
        at: Date.now(),
        outbox: readOutbox(this.storage).map((entry) => entry.body.submissionId),
      });
      (this.answers.shift() ?? this.otherwise)(res, req);
    });
  });

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.endpoint = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async stop() {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

const policy: RetryPolicy = { baseDelay: 20, maxDelay: 5000, attempts: 4, remarkAttempts: 2, timeout: 2000 };

let submissionCount = 0;
const submission = (extra: Partial<Submission> = {}): Submission => ({
  serviceId: 'gent-afspraak-burgerzaken',
  submissionId: `00000000-0000-4000-8000-${String(++submissionCount).padStart(12, '0')}`,
  score: 4,
  lang: 'nl',
  context: 'transaction',
  page: '/afspraak/bevestiging',
  ...extra,
});

let api: FakeApi;
beforeEach(async () => {
  api = new FakeApi();
  await api.start();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await api.stop();
});

describe('sendFeedback', () => {
  it('posts JSON without cookies and empties the outbox once acknowledged', async () => {
    const body = submission();
    const outcome = await sendFeedback(api.endpoint, body, { storage: api.storage, policy });
    expect(outcome).toBe('acknowledged');
    expect(api.seen).toHaveLength(1);
    const [request] = api.seen;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/feedback', body });
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers.cookie).toBeUndefined();
    // In the outbox before the first try, gone after the answer.
    expect(request!.outbox).toEqual([body.submissionId]);
    expect(readOutbox(api.storage)).toEqual([]);
  });

  it('takes 200 (the same submissionId again) as acknowledged too', async () => {
    api.answers = [reply(200, { id: 'x' })];
    expect(await sendFeedback(api.endpoint, submission(), { storage: api.storage, policy })).toBe('acknowledged');
  });

  it('retries 5xx with growing waits, always with the same body and submissionId', async () => {
    api.answers = [reply(503), reply(500), reply(502)];
    const body = submission();
    const outcome = await sendFeedback(api.endpoint, body, { storage: api.storage, policy });
    expect(outcome).toBe('acknowledged');
    expect(api.seen.map((request) => request.body)).toEqual([body, body, body, body]);
    const waits = api.seen.slice(1).map((request, i) => request.at - api.seen[i]!.at);
    // baseDelay 20: ≥ 10, ≥ 20, ≥ 40 ms (half to full step of 20, 40, 80).
    expect(waits[0]).toBeGreaterThanOrEqual(9);
    expect(waits[1]).toBeGreaterThanOrEqual(19);
    expect(waits[2]).toBeGreaterThanOrEqual(39);
    expect(readOutbox(api.storage)).toEqual([]);
  });

  it('retries network errors', async () => {
    api.answers = [dropConnection, dropConnection];
    expect(await sendFeedback(api.endpoint, submission(), { storage: api.storage, policy })).toBe('acknowledged');
    expect(api.seen).toHaveLength(3);
  });

  it('gives up a try that hangs and tries again', async () => {
    api.answers = [never];
    const outcome = await sendFeedback(api.endpoint, submission(), { storage: api.storage, policy: { ...policy, timeout: 200 } });
    expect(outcome).toBe('acknowledged');
    expect(api.seen).toHaveLength(2);
  });

  it('honours Retry-After of a 429', async () => {
    api.answers = [reply(429, { error: { code: 'rate_limited', message: 'Too many requests' } }, { 'retry-after': '1' })];
    expect(await sendFeedback(api.endpoint, submission(), { storage: api.storage, policy })).toBe('acknowledged');
    expect(api.seen).toHaveLength(2);
    expect(api.seen[1]!.at - api.seen[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('leaves a Retry-After longer than maxDelay to the outbox instead of waiting', async () => {
    api.answers = [reply(429, {}, { 'retry-after': '120' })];
    const body = submission();
    expect(await sendFeedback(api.endpoint, body, { storage: api.storage, policy })).toBe('queued');
    expect(api.seen).toHaveLength(1);
    expect(readOutbox(api.storage).map((entry) => entry.body)).toEqual([body]);
  });

  it.each([400, 403, 404, 409, 413, 415])('drops a %i at once and says so in the console, once', async (status) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    api.answers = [reply(status, { error: { code: 'x', message: `refused with ${status}` } })];
    expect(await sendFeedback(api.endpoint, submission(), { storage: api.storage, policy })).toBe('refused');
    expect(api.seen).toHaveLength(1);
    expect(readOutbox(api.storage)).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]!.join(' ')).toContain(`refused with ${status}`);
  });

  it('tries a queued score again on the same page a while later, until the server has it', async () => {
    const short: RetryPolicy = { ...policy, attempts: 2, maxDelay: 200 };
    api.otherwise = reply(503);
    const body = submission();
    expect(await sendFeedback(api.endpoint, body, { storage: api.storage, policy: short })).toBe('queued');
    expect(api.seen).toHaveLength(2);
    // No new page: the page that queued it tries again after maxDelay, and again, …
    await vi.waitFor(() => expect(api.seen.length).toBeGreaterThanOrEqual(4), { timeout: 3000 });
    api.otherwise = created;
    await vi.waitFor(() => expect(readOutbox(api.storage)).toEqual([]), { timeout: 3000 });
    const last = api.seen.at(-1)!;
    expect(last.body).toEqual(body);
  });

  it('keeps what the server never acknowledged for the next page, which sends it', async () => {
    api.otherwise = reply(503);
    const body = submission();
    expect(await sendFeedback(api.endpoint, body, { storage: api.storage, policy })).toBe('queued');
    expect(api.seen).toHaveLength(policy.attempts);
    expect(readOutbox(api.storage).map((entry) => entry.body)).toEqual([body]);

    // The next page: the server is back.
    api.otherwise = created;
    api.seen = [];
    expect(await flushOutbox(api.endpoint, { storage: api.storage, policy })).toEqual(['acknowledged']);
    expect(api.seen.map((request) => request.body)).toEqual([body]);
    expect(readOutbox(api.storage)).toEqual([]);
    // Once per page and endpoint.
    expect(await flushOutbox(api.endpoint, { storage: api.storage, policy })).toEqual([]);
    expect(api.seen).toHaveLength(1);
  });

  it('flushes only its own endpoint’s entries', async () => {
    const mine = submission();
    putInOutbox(api.storage, `${api.endpoint}/`, mine); // another endpoint string
    putInOutbox(api.storage, 'http://127.0.0.1:9', submission());
    putInOutbox(api.storage, api.endpoint, mine);
    await flushOutbox(api.endpoint, { storage: api.storage, policy });
    expect(api.seen.map((request) => request.body)).toEqual([mine]);
    expect(readOutbox(api.storage).map((entry) => entry.endpoint)).toEqual([`${api.endpoint}/`, 'http://127.0.0.1:9']);
  });

  it('sends the remark with the same submissionId and score, and a late answer to the score does not lose it', async () => {
    const score = submission();
    const remark = { ...score, remark: 'De knop om te bevestigen was moeilijk te vinden.', ease: 2, completed: 'partly' as const };
    // The score's answer comes late; the remark's tries all fail.
    api.answers = [(res) => setTimeout(() => created(res, undefined as never), 150)];
    api.otherwise = reply(503);
    const [scoreOutcome, remarkOutcome] = await Promise.all([
      sendFeedback(api.endpoint, score, { storage: api.storage, policy }),
      new Promise((resolve) => setTimeout(resolve, 20)).then(() =>
        sendFeedback(api.endpoint, remark, { storage: api.storage, policy, attempts: policy.remarkAttempts }),
      ),
    ]);
    expect([scoreOutcome, remarkOutcome]).toEqual(['acknowledged', 'queued']);
    expect(api.seen.map((request) => request.body.submissionId)).toEqual([score.submissionId, score.submissionId, score.submissionId]);
    expect(api.seen.slice(1).map((request) => request.body)).toEqual([remark, remark]);
    expect(readOutbox(api.storage).map((entry) => entry.body)).toEqual([remark]);
  });

  it('still delivers when storage is switched off', async () => {
    api.answers = [reply(503)];
    const outcome = await sendFeedback(api.endpoint, submission(), { storage: new BrokenStorage(), policy });
    expect(outcome).toBe('acknowledged');
    expect(api.seen).toHaveLength(2);
  });
});

describe('sendDisplayBeacon', () => {
  it('counts a display once per page view and service, and never retries', async () => {
    api.otherwise = reply(204);
    await sendDisplayBeacon(api.endpoint, 'gent-afspraak-burgerzaken');
    await sendDisplayBeacon(api.endpoint, 'gent-afspraak-burgerzaken');
    await sendDisplayBeacon(api.endpoint, 'omgevingsvergunning-aanvragen');
    expect(api.seen.map(({ method, url, body }) => ({ method, url, body }))).toEqual([
      { method: 'POST', url: '/v1/displays', body: { serviceId: 'gent-afspraak-burgerzaken' } },
      { method: 'POST', url: '/v1/displays', body: { serviceId: 'omgevingsvergunning-aanvragen' } },
    ]);
    expect(readOutbox(api.storage)).toEqual([]);
  });

  it('does not retry or throw when it fails', async () => {
    api.otherwise = dropConnection;
    await expect(sendDisplayBeacon(api.endpoint, 'a-service')).resolves.toBeUndefined();
    api.otherwise = reply(503);
    await expect(sendDisplayBeacon(api.endpoint, 'another-service')).resolves.toBeUndefined();
    expect(api.seen).toHaveLength(2);
  });
});
