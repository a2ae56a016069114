import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Security headers on every answer (@fastify/helmet). The default policy is the strictest:
 * JSON needs nothing, so nothing is allowed. Routes that answer HTML set their own policy
 * (the no-JS pages, the printable report, the dashboard, the API docs); the widget routes set
 * Cross-Origin-Resource-Policy: cross-origin so every e-loket can load /widget.js.
 */
const OPTIONS = {
  global: true,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"], frameAncestors: ["'none'"] },
  },
  // A government domain decides about its subdomains itself.
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  referrerPolicy: { policy: 'no-referrer' },
} as const;

/**
 * The headers @fastify/helmet sets with OPTIONS, read once from a throwaway instance. They do
 * not depend on the request (no nonces, no per-route options), and @fastify/helmet builds its
 * middleware anew for every request: this way each request only sets them.
 */
async function helmetHeaders(): Promise<[string, string][]> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, OPTIONS);
  probe.get('/', async () => '');
  const bare = Fastify({ logger: false });
  bare.get('/', async () => '');
  const [withHelmet, without] = await Promise.all([probe.inject('/'), bare.inject('/')]);
  await Promise.all([probe.close(), bare.close()]);
  return Object.entries(withHelmet.headers)
    .filter(([name]) => !(name in without.headers))
    .map(([name, value]) => [name, String(value)]);
}

export default fp(async function helmetPlugin(app: FastifyInstance) {
  const headers = await helmetHeaders();
  // Where @fastify/helmet sets them: on the raw response in onRequest, so a route's own
  // reply.header (e.g. its Content-Security-Policy) still wins.
  app.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of headers) reply.raw.setHeader(name, value);
    done();
  });
});
