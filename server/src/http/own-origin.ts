import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';

const LOOPBACK_NAMES = /^(localhost|127(?:\.\d{1,3}){3}|::1)$/i;
const UNSPECIFIED = new Set(['0.0.0.0', '::', '']);

/**
 * The origin this server builds absolute URLs with (links, redirects, the OIDC callback) and
 * recognises its own pages by: PUBLIC_URL's origin; without it, the loopback address the
 * server listens on (HOST when it is a loopback name or address, 127.0.0.1 when it listens on
 * every address). Never the request's Host header: anyone can send any Host, and a cached
 * answer built from one would carry it to everybody (and DNS rebinding would pass as "own").
 */
export function ownOrigin(app: FastifyInstance): string {
  if (app.config.publicUrl) return new URL(app.config.publicUrl).origin;
  const address = app.server.address() as AddressInfo | string | null;
  const port = address !== null && typeof address === 'object' ? address.port : app.config.port;
  const configured = app.config.host.replace(/^\[(.*)\]$/, '$1');
  const host = UNSPECIFIED.has(configured) ? '127.0.0.1' : configured;
  const named = host.includes(':') ? `[${host}]` : host;
  return `http://${named}:${port}`;
}

/** The base of absolute links: PUBLIC_URL (path kept, no trailing slash), else ownOrigin. */
export function ownBaseUrl(app: FastifyInstance): string {
  return app.config.publicUrl?.replace(/\/$/, '') ?? ownOrigin(app);
}

/** True for a loopback host name or address (tests and development without PUBLIC_URL). */
export const isLoopbackHost = (host: string) => LOOPBACK_NAMES.test(host.replace(/^\[(.*)\]$/, '$1'));
