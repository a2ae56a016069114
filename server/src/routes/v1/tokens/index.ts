import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatedToken, ErrorEnvelope, TokenInfo, TokenInput } from '@feedbackinstrument/shared';
import { badRequest, notFound } from '../../../http/api-error.js';
import { createToken } from '../../../auth/create-token.js';
import { listTokens, revokeToken } from '../../../repositories/tokens.js';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

export default async function tokenRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/tokens', {
    onRequest: app.requireAdmin,
    schema: {
      operationId: 'createToken', tags: ['administration'],
      summary: 'Create an API token (admin); the token is shown once',
      body: TokenInput,
      response: { 201: CreatedToken, ...errors },
    },
    handler: async (request, reply) => {
      const created = await createToken(app.db, request.body);
      if (!created) {
        throw badRequest('There is no such organisation.', [{ path: 'organisationId', message: 'create the organisation first' }]);
      }
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
  });

  r.get('/v1/tokens', {
    onRequest: app.requireAdmin,
    schema: { operationId: 'listTokens', tags: ['administration'], summary: 'List tokens, without their values (admin)', response: { 200: z.object({ tokens: z.array(TokenInfo) }), ...errors } },
    handler: async () => ({ tokens: await listTokens(app.db) }),
  });

  r.delete('/v1/tokens/:tokenId', {
    onRequest: app.requireAdmin,
    schema: {
      operationId: 'revokeToken', tags: ['administration'],
      summary: 'Revoke a token (admin)',
      params: z.object({ tokenId: z.uuid() }),
      response: { 204: z.undefined(), ...errors },
    },
    handler: async (request, reply) => {
      if (!(await revokeToken(app.db, request.params.tokenId))) throw notFound('There is no live token with this id.');
      return reply.code(204).send();
    },
  });
}
