import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { demands } from './access-hooks.js';
import { ADMIN, mayChange, principalOf, type Principal } from '../kernel/principal.js';
import { hashToken, tokensEqual } from './tokens.js';
import { ApiError } from '../http/api-error.js';
import { findLiveTokenByHash } from './token-repository.js';
import { isSafeMethod, isSameOriginRequest } from '../sessions/request-origin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hook: any valid token (admin or organisation), or a dashboard session cookie. Runs before the body is parsed, so a caller without one learns nothing of the route's schema. */
    authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    /** onRequest hook: an admin token only. */
    requireAdmin(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    /** onRequest hook: a manager or an admin (analysts read only: 403). Organisation scope is the route's to check. */
    requireManager(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    /** Checks an API token: who it speaks for, and its stored id (null for FEEDBACK_ADMIN_TOKEN). */
    verifyToken(token: string): Promise<VerifiedToken | null>;
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Who is acting, for the audit log: the token's name or the signed-in person's display name. */
    actor: Actor | null;
  }
}

export interface Actor {
  name: string;
  via: 'token' | 'session';
}

export interface VerifiedToken {
  principal: Principal;
  tokenId: string | null;
  name: string;
}

const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'Send a valid API token as "Authorization: Bearer <token>" (or sign in to the dashboard).');

const crossSite = () =>
  new ApiError(
    403,
    'forbidden',
    'A change made with a dashboard session must come from a page of the dashboard itself (checked by its Origin header). Scripts use an API token instead.',
  );

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
    app.decorateRequest('actor', null);

    async function verify(token: string): Promise<VerifiedToken | null> {
      if (adminToken && tokensEqual(token, adminToken)) return { principal: ADMIN, tokenId: null, name: 'FEEDBACK_ADMIN_TOKEN' };
      const hash = hashToken(token);
      const row = await findLiveTokenByHash(app.db, hash);
      if (!row || !timingSafeEqual(Buffer.from(row.token_hash, 'hex'), Buffer.from(hash, 'hex'))) return null;
      return { principal: principalOf(row), tokenId: row.id, name: row.name };
    }
    app.decorate('verifyToken', verify);

    // A Bearer token wins; without an Authorization header, the dashboard's session cookie
    // counts the same (same principal, same scoping). The cookie is ambient, so a request
    // that changes something must also come from our own origin (CSRF).
    const authenticate = demands('authenticated', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.headers.authorization !== undefined) {
        const token = bearerToken(request);
        const verified = await app.tokenFailures.judge(request, reply, token ? await verify(token) : null);
        if (!verified) throw unauthorized();
        request.principal = verified.principal;
        request.actor = { name: verified.name, via: 'token' };
        return;
      }
      const found = await app.sessionOf(request);
      if (!found) throw unauthorized();
      if (!isSafeMethod(request) && !isSameOriginRequest(request, app.config)) throw crossSite();
      request.principal = found.session.principal;
      request.actor = { name: found.session.displayName ?? 'dashboard', via: 'session' };
    });
    app.decorate('authenticate', authenticate);

    // What an authenticated caller gets back is for that caller only: no shared cache keeps it.
    app.addHook('onSend', async (request, reply) => {
      if (request.principal && !reply.hasHeader('cache-control')) reply.header('cache-control', 'private, no-store');
    });

    app.decorate(
      'requireAdmin',
      demands('restricted', async (request: FastifyRequest, reply: FastifyReply) => {
        await authenticate(request, reply);
        if (!request.principal?.admin) throw new ApiError(403, 'forbidden', 'This needs an admin token.');
      }),
    );

    app.decorate(
      'requireManager',
      demands('restricted', async (request: FastifyRequest, reply: FastifyReply) => {
        await authenticate(request, reply);
        if (!mayChange(request.principal!)) {
          throw new ApiError(
            403,
            'forbidden',
            'An analyst reads figures, remarks and reports but changes nothing; this needs a manager (or admin) token.',
          );
        }
      }),
    );
  },
  { name: 'auth', dependencies: ['db', 'session'] },
);
