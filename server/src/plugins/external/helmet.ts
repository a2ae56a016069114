import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer (@fastify/helmet). The default policy is the strictest:
 * JSON needs nothing, so nothing is allowed. Routes that answer HTML set their own policy
 * (the no-JS pages, the printable report, the dashboard, the API docs); the widget routes set
 * Cross-Origin-Resource-Policy: cross-origin so every e-loket can load /widget.js.
 */
export default fp(async function helmetPlugin(app: FastifyInstance) {
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
    },
    // A government domain decides about its subdomains itself.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
    referrerPolicy: { policy: 'no-referrer' },
  });
});
