import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const PREFIX = 'fi_';

/** A new random token: 256 bits, URL-safe, recognisable by its prefix in secret scanners. */
export function generateToken(): string {
  return PREFIX + randomBytes(32).toString('base64url');
}

/** Tokens are high-entropy, so one SHA-256 is enough; only the hash is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two tokens in constant time, through their hashes (equal lengths). */
export function tokensEqual(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(hashToken(a), 'hex'), Buffer.from(hashToken(b), 'hex'));
}
