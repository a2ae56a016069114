import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatedToken, ErrorEnvelope, TokenInfo, TokenInput } from '@feedbackinstrument/shared';
import { requestActor } from '../../../changes/run-change.js';
import { createToken, revokeToken } from '../../../auth/token-changes.js';
import { listTokens } from '../../../auth/token-repository.js';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

export default async function tokenRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/v1/tokens', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'createToken',
      tags: ['administration'],
      summary: 'Create an API token; the token is shown once',
      description:
        'An admin makes any token; a manager makes manager and analyst tokens of its own organisation. ' +
        'The token is in the answer this once; only its SHA-256 hash is stored.',
      body: TokenInput,
      response: { 201: CreatedToken, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await createToken(app.db, requestActor(request), request.body)),
  });

  r.get('/v1/tokens', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'listTokens',
      tags: ['administration'],
      summary: 'List tokens, without their values (admin: all; manager: its organisation)',
      response: { 200: z.object({ tokens: z.array(TokenInfo) }), ...errors },
    },
    handler: async (request) => ({ tokens: await listTokens(app.db, request.principal!.organisationId) }),
  });

  r.delete('/v1/tokens/:tokenId', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'revokeToken',
      tags: ['administration'],
      summary: 'Revoke a token (admin: any; manager: of its organisation)',
      params: z.object({ tokenId: z.uuid() }),
      response: { 204: z.undefined(), ...errors },
    },
    handler: async (request, reply) => {
      await revokeToken(app.db, requestActor(request), request.params.tokenId);
      return reply.code(204).send();
    },
  });
}
