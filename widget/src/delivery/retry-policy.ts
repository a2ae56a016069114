/**
 * When to try a submission again, and how long to wait. One mutable object, so tests (and
 * end-to-end tests in a browser, through `customElements.get('feedback-instrument').retryPolicy`)
 * can shorten the waits without anything global.
 */
export interface RetryPolicy {
  /** First wait in ms; each next wait doubles, with jitter (×0.5–1). */
  baseDelay: number;
  /** A wait longer than this (a long Retry-After) is not waited for: the outbox keeps it for the next page. */
  maxDelay: number;
  /** Tries of a score before it is left to the outbox. */
  attempts: number;
  /** Tries of a remark before the error state shows (the outbox still keeps it). */
  remarkAttempts: number;
  /** One try is given up after this many ms (and counts as a network error). */
  timeout: number;
}

export const retryPolicy: RetryPolicy = {
  baseDelay: 1000,
  maxDelay: 60_000,
  attempts: 5,
  remarkAttempts: 3,
  timeout: 15_000,
};

export type Verdict = 'ok' | 'retry' | 'drop';

/**
 * What an answer means. 0 stands for a network error (or a timeout): try again. 2xx: the
 * server has it (201 new, 200 the same submissionId again). 408, 429 and 5xx: try again.
 * Anything else (400, 403, 404, 409, 413, 415 …) will not get better by repeating it.
 */
export function verdict(status: number): Verdict {
  if (status >= 200 && status < 300) return 'ok';
  return status === 0 || status === 408 || status === 429 || status >= 500 ? 'retry' : 'drop';
}

/**
 * Retry-After in ms, from delay-seconds (what the API sends); undefined when absent or in
 * another form (an HTTP date then just falls back to the backoff).
 */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  const v = value?.trim() ?? '';
  return /^\d+$/.test(v) ? Number(v) * 1000 : undefined;
}

/** The wait after failed try number `attempt` (1-based): exponential backoff with jitter, at least Retry-After. */
export function nextDelay(
  attempt: number,
  retryAfter: string | null | undefined,
  policy: RetryPolicy = retryPolicy,
  random: () => number = Math.random,
): number {
  const backoff = policy.baseDelay * 2 ** (attempt - 1) * (0.5 + random() / 2);
  return Math.round(Math.max(backoff, parseRetryAfter(retryAfter) ?? 0));
}
