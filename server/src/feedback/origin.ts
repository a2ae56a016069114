import type { FastifyRequest } from 'fastify';
import type { Service } from '@feedbackinstrument/shared';
import { ApiError } from '../http/api-error.js';
import { ownOrigin } from '../http/own-origin.js';

/**
 * A browser says where a request comes from in its Origin header. Requests without one
 * (servers, curl) and requests from this server's own pages (PUBLIC_URL, or its loopback
 * address: never judged by the Host header) are allowed; any other
 * browser origin must be one of the service's exact allowed origins.
 */
export function assertOriginAllowed(request: FastifyRequest, service: Service): void {
  const origin = foreignOrigin(request);
  if (origin !== null && !service.allowedOrigins.includes(origin)) throw originNotAllowed(origin, service.id);
}

/** The browser origin a service must allow for this request; null when there is none to check. */
export function foreignOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin === undefined || origin === ownOrigin(request.server)) return null;
  return origin;
}

export const originNotAllowed = (origin: string, serviceId: string) =>
  new ApiError(403, 'origin_not_allowed', `The origin ${origin} may not send feedback for service "${serviceId}".`, [
    { path: 'Origin', message: `add ${origin} to the service's allowedOrigins to embed the widget there` },
  ]);
