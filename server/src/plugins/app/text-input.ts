import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../http/api-error.js';
import { forbiddenTextIn, withoutForbiddenText } from '../../http/text-input.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Top-level body fields whose rule is to strip NUL bytes and lone surrogates instead of
     * refusing them (the remark of POST /v1/feedback: its text is cleaned anyway).
     */
    strippedText?: readonly string[];
  }
}

const PARTS = [
  { part: 'params', where: 'path' },
  { part: 'query', where: 'query string' },
  { part: 'body', where: 'body' },
] as const;

/**
 * One check for every route, those added later included: a NUL byte or a lone surrogate in
 * any string of the path, the query or the body answers 400 naming the field. It runs as a
 * preValidation hook: after authentication (onRequest), before the route's own schema.
 */
export default fp(
  async function textInput(app: FastifyInstance) {
    app.addHook('preValidation', async (request: FastifyRequest) => {
      const stripped = request.routeOptions.config.strippedText;
      if (stripped && typeof request.body === 'object' && request.body !== null) {
        const body = request.body as Record<string, unknown>;
        for (const field of stripped) if (typeof body[field] === 'string') body[field] = withoutForbiddenText(body[field]);
      }
      for (const { part, where } of PARTS) {
        const details = forbiddenTextIn(request[part]);
        if (details.length > 0)
          throw new ApiError(400, 'validation_failed', `The ${where} is not valid; see details for each field.`, details);
      }
    });
  },
  { name: 'text-input' },
);
