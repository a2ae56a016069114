import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorEnvelope, Organisation, OrganisationInput, OrganisationPatch, Slug } from '@feedbackinstrument/shared';
import { createOrganisation, changeOrganisation } from '../../../organisations/organisation-changes.js';
import { requestActor } from '../../../changes/run-change.js';
import { listOrganisations } from '../../../organisations/organisations.js';

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
    handler: async (request, reply) => reply.code(201).send(await createOrganisation(app.db, requestActor(request), request.body)),
  });

  r.get('/v1/organisations', {
    onRequest: app.authenticate,
    schema: {
      operationId: 'listOrganisations',
      tags: ['administration'],
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
    handler: async (request) => changeOrganisation(app.db, requestActor(request), request.params.organisationId, request.body),
  });
}
