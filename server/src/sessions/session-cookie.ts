import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * The session cookie. On https it is `__Host-` prefixed: the browser then guarantees it
 * was set by this host over https with Path=/ and no Domain, so a sibling subdomain
 * cannot plant one. On http://localhost (development) the prefix is not allowed.
 */
export const SESSION_COOKIE = { secure: '__Host-fi-session', loopback: 'fi-session' } as const;

export type CookieSecurity = keyof typeof SESSION_COOKIE;

function options(security: CookieSecurity, maxAgeSeconds: number): CookieSerializeOptions {
  return { path: '/', httpOnly: true, secure: security === 'secure', sameSite: 'strict', maxAge: maxAgeSeconds };
}

export function readSessionCookie(request: FastifyRequest, security: CookieSecurity): string | null {
  return request.cookies[SESSION_COOKIE[security]] ?? null;
}

/** The cookie lives as long as a session may at most; the server ends it earlier when idle. */
export function setSessionCookie(reply: FastifyReply, security: CookieSecurity, id: string, maxHours: number): void {
  reply.setCookie(SESSION_COOKIE[security], id, options(security, maxHours * 3600));
}

export function clearSessionCookie(reply: FastifyReply, security: CookieSecurity): void {
  reply.clearCookie(SESSION_COOKIE[security], options(security, 0));
}
