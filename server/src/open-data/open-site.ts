import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FigureSourceContext } from '../figures/figure-query.js';
import { openFigures, type OpenFigures } from './open-figures.js';
import { TtlCache } from '../kernel/ttl-cache.js';

/** How long a computed year of figures and a rendered page are served before they are made again. */
export const OPEN_CACHE_SECONDS = 60;

export interface CachedBody {
  body: string;
  etag: string;
}

export const etagOf = (body: string) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * The caches of the /open pages of one app: the figures of a year (one query for every page
 * and the CSV), and each rendered page by its full query. Serving a cached page costs a map
 * look-up; an unchanged one answers 304 to a browser that sends its ETag.
 */
export class OpenSite {
  private readonly figures = new TtlCache<OpenFigures>(OPEN_CACHE_SECONDS * 1000, 50);
  // At most 200 pages (a full page is about 180 KB): queries that vary only to fill the cache cannot take more than ~36 MB.
  private readonly bodies = new TtlCache<CachedBody>(OPEN_CACHE_SECONDS * 1000, 200);

  constructor(private readonly ctx: FigureSourceContext) {}

  yearFigures(year: number): Promise<OpenFigures> {
    return this.figures.get(String(year), () => openFigures(this.ctx, year));
  }

  /** A body kept under `key`, made from the year's figures when missing. */
  body(key: string, year: number, render: (figures: OpenFigures) => string): Promise<CachedBody> {
    return this.bodies.get(key, async () => {
      const body = render(await this.yearFigures(year));
      return { body, etag: etagOf(body) };
    });
  }

  clear(): void {
    this.figures.clear();
    this.bodies.clear();
  }
}

/** Sends a public, cacheable body, or 304 when the client already has it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: CachedBody, type: string): FastifyReply {
  reply.header('cache-control', `public, max-age=${OPEN_CACHE_SECONDS}`).header('etag', cached.etag);
  if (request.headers['if-none-match'] === cached.etag) return reply.code(304).send();
  return reply.type(type).send(cached.body);
}
