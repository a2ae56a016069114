import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CookieSecurity } from './session-cookie.js';

/**
 * What the callback must check, kept in the browser between the redirect to the provider
 * and the way back: state and nonce (bound to this browser) and the PKCE verifier. It is
 * SameSite=Lax, because the way back is a top-level navigation from the provider's site,
 * which a Strict cookie would not accompany. HttpOnly, 10 minutes, only sent to the
 * callback path, and deleted by the callback whatever the outcome.
 */
export const TRANSACTION_COOKIE = { secure: '__Secure-fi-sign-in', loopback: 'fi-sign-in' } as const;
export const TRANSACTION_PATH = '/dashboard/auth/callback';
const TEN_MINUTES = 600;

const Transaction = z.object({
  state: z.string().min(20).max(200),
  nonce: z.string().min(20).max(200),
  verifier: z.string().min(43).max(128),
  /** A dashboard path to go back to after signing in. */
  returnTo: z.string().max(500),
});
export type SignInTransaction = z.infer<typeof Transaction>;

function options(security: CookieSecurity, maxAge: number): CookieSerializeOptions {
  return { path: TRANSACTION_PATH, httpOnly: true, secure: security === 'secure', sameSite: 'lax', maxAge };
}

export function setTransactionCookie(reply: FastifyReply, security: CookieSecurity, transaction: SignInTransaction): void {
  reply.setCookie(
    TRANSACTION_COOKIE[security],
    Buffer.from(JSON.stringify(transaction)).toString('base64url'),
    options(security, TEN_MINUTES),
  );
}

export function readTransactionCookie(request: FastifyRequest, security: CookieSecurity): SignInTransaction | null {
  const raw = request.cookies[TRANSACTION_COOKIE[security]];
  if (!raw || raw.length > 2000) return null;
  try {
    const parsed = Transaction.safeParse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function clearTransactionCookie(reply: FastifyReply, security: CookieSecurity): void {
  reply.clearCookie(TRANSACTION_COOKIE[security], options(security, 0));
}

/** Only a path inside the dashboard may be returned to: never another site (open redirect). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string') return '/dashboard/';
  if (!/^\/dashboard\/[A-Za-z0-9\-._~/?=&%]*$/.test(value) || value.startsWith('/dashboard/auth/') || value.includes('//'))
    return '/dashboard/';
  return value;
}
