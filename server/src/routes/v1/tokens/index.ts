import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CreatedToken, ErrorEnvelope, TokenInfo, TokenInput } from '@feedbackinstrument/shared';
import { actorOf, recordAudit } from '../../../audit/record-audit.js';
import { ApiError, badRequest, notFound } from '../../../http/api-error.js';
import { createToken } from '../../../auth/create-token.js';
import { listTokens, revokeToken, type TokenInfo as TokenInfoRow } from '../../../repositories/tokens.js';

const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope };

/** What the audit log keeps of a token: never its value or hash. */
const audited = (token: TokenInfoRow) => ({ name: token.name, role: token.role, organisationId: token.organisationId });

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
    handler: async (request, reply) => {
      const principal = request.principal!;
      const input = request.body;
      if (!principal.admin) {
        if (!('organisationId' in input)) throw new ApiError(403, 'forbidden', 'Only an admin makes admin tokens.');
        // Another organisation is answered exactly like an unknown one.
        if (input.organisationId !== principal.organisationId) {
          throw badRequest('There is no such organisation.', [{ path: 'organisationId', message: 'create the organisation first' }]);
        }
      }
      const created = await app.db.transaction().execute(async (trx) => {
        const token = await createToken(trx, input);
        if (token) {
          await recordAudit(trx, actorOf(request), {
            action: 'token.create',
            organisationId: token.organisationId,
            target: { type: 'token', id: token.id },
            after: audited(token),
          });
        }
        return token;
      });
      if (!created) {
        throw badRequest('There is no such organisation.', [{ path: 'organisationId', message: 'create the organisation first' }]);
      }
      return reply.code(201).header('cache-control', 'no-store').send(created);
    },
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
      const revoked = await app.db.transaction().execute(async (trx) => {
        const token = await revokeToken(trx, request.params.tokenId, request.principal!.organisationId);
        if (token) {
          await recordAudit(trx, actorOf(request), {
            action: 'token.revoke',
            organisationId: token.organisationId,
            target: { type: 'token', id: token.id },
            before: audited(token),
          });
        }
        return token;
      });
      if (!revoked) throw notFound('There is no live token with this id.');
      return reply.code(204).send();
    },
  });
}
