import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Service, ServiceInput, ServicePatch, Slug } from '@feedbackinstrument/shared';
import { canAccessOrganisation } from '../../../kernel/principal.js';
import { changeService, createService } from '../../../services/service-changes.js';
import { requestActor } from '../../../changes/run-change.js';
import { notFound } from '../../../http/api-error.js';
import { findService, listServices } from '../../../services/services.js';

const Params = z.object({ serviceId: Slug });
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

export default async function serviceRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/services', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'createService',
      tags: ['administration'],
      summary: 'Create a digital service (admin, or a manager of its organisation)',
      body: ServiceInput,
      response: { 201: Service, ...errors, 409: ErrorEnvelope },
    },
    handler: async (request, reply) => reply.code(201).send(await createService(app.db, requestActor(request), request.body)),
  });

  r.get('/v1/services', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listServices',
      tags: ['administration'],
      summary: 'List services (an organisation token sees its own)',
      querystring: z.object({ organisation: Slug.optional() }).strict(),
      response: { 200: z.object({ services: z.array(Service) }), ...errors },
    },
    handler: async (request) => {
      const principal = request.principal!;
      const wanted = request.query.organisation;
      if (!principal.admin && wanted !== undefined && wanted !== principal.organisationId) return { services: [] };
      return { services: await listServices(app.db, principal.admin ? wanted : principal.organisationId) };
    },
  });

  r.get('/v1/services/:serviceId', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'getService',
      tags: ['administration'],
      summary: 'One service',
      params: Params,
      response: { 200: Service, ...errors },
    },
    handler: async (request) => {
      const service = await findService(app.db, request.params.serviceId);
      if (!service || !canAccessOrganisation(request.principal!, service.organisationId)) {
        throw notFound(`There is no service "${request.params.serviceId}".`);
      }
      return service;
    },
  });

  r.patch('/v1/services/:serviceId', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'updateService',
      tags: ['administration'],
      summary: "Change a service (admin, or a manager of the service's organisation)",
      params: Params,
      body: ServicePatch,
      response: { 200: Service, ...errors },
    },
    handler: async (request) => changeService(app.db, requestActor(request), request.params.serviceId, request.body),
  });
}
