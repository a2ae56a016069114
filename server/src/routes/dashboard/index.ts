import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { ApiError } from '../../http/api-error.js';

/**
 * The page's own policy: scripts, styles and data only from this origin; charts are inline
 * SVG (no images from elsewhere); no framing (clickjacking); forms only to this origin.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const YEAR = 'public, max-age=31536000, immutable';

/**
 * Serves the built dashboard (dashboard/dist) at /dashboard/: its hashed assets cached for
 * a year, and index.html for every other path under /dashboard/ (the app routes in the
 * browser), always revalidated so a new release is picked up at once.
 */
export default async function dashboardRoutes(app: FastifyInstance) {
  const root = app.config.dashboardDir;
  const built = root !== null && existsSync(join(root, 'index.html'));
  const notBuilt = () => new ApiError(404, 'not_found', 'The dashboard has not been built on this server (run pnpm build).');

  // Encapsulated (no fastify-plugin): reply.sendFile exists only in here.
  if (built) await app.register(fastifyStatic, { root, serve: false });

  const securityHeaders = (reply: FastifyReply) =>
    reply
      .header('content-security-policy', DASHBOARD_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'same-origin')
      .header('cross-origin-opener-policy', 'same-origin');

  app.get('/dashboard', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/dashboard/', 301));

  app.get<{ Params: { '*': string } }>('/dashboard/assets/*', { schema: { hide: true } }, async (request, reply) => {
    if (!built) throw notBuilt();
    securityHeaders(reply);
    // Vite names every asset by its content hash: the same URL never changes.
    return reply.header('cache-control', YEAR).sendFile(join('assets', request.params['*']), { cacheControl: false, dotfiles: 'deny' });
  });

  app.get('/dashboard/*', { schema: { hide: true } }, async (_request, reply) => {
    if (!built) throw notBuilt();
    securityHeaders(reply);
    return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
  });
}
