import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Service } from '@feedbackinstrument/shared';
import { notFound } from '../http/api-error.js';
import { findService } from '../services/services.js';
import { canAccessOrganisation } from '../kernel/principal.js';

/** The service, if the caller may see it; another organisation's service is answered like an unknown one. */
export async function requireVisibleService(app: FastifyInstance, request: FastifyRequest, serviceId: string): Promise<Service> {
  const service = await findService(app.db, serviceId);
  if (!service || !canAccessOrganisation(request.principal!, service.organisationId)) {
    throw notFound(`There is no service "${serviceId}".`);
  }
  return service;
}
