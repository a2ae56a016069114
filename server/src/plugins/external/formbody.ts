import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** HTML forms (the no-JavaScript fallback) post application/x-www-form-urlencoded. */
export default fp(async function formbodyPlugin(app: FastifyInstance) {
  await app.register(formbody);
});
