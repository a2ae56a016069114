import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../http/api-error.js';
import { foreignOrigin } from '../feedback/origin.js';
import { pruneInstallationOrigins, recordInstallationEvent, type InstallationEvent } from './installation-origins.js';
import { addDays, localDay } from '../kernel/calendar.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Resolves when every installation-check write started so far has finished (tests, shutdown). */
    installationWrites(): Promise<void>;
  }
  interface FastifyRequest {
    /** Set when the request was refused because of its origin (origin_not_allowed). */
    originRefused: boolean;
  }
}

const ROUTES = new Set(['/v1/displays', '/v1/feedback']);
/** A bound on the in-memory keys (a day rarely has this many service × origin pairs). */
const MAX_KEYS = 100_000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const KEEP_DAYS = 400;

/**
 * Feeds the installation check (GET /v1/services/:id/installation) from the collection
 * routes, after the response has gone out (onResponse), so no request waits for it and
 * neither the displays statement nor the feedback hot path changes. Shown and answered
 * are written at most once per (service, origin, local day) by each instance: the keys
 * already written today are kept in memory, and the upsert is idempotent across
 * instances. Refusals (rare, and rate-limited) are counted one by one. Only the origin
 * header's value is kept, nothing of the person.
 */
export default fp(
  async function installationRecorder(app: FastifyInstance) {
    const timezone = app.config.timezone;
    let today = '';
    const written = new Set<string>();
    const pending = new Set<Promise<void>>();

    const record = (event: InstallationEvent, serviceId: string, origin: string) => {
      const day = localDay(new Date(), timezone);
      if (day !== today) {
        today = day;
        written.clear();
      }
      const key = `${event} ${serviceId} ${origin}`;
      if (event !== 'refused') {
        if (written.has(key)) return;
        if (written.size >= MAX_KEYS) written.clear();
        written.add(key);
      }
      const write = recordInstallationEvent(app.db, event, serviceId, origin, timezone)
        .catch((err: unknown) => {
          // Not written: let the next request of the day try again.
          written.delete(key);
          app.log.warn({ err }, 'installation check: could not record an origin');
        })
        .finally(() => pending.delete(write));
      pending.add(write);
    };

    app.decorateRequest('originRefused', false);
    app.decorate('installationWrites', async () => {
      while (pending.size > 0) await Promise.all(pending);
    });

    app.addHook('onError', async (request: FastifyRequest, _reply: FastifyReply, error: Error) => {
      if (error instanceof ApiError && error.code === 'origin_not_allowed') request.originRefused = true;
    });

    app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
      if (request.method !== 'POST' || !ROUTES.has(request.routeOptions.url ?? '')) return;
      const origin = foreignOrigin(request);
      const serviceId = (request.body as { serviceId?: unknown } | undefined)?.serviceId;
      if (origin === null || typeof serviceId !== 'string' || !isExactOrigin(origin)) return;
      const status = reply.statusCode;
      if (request.originRefused) record('refused', serviceId, origin);
      else if (request.routeOptions.url === '/v1/displays' && status === 204) record('shown', serviceId, origin);
      else if (request.routeOptions.url === '/v1/feedback' && (status === 200 || status === 201 || status === 303))
        record('answered', serviceId, origin);
    });

    // Rows older than about 400 days say nothing about today's installation.
    const prune = () => {
      const before = addDays(localDay(new Date(), timezone), -KEEP_DAYS);
      pruneInstallationOrigins(app.db, before).catch((err: unknown) =>
        app.log.warn({ err }, 'installation check: pruning old rows failed'),
      );
    };
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onReady', async () => {
      timer = setInterval(prune, PRUNE_EVERY_MS).unref();
    });
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer);
      await app.installationWrites();
    });
  },
  { name: 'installation-recorder', dependencies: ['db'] },
);

/** Only a well-formed origin is stored (a script can send any Origin header). */
function isExactOrigin(value: string): boolean {
  if (value.length > 300) return false;
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}
