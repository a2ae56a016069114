import { createHash, randomBytes } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../http/api-error.js';

/**
 * Rate limits, opted into per route (config.rateLimit). The key is a salted hash of the
 * client address, held in memory for the current window only: no IP is stored.
 */
export default fp(
  async function rateLimitPlugin(app: FastifyInstance) {
    const salt = randomBytes(16);
    await app.register(rateLimit, {
      global: false,
      max: app.config.rateLimitPerMinute,
      timeWindow: 60_000,
      keyGenerator: (request: FastifyRequest) => createHash('sha256').update(salt).update(request.ip).digest('base64url'),
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          'rate_limited',
          `Too many requests from this address; try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
        ),
    });
  },
  { name: 'rate-limit', dependencies: ['db'] },
);
