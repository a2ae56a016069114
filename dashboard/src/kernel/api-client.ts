import { ErrorEnvelope } from '@feedbackinstrument/shared';
import type { z } from 'zod';

/** An answer of the API that is not what was asked for: its status and the contract's error code. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The fields the API named, with why (the envelope's details). */
    readonly details: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiProblem';
  }
}

/** Fired on window when the API no longer knows the session (expired, signed out elsewhere). */
export const SESSION_ENDED = 'fi-session-ended';

async function problemOf(response: Response): Promise<ApiProblem> {
  try {
    const parsed = ErrorEnvelope.safeParse(await response.json());
    if (parsed.success)
      return new ApiProblem(response.status, parsed.data.error.code, parsed.data.error.message, parsed.data.error.details);
  } catch {
    // Not JSON: fall through.
  }
  return new ApiProblem(response.status, 'unknown', `HTTP ${response.status}`);
}

/**
 * One request to this server with the session cookie (same origin only). A state-changing
 * request carries the page's Origin, which the server checks against CSRF. The answer is
 * checked against the shared zod schema, so a mismatch fails loudly instead of showing
 * wrong figures.
 */
export async function requestJson<S extends z.ZodType>(
  path: string,
  schema: S,
  init: { method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal } = {},
): Promise<z.infer<S>> {
  const response = await fetch(path, {
    method: init.method ?? 'GET',
    credentials: 'same-origin',
    headers: { accept: 'application/json', ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    signal: init.signal,
  });
  if (!response.ok) {
    const problem = await problemOf(response);
    if (problem.status === 401 && path.startsWith('/v1/')) window.dispatchEvent(new Event(SESSION_ENDED));
    throw problem;
  }
  const parsed = schema.safeParse(response.status === 204 ? null : await response.json());
  if (!parsed.success) throw new ApiProblem(response.status, 'invalid_response', `Unexpected answer from ${path.split('?')[0]}`);
  return parsed.data;
}

/** A query string from defined values only; arrays become repeated keys. */
export function query(params: Record<string, string | number | readonly (string | number)[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, String(v));
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
