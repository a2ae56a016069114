import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../../http/api-error.js';
import { deleteExpiredCounters } from './rate-limit-counters.js';
import { ClientKeys, CounterWriter, databaseStore } from './rate-limit-store.js';

/** Failed token authentications a client may make per window before its further failures are refused with 429. */
export const TOKEN_FAILURE_LIMIT = { max: 20, windowMs: 15 * 60_000 };

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The limit on failed token authentications per client, shared by every instance. It
     * limits failures, not people: a token made by the API or the CLI (256 random bits,
     * found by its hash) is always accepted, so 20 wrong tokens from an office behind one
     * address never lock out its colleagues. Failures are counted; past the limit they
     * are answered 429 with Retry-After instead of 401. FEEDBACK_ADMIN_TOKEN, chosen by a
     * person and maybe far shorter, stays behind the limit: while the address is blocked it
     * is refused as well, so the limit still slows guessing it.
     */
    tokenFailures: {
      /** The verified token if it is accepted; null (counted as a failure) for 401; throws 429 while blocked. */
      judge<T extends { tokenId: string | null }>(request: FastifyRequest, reply: FastifyReply, verified: T | null): Promise<T | null>;
    };
    /**
     * The per-client limit of POST /v1/feedback (RATE_LIMIT_PER_MINUTE), in the same counters
     * as the plugin's limits. That route counts its hits itself: with the new response, in
     * one statement (feedback/write-path/rate-limit-hit.ts), or on their own where a request does not
     * get that far (`count`). Answers as the plugin does: X-RateLimit-* headers, and past the
     * limit 429 with Retry-After and the envelope.
     */
    submissionLimit: {
      max: number;
      windowMs: number;
      /** The counter's key for this request's client: the route's scope and the hashed address. */
      key(request: FastifyRequest): Promise<string>;
      /** Sets the headers of a counted hit; throws 429 past the limit. */
      verdict(reply: FastifyReply, hits: number, ttlMs: number): void;
      /** Counts a hit on its own statement (batched with other counters), then as `verdict`. */
      count(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    };
  }
}

/** The counters' scope of the submission limit: the route, as the plugin names a route's own counters. */
export const SUBMISSION_LIMIT_SCOPE = 'POST /v1/feedback';

const CLEANUP_MS = 60_000;

/**
 * Rate limits, opted into per route (config.rateLimit), counted in the database so that
 * every instance enforces one limit per client. The key is an HMAC of the client address
 * (IPv6: its /64) with a daily key shared by the instances: no address is stored, in
 * memory or in the database. Counters live in an UNLOGGED table and are deleted after
 * their window.
 */
export default fp(
  async function rateLimitPlugin(app: FastifyInstance, options: { tokenFailureLimit?: { max: number; windowMs: number } }) {
    const writer = new CounterWriter(app.db);
    const keys = new ClientKeys(app.db);
    const clientKey = (request: FastifyRequest) => keys.hash(normalizeIP(request.ip));
    const retryIn = (ttlMs: number) => Math.max(1, Math.ceil(ttlMs / 1000));
    const tooMany = (ttlMs: number) =>
      new ApiError(429, 'rate_limited', `Too many requests from this address; try again in ${retryIn(ttlMs)} seconds.`);
    const max = app.config.rateLimitPerMinute;
    const windowMs = 60_000;

    await app.register(rateLimit, {
      global: false,
      max,
      timeWindow: windowMs,
      store: databaseStore(writer),
      keyGenerator: clientKey,
      errorResponseBuilder: (_request, context) => tooMany(context.ttl),
    });

    const limit = options.tokenFailureLimit ?? TOKEN_FAILURE_LIMIT;
    const failureKey = async (request: FastifyRequest) => `token-failures|${await clientKey(request)}`;
    app.decorate('tokenFailures', {
      async judge<T extends { tokenId: string | null }>(
        request: FastifyRequest,
        reply: FastifyReply,
        verified: T | null,
      ): Promise<T | null> {
        // A stored token was found by its hash: 256 random bits, no guess finds one.
        if (verified && verified.tokenId !== null) return verified;
        const key = await failureKey(request);
        const state = await writer.read(key);
        if (state.hits >= limit.max) {
          reply.header('retry-after', String(retryIn(state.ttlMs)));
          throw new ApiError(
            429,
            'rate_limited',
            `Too many failed token attempts from this address; try again in ${retryIn(state.ttlMs)} seconds.`,
          );
        }
        if (verified) return verified;
        await new Promise<void>((resolve, reject) => writer.add(key, limit.windowMs, (error) => (error ? reject(error) : resolve())));
        return null;
      },
    });

    const verdict = (reply: FastifyReply, hits: number, ttlMs: number) => {
      reply.header('x-ratelimit-limit', String(max));
      reply.header('x-ratelimit-remaining', String(Math.max(0, max - hits)));
      reply.header('x-ratelimit-reset', String(Math.ceil(ttlMs / 1000)));
      if (hits <= max) return;
      reply.header('retry-after', String(retryIn(ttlMs)));
      throw tooMany(ttlMs);
    };
    const key = async (request: FastifyRequest) => `${SUBMISSION_LIMIT_SCOPE}|${await clientKey(request)}`;
    app.decorate('submissionLimit', {
      max,
      windowMs,
      key,
      verdict,
      async count(request: FastifyRequest, reply: FastifyReply) {
        const k = await key(request);
        const state = await new Promise<{ current: number; ttl: number }>((resolve, reject) =>
          writer.add(k, windowMs, (error, result) => (error ? reject(error) : resolve(result!))),
        );
        verdict(reply, state.current, state.ttl);
      },
    });

    // Each instance deletes passed windows now and then (cheap: the table holds the last minutes).
    const cleanup = setInterval(() => void deleteExpiredCounters(app.db).catch(() => {}), CLEANUP_MS);
    cleanup.unref();
    app.addHook('onClose', async () => clearInterval(cleanup));
  },
  { name: 'rate-limit', dependencies: ['db'] },
);
