import { STATUS_CODES } from 'node:http';

/** What each error status means in this API, for answers documented without a description of their own. */
const MEANINGS: Record<string, string> = {
  '400': 'Bad request: the body, query or path is not valid; `details` names each field.',
  '401': 'No valid API token or dashboard session.',
  '403':
    'Not allowed: this needs another role, or a dashboard session sent a change from another origin (or, on collection routes, a browser origin the service does not allow).',
  '404': "Not found, or not visible to this caller (another organisation's anything answers exactly like an unknown one).",
  '409': 'Conflicts with what is stored.',
  '413': 'The body is too large.',
  '415': 'Unsupported content type.',
  '429': 'Too many requests: wait for `Retry-After` seconds.',
  '503': 'The database cannot be reached.',
};

/**
 * Replaces @fastify/swagger's placeholder "Default Response" with what the status means, so
 * the reference and generated clients say something useful. A route's own description stays.
 */
export function withResponseDescriptions<T extends { paths?: object }>(doc: T): T {
  for (const item of Object.values((doc.paths ?? {}) as Record<string, object | undefined>)) {
    for (const operation of Object.values(item ?? {})) {
      const responses = (operation as { responses?: Record<string, { description?: string }> } | null)?.responses;
      if (!responses) continue;
      for (const [status, response] of Object.entries(responses)) {
        if (response.description === 'Default Response')
          response.description = MEANINGS[status] ?? STATUS_CODES[Number(status)] ?? response.description;
      }
    }
  }
  return doc;
}
