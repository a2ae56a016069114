import { randomUUID } from 'node:crypto';

// Clients that deliver feedback as the widget does: each feedback has its own submissionId
// and is sent again (the same body) after a network error, 429 or 5xx until the server
// acknowledges it (201 stored, 200 already stored) or the deadline passes. Every answer is
// kept with its time, for the failover's figures.

export interface Answer {
  sentAt: number;
  at: number;
  /** 0: no answer (connection refused, reset or timed out). */
  status: number;
}

export interface Load {
  /** submissionIds the server acknowledged (201 or 200). */
  acknowledged: Set<string>;
  answers: Answer[];
  /** Resolves when every client has stopped (and its last feedback is acknowledged or given up). */
  done: Promise<void>;
}

export function startLoad(api: string, options: { clients: number; serviceId: string; until: number; giveUpAt: number }): Load {
  const acknowledged = new Set<string>();
  const answers: Answer[] = [];
  const client = async () => {
    while (Date.now() < options.until) {
      const submissionId = randomUUID();
      const body = JSON.stringify({
        serviceId: options.serviceId,
        submissionId,
        score: 1 + Math.floor(Math.random() * 5),
        context: 'transaction',
      });
      for (let attempt = 1; Date.now() < options.giveUpAt; attempt++) {
        const sentAt = Date.now();
        let status = 0;
        try {
          const res = await fetch(`${api}/v1/feedback`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
            signal: AbortSignal.timeout(10_000),
          });
          status = res.status;
          await res.arrayBuffer();
        } catch {
          status = 0;
        }
        answers.push({ sentAt, at: Date.now(), status });
        if (status === 200 || status === 201) {
          acknowledged.add(submissionId);
          break;
        }
        if (status !== 0 && status !== 429 && status < 500) throw new Error(`feedback refused with ${status}`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(500, 25 * 2 ** attempt)));
      }
    }
  };
  const done = Promise.all(Array.from({ length: options.clients }, client)).then(() => undefined);
  return { acknowledged, answers, done };
}

/**
 * Seconds from `since` (a kill) until writes were acknowledged again: the first 2xx of a
 * request sent after the first failed answer that followed `since`; 0 when none failed.
 */
export function secondsUntilWritesAgain(answers: Answer[], since: number): number {
  const firstFailure = answers.filter((a) => a.at >= since && a.status !== 200 && a.status !== 201).sort((a, b) => a.at - b.at)[0];
  if (!firstFailure) return 0;
  const back = answers.filter((a) => a.sentAt >= firstFailure.at && (a.status === 200 || a.status === 201)).sort((a, b) => a.at - b.at)[0];
  if (!back) return Number.POSITIVE_INFINITY;
  return (back.at - since) / 1000;
}
