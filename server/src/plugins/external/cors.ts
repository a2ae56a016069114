import cors from '@fastify/cors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import fp from 'fastify-plugin';
import type { Database } from '../../db/database.js';

const CACHE_MS = 30_000;
const PUBLIC_PATH = /^\/(v1\/feedback|v1\/displays)\/?(\?|$)/;
const DISPLAYS_PATH = /^\/v1\/displays\/?(\?|$)/;
const ALLOWED = { methods: ['POST'], allowedHeaders: ['Content-Type'], exposedHeaders: ['Retry-After'], maxAge: 86_400 };

/**
 * CORS for the public collection endpoints. The browser is told "yes" for an origin that
 * any active service allows (cached for 30 s), on preflight and on every answer, so the
 * widget can read 4xx bodies and Retry-After; the exact per-service rule is enforced
 * by the route itself (403 origin_not_allowed). The widget bundle sets its own open CORS
 * headers (routes/widget).
 * The analyst and admin API send no CORS headers: they are not for other sites' scripts.
 *
 * POST /v1/displays is the exception: its preflight is answered for any origin, so the
 * widget on a page whose origin no service allows (yet) still sends its display, which
 * the route refuses (403 origin_not_allowed) and the installation check counts as a
 * refused origin with "allow this origin". Otherwise the browser would stop at the
 * preflight and the service owner would never see where the widget was embedded. A
 * display carries nothing but the service id, and nothing is counted for a refused one.
 *
 * Which origins services allow is the services feature's to say: app.ts passes its query in.
 */
export interface CorsOptions {
  allowedOrigins: (db: Kysely<Database>) => Promise<Set<string>>;
}

export default fp(
  async function corsPlugin(app: FastifyInstance, { allowedOrigins }: CorsOptions) {
    let cached: { at: number; origins: Promise<Set<string>> } | null = null;
    const origins = () => {
      if (!cached || Date.now() - cached.at > CACHE_MS) {
        cached = { at: Date.now(), origins: allowedOrigins(app.db) };
        cached.origins.catch(() => (cached = null));
      }
      return cached.origins;
    };

    const isPublic = (request: FastifyRequest) => PUBLIC_PATH.test(request.url);
    // Built once: the plugin only reads them.
    const refused = { origin: false } as const;

    await app.register(cors, {
      hook: 'onRequest',
      delegator: (request, callback) => {
        const origin = request.headers.origin;
        if (!origin || !isPublic(request)) return callback(null, refused);
        if (DISPLAYS_PATH.test(request.url)) return callback(null, { ...ALLOWED, origin });
        origins().then(
          (allowed) => callback(null, allowed.has(origin) ? { ...ALLOWED, origin } : refused),
          () => callback(null, refused),
        );
      },
    });
  },
  { name: 'cors', dependencies: ['db'] },
);
