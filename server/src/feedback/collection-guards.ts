import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Service } from '@feedbackinstrument/shared';
import { ApiError, notFound } from '../http/api-error.js';
import { FORM_TYPE, JSON_TYPE, mediaType } from '../http/content-type.js';
import { findService } from '../services/services.js';

/** onRequest: the public endpoints take JSON or an HTML form, nothing else (415). */
export async function requireCollectionContentType(request: FastifyRequest): Promise<void> {
  const type = mediaType(request.headers['content-type']);
  if (type !== JSON_TYPE && type !== FORM_TYPE) {
    throw new ApiError(415, 'unsupported_media_type', 'Send the body as application/json or application/x-www-form-urlencoded.', [
      { path: 'Content-Type', message: type ? `${type} is not accepted` : 'the header is missing' },
    ]);
  }
}

export const serviceNotFound = (serviceId: string) =>
  notFound(`There is no active service "${serviceId}". Check the service attribute of the widget.`);

export async function requireActiveService(app: FastifyInstance, serviceId: string): Promise<Service> {
  const service = await findService(app.db, serviceId);
  if (!service?.active) throw serviceNotFound(serviceId);
  return service;
}
