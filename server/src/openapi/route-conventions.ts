import type { RouteOptions } from 'fastify';
import { ErrorEnvelope } from '@feedbackinstrument/shared';
import { accessOf } from '../auth/access-hooks.js';

/** A protected operation accepts an API token or the dashboard's session cookie. */
export const PROTECTED_SECURITY: { [label: string]: string[] }[] = [{ bearer: [] }, { session: [] }];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface RouteSchema {
  hide?: boolean;
  security?: { [label: string]: readonly string[] }[];
  body?: unknown;
  querystring?: unknown;
  params?: unknown;
  response?: Record<string | number, unknown>;
}

/**
 * Fills in what the OpenAPI document can derive from how a route is built, so a new route
 * needs only its own operationId, tags, summary and success answers:
 * - `security`: from its auth hook (see auth/access-hooks.ts); `[]` for a public route;
 * - the error answers every such route can give, each with the error envelope:
 *   401 when protected; 403 when its hook checks who the caller is, or when it changes
 *   something (a dashboard session from another origin is refused); 400 when it validates
 *   a body, query or path; 404 when it has path parameters; 415 when it takes a body;
 *   429 for a public route that takes a body (the public collection limit).
 * What a route states itself is kept.
 */
export function applyOpenApiConventions(route: RouteOptions): void {
  if (!route.schema || (route.schema as RouteSchema).hide) return;
  // Copies: routes may share a schema or a response map, and each gets its own answers.
  const schema: RouteSchema = { ...(route.schema as RouteSchema) };
  route.schema = schema;
  const access = accessOf(route.onRequest);
  const methods = [route.method].flat();
  const changes = methods.some((m) => !SAFE_METHODS.has(m));

  schema.security ??= access ? PROTECTED_SECURITY : [];

  const errors: number[] = [];
  if (access) errors.push(401);
  if (access === 'restricted' || (access && changes)) errors.push(403);
  if (schema.body || schema.querystring || schema.params) errors.push(400);
  if (schema.params) errors.push(404);
  if (schema.body) errors.push(415);
  if (!access && schema.body) errors.push(429);
  if (errors.length === 0) return;

  const response = { ...schema.response };
  schema.response = response;
  for (const status of errors) {
    if (!(status in response) && !(String(status) in response)) response[status] = ErrorEnvelope;
  }
}
