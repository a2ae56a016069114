import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Service, ServiceInput, ServicePatch, Slug } from '@feedbackinstrument/shared';
import { actorOf, changedFields, recordAudit } from '../../../audit/record-audit.js';
import { canAccessOrganisation } from '../../../auth/principal.js';
import { badRequest, conflict, notFound } from '../../../http/api-error.js';
import { organisationExists } from '../../../repositories/organisations.js';
import { findService, insertService, listServices, updateService } from '../../../repositories/services.js';

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
    handler: async (request, reply) => {
      // A manager's other organisation is answered exactly like an unknown one.
      if (!canAccessOrganisation(request.principal!, request.body.organisationId) || !(await organisationExists(app.db, request.body.organisationId))) {
        throw badRequest(`There is no organisation "${request.body.organisationId}".`, [
          { path: 'organisationId', message: 'create the organisation first' },
        ]);
      }
      const created = await app.db.transaction().execute(async (trx) => {
        const service = await insertService(trx, request.body);
        if (service) {
          await recordAudit(trx, actorOf(request), {
            action: 'service.create',
            organisationId: service.organisationId,
            target: { type: 'service', id: service.id },
            after: service,
          });
        }
        return service;
      });
      if (!created) throw conflict(`A service with id "${request.body.id}" already exists.`, [{ path: 'id', message: 'already taken' }]);
      return reply.code(201).send(created);
    },
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
    schema: { operationId: 'getService', tags: ['administration'], summary: 'One service', params: Params, response: { 200: Service, ...errors } },
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
    handler: async (request) => {
      const existing = await findService(app.db, request.params.serviceId);
      // Another organisation's service is answered exactly like an unknown one.
      if (!existing || !canAccessOrganisation(request.principal!, existing.organisationId)) {
        throw notFound(`There is no service "${request.params.serviceId}".`);
      }
      return app.db.transaction().execute(async (trx) => {
        const updated = (await updateService(trx, existing.id, request.body))!;
        const { before, after } = changedFields(existing, updated);
        if (Object.keys(after).length > 0) {
          const action = 'active' in after ? (updated.active ? 'service.activate' : 'service.deactivate') : 'service.update';
          await recordAudit(trx, actorOf(request), { action, organisationId: updated.organisationId, target: { type: 'service', id: updated.id }, before, after });
        }
        return updated;
      });
    },
  });
}
