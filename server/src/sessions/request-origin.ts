import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config.js';

/**
 * The origin browsers use for this server: PUBLIC_URL when set (behind a proxy that
 * terminates TLS), else what the request itself says (its Host, and its protocol, which
 * follows X-Forwarded-Proto only with TRUST_PROXY). Only for comparing with the request's own
 * Origin (CSRF) and choosing cookie flags: a forged Host gains nothing there, as the session
 * cookie is never sent to another host. Absolute URLs are built with http/own-origin.ts.
 */
export function publicOrigin(request: FastifyRequest, config: AppConfig): string {
  if (config.publicUrl) return new URL(config.publicUrl).origin;
  return `${request.protocol}://${request.host}`;
}

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(:\d+)?$/i;

/**
 * Session cookies need https, except on this machine (http://localhost, 127.0.0.1, [::1])
 * for development and tests. Null: the origin can carry no session at all.
 */
export function cookieSecurity(origin: string): 'secure' | 'loopback' | null {
  const url = new URL(origin);
  if (url.protocol === 'https:') return 'secure';
  return LOOPBACK.test(url.host) ? 'loopback' : null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const isSafeMethod = (request: FastifyRequest): boolean => SAFE_METHODS.has(request.method);

/**
 * CSRF defence for requests carried by the session cookie (besides SameSite=Strict): a
 * state-changing request must come from a page of this origin. Browsers send Origin on
 * every non-GET/HEAD request and pages cannot forge it; a missing Origin (a non-browser
 * client holding someone's cookie) is refused as well.
 */
export function isSameOriginRequest(request: FastifyRequest, config: AppConfig): boolean {
  const origin = request.headers.origin;
  return typeof origin === 'string' && origin === publicOrigin(request, config);
}
