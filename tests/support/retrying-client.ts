import { randomUUID } from 'node:crypto';

/**
 * A client that delivers like the widget does: one submissionId per feedback, the same
 * body again after a network error, 429 or 5xx, with a short backoff, until the server
 * acknowledges it (2xx) or refuses it for good (other 4xx).
 */
export interface Delivery {
  submissionId: string;
  serviceId: string;
  score: number;
  status: number;
  attempts: number;
}

export async function deliver(endpoints: string | (() => string), serviceId: string, score: number, deadline: number): Promise<Delivery> {
  const submissionId = randomUUID();
  const body = JSON.stringify({ serviceId, submissionId, score, context: 'transaction' });
  const endpoint = typeof endpoints === 'string' ? () => endpoints : endpoints;
  for (let attempt = 1; ; attempt++) {
    let status = 0;
    try {
      const res = await fetch(`${endpoint()}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(5_000),
      });
      status = res.status;
      await res.arrayBuffer();
    } catch {
      status = 0;
    }
    const retry = status === 0 || status === 429 || status >= 500;
    if (!retry || Date.now() > deadline) return { submissionId, serviceId, score, status, attempts: attempt };
    await new Promise((resolve) => setTimeout(resolve, Math.min(500, 20 * 2 ** attempt) * (0.5 + Math.random() / 2)));
  }
}
