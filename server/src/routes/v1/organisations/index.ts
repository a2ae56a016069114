import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Organisation, OrganisationInput, OrganisationPatch, Slug } from '@feedbackinstrument/shared';
import { actorOf, changedFields, recordAudit } from '../../../audit/record-audit.js';
import { canAccessOrganisation } from '../../../auth/principal.js';
import { conflict, notFound } from '../../../http/api-error.js';
import { findOrganisation, insertOrganisation, listOrganisations, updateOrganisation } from '../../../repositories/organisations.js';


export default async function organisationRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/organisations', {
    onRequest: app.requireAdmin,
    schema: {
      operationId: 'createOrganisation',
      tags: ['administration'],
      summary: 'Create an organisation (admin)',
      body: OrganisationInput,
      response: { 201: Organisation, 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 409: ErrorEnvelope },
    },
    handler: async (request, reply) => {
      const created = await app.db.transaction().execute(async (trx) => {
        const organisation = await insertOrganisation(trx, request.body);
        if (organisation) {
          await recordAudit(trx, actorOf(request), { action: 'organisation.create', organisationId: organisation.id, target: { type: 'organisation', id: organisation.id }, after: organisation });
        }
        return organisation;
      });
      if (!created) throw conflict(`An organisation with id "${request.body.id}" already exists.`, [{ path: 'id', message: 'already taken' }]);
      return reply.code(201).send(created);
    },
  });

  r.get('/v1/organisations', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listOrganisations', tags: ['administration'],
      summary: 'List organisations (an organisation token sees its own)',
      response: { 200: z.object({ organisations: z.array(Organisation) }), 401: ErrorEnvelope },
    },
    handler: async (request) => {
      const principal = request.principal!;
      return { organisations: await listOrganisations(app.db, principal.admin ? undefined : principal.organisationId) };
    },
  });

  r.patch('/v1/organisations/:organisationId', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'updateOrganisation',
      tags: ['administration'],
      summary: "Change an organisation's links, the defaults of its services (admin, or a manager of the organisation)",
      params: z.object({ organisationId: Slug }),
      body: OrganisationPatch,
      response: { 200: Organisation, 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope },
    },
    handler: async (request) => {
      const existing = await findOrganisation(app.db, request.params.organisationId);
      // Another organisation is answered exactly like an unknown one.
      if (!existing || !canAccessOrganisation(request.principal!, existing.id)) throw notFound(`There is no organisation "${request.params.organisationId}".`);
      return app.db.transaction().execute(async (trx) => {
        const updated = (await updateOrganisation(trx, existing.id, request.body))!;
        const { before, after } = changedFields(existing, updated);
        if (Object.keys(after).length > 0) {
          await recordAudit(trx, actorOf(request), { action: 'organisation.update', organisationId: updated.id, target: { type: 'organisation', id: updated.id }, before, after });
        }
        return updated;
      });
    },
  });
}
