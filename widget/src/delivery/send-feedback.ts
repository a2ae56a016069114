import { browserStorage, putInOutbox, readOutbox, takeFromOutbox } from './outbox.js';
import { nextDelay, retryPolicy, verdict, type RetryPolicy } from './retry-policy.js';
import type { Submission } from './submission.js';

export type SendOutcome =
  /** The server has it (201 or 200). */
  | 'acknowledged'
  /** Refused for good (400, 403, 404, 409, …): dropped and reported in the console. */
  | 'refused'
  /**
   * Not delivered yet: the outbox keeps it, and it is tried again when the browser is back
   * online, a while later on this page, or by the next page that loads the widget.
   */
  | 'queued';

export interface SendOptions {
  storage?: Storage | null;
  policy?: RetryPolicy;
  /** Tries before leaving it to the outbox; default `policy.attempts`. */
  attempts?: number;
}

/** The request options every call to the collection API uses: no cookies, survives a page unload. */
export function postJson(url: string, body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    keepalive: true,
    credentials: 'omit',
    mode: 'cors',
    signal,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Delivers one submission to `${endpoint}/v1/feedback`. It is in the outbox before the first
 * try and leaves it when the server answers for good. Every try sends the same body with the
 * same submissionId, so a retry (or another tab flushing the same outbox) never counts twice.
 * Never throws.
 */
export async function sendFeedback(endpoint: string, body: Submission, options: SendOptions = {}): Promise<SendOutcome> {
  const { storage = browserStorage(), policy = retryPolicy } = options;
  const attempts = options.attempts ?? policy.attempts;
  putInOutbox(storage, endpoint, body);
  for (let attempt = 1; ; attempt++) {
    let status = 0;
    let retryAfter: string | null = null;
    try {
      const response = await postJson(`${endpoint}/v1/feedback`, body, AbortSignal.timeout(policy.timeout));
      status = response.status;
      retryAfter = response.headers.get('retry-after');
      if (verdict(status) === 'drop') {
        const answer = await response.json().catch(() => null);
        console.warn(`feedback-instrument: HTTP ${status}, not sent again:`, answer?.error?.message);
      }
    } catch {
      // A network error, CORS refusal or timeout: status stays 0, which means "try again".
    }
    const next = verdict(status);
    if (next !== 'retry') {
      takeFromOutbox(storage, endpoint, body);
      return next === 'ok' ? 'acknowledged' : 'refused';
    }
    const wait = nextDelay(attempt, retryAfter, policy);
    if (attempt >= attempts || wait > policy.maxDelay) {
      retryLater(endpoint, options, Math.max(wait, policy.maxDelay));
      return 'queued';
    }
    await sleep(wait);
  }
}

const flushed = new Set<string>();
const later = new Set<string>();

/**
 * A page that stays open (a long form, a single-page e-loket) tries its outbox again once the
 * browser says it is back online, or after `delay`, and so on while anything is left in it.
 */
function retryLater(endpoint: string, options: SendOptions, delay: number): void {
  if (later.has(endpoint)) return;
  later.add(endpoint);
  const again = () => {
    clearTimeout(timer);
    globalThis.removeEventListener?.('online', again);
    later.delete(endpoint);
    flushed.delete(endpoint);
    void flushOutbox(endpoint, options);
  };
  const timer = setTimeout(again, delay);
  globalThis.addEventListener?.('online', again);
}

/**
 * Sends what earlier pages left in the outbox for this endpoint (any service): once per
 * page and endpoint, by the first widget that connects.
 */
export function flushOutbox(endpoint: string, options: SendOptions = {}): Promise<SendOutcome[]> {
  if (flushed.has(endpoint)) return Promise.resolve([]);
  flushed.add(endpoint);
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const pending = readOutbox(storage).filter((entry) => entry.endpoint === endpoint);
  return Promise.all(pending.map((entry) => sendFeedback(endpoint, entry.body, { ...options, storage })));
}
