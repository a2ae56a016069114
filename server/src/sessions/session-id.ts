import { createHash, randomBytes } from 'node:crypto';

/** A new session id: 256 random bits, URL-safe. It is only ever sent in the cookie. */
export function newSessionId(): string {
  return randomBytes(32).toString('base64url');
}

/** Session ids are high-entropy, so one SHA-256 is enough; only the hash is stored. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex');
}

/** A cookie value that can be a session id at all (anything else is not looked up). */
export const looksLikeSessionId = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
