import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { OidcClient } from './oidc-client.js';
import { readSessionCookie, type CookieSecurity } from './session-cookie.js';
import { looksLikeSessionId } from './session-id.js';
import { findSession, type Session } from './session-store.js';
import { cookieSecurity, publicOrigin } from './request-origin.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The live dashboard session the request's cookie names, or null. Looked up once per request. */
    sessionOf(request: FastifyRequest): Promise<{ id: string; session: Session } | null>;
    /** How cookies are set for this request's origin: `secure` (https), `loopback` (http://localhost), null (none at all). */
    cookieSecurityOf(request: FastifyRequest): CookieSecurity | null;
    /** The OpenID Connect relying party, when OIDC_ISSUER is configured. */
    oidc: OidcClient | null;
  }
}

const lookups = new WeakMap<FastifyRequest, Promise<{ id: string; session: Session } | null>>();

/**
 * Dashboard sessions: parses cookies and finds the session a request carries. Sessions
 * live in the database (only the hash of their id), so every instance knows them.
 */
export default fp(
  async function session(app: FastifyInstance) {
    await app.register(cookie, { hook: 'onRequest' });
    app.decorate('oidc', app.config.oidc ? new OidcClient(app.config.oidc) : null);

    app.decorate('cookieSecurityOf', (request: FastifyRequest) => cookieSecurity(publicOrigin(request, app.config)));

    app.decorate('sessionOf', (request: FastifyRequest) => {
      let lookup = lookups.get(request);
      if (!lookup) {
        lookup = (async () => {
          const security = app.cookieSecurityOf(request);
          const id = security ? readSessionCookie(request, security) : null;
          if (!id || !looksLikeSessionId(id)) return null;
          const found = await findSession(app.db, id, app.config.session);
          return found ? { id, session: found } : null;
        })();
        lookups.set(request, lookup);
      }
      return lookup;
    });
  },
  { name: 'session', dependencies: ['db'] },
);
