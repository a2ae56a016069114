import { postJson } from './send-feedback.js';

const counted = new Set<string>();

/**
 * Counts one showing of the widget (POST /v1/displays): once per page view and service,
 * fire-and-forget. Never retried and never in the outbox: a lost display only makes the
 * response rate a little higher, a doubled one would make it wrong the other way.
 */
export function sendDisplayBeacon(endpoint: string, serviceId: string): Promise<void> {
  const key = `${endpoint} ${serviceId}`;
  if (counted.has(key)) return Promise.resolve();
  counted.add(key);
  return postJson(`${endpoint}/v1/displays`, { serviceId }).then(
    () => undefined,
    () => undefined,
  );
}
