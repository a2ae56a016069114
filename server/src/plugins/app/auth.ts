import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ADMIN, type Principal } from '../../auth/principal.js';
import { hashToken, tokensEqual } from '../../auth/tokens.js';
import { ApiError } from '../../http/api-error.js';
import { findLiveTokenByHash } from '../../repositories/tokens.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: any valid token (admin or organisation). */
    authenticate(request: FastifyRequest): Promise<void>;
    /** preHandler: an admin token only. */
    requireAdmin(request: FastifyRequest): Promise<void>;
  }
  interface FastifyRequest {
    principal: Principal | null;
  }
}

const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'Send a valid API token as "Authorization: Bearer <token>".');

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

export default fp(
  async function auth(app: FastifyInstance) {
    const adminToken = app.config.adminToken;
    app.decorateRequest('principal', null);

    async function resolve(token: string): Promise<Principal | null> {
      if (adminToken && tokensEqual(token, adminToken)) return ADMIN;
      const hash = hashToken(token);
      const row = await findLiveTokenByHash(app.db, hash);
      if (!row || !timingSafeEqual(Buffer.from(row.token_hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
      return row.is_admin ? ADMIN : { admin: false, organisationId: row.organisation_id! };
    }

    app.decorate('authenticate', async (request: FastifyRequest) => {
      const token = bearerToken(request);
      const principal = token ? await resolve(token) : null;
      if (!principal) throw unauthorized();
      request.principal = principal;
    });

    app.decorate('requireAdmin', async (request: FastifyRequest) => {
      await app.authenticate(request);
      if (!request.principal?.admin) throw new ApiError(403, 'forbidden', 'This needs an admin token.');
    });
  },
  { name: 'auth', dependencies: ['db'] },
);
