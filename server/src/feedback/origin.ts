import type { FastifyRequest } from 'fastify';
import type { Service } from '@feedbackinstrument/shared';
import { ApiError } from '../http/api-error.js';

/**
 * A browser says where a request comes from in its Origin header. Requests without one
 * (servers, curl) and requests from this server's own pages are allowed; any other
 * browser origin must be one of the service's exact allowed origins.
 */
export function assertOriginAllowed(request: FastifyRequest, service: Service): void {
  const origin = request.headers.origin;
  if (origin === undefined) return;
  if (origin === `${request.protocol}://${request.host}`) return;
  if (service.allowedOrigins.includes(origin)) return;
  throw new ApiError(403, 'origin_not_allowed', `The origin ${origin} may not send feedback for service "${service.id}".`, [
    { path: 'Origin', message: `add ${origin} to the service's allowedOrigins to embed the widget there` },
  ]);
}
