// A steady stream of alert events through the outbox: a webhook subscription, and a test
// event asked for every half second (retried after a 503 or no answer, like any client).

export interface TestEvents {
  /** The eventIds the server acknowledged (202). */
  acknowledged(): string[];
  stop(): void;
  done: Promise<void>;
}

export async function startTestEvents(api: string, adminToken: string, webhookUrl: string): Promise<TestEvents> {
  const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  const created = await fetch(`${api}/v1/alert-subscriptions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ channel: 'webhook', url: webhookUrl, organisationId: 'opgroeien', events: ['test'] }),
  });
  if (created.status !== 201) throw new Error(`the subscription was refused: ${created.status} ${await created.text()}`);
  const { id } = (await created.json()) as { id: string };
  const acknowledged: string[] = [];
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      try {
        const res = await fetch(`${api}/v1/alert-subscriptions/${id}/test`, {
          method: 'POST',
          headers: { authorization: headers.authorization },
          signal: AbortSignal.timeout(10_000),
        });
        if (res.status === 202) acknowledged.push(((await res.json()) as { eventId: string }).eventId);
        else await res.arrayBuffer();
      } catch {
        // no answer: asked again below
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  })();
  return { acknowledged: () => [...acknowledged], stop: () => (stopped = true), done };
}
