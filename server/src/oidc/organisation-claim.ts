import { ADMIN, type Principal } from '../auth/principal.js';
import type { OidcSettings } from '../config.js';

export type Claims = Record<string, unknown>;

/** A claim by name, or by a dotted path into nested objects ("org.id"); a name with dots is tried first. */
export function claimAt(claims: Claims, path: string): unknown {
  if (path in claims) return claims[path];
  let value: unknown = claims;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** A claim's value as strings: a string, or the strings of an array. */
function claimStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()].filter(Boolean);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter(Boolean);
  return [];
}

export type ClaimOutcome =
  | { principal: Principal }
  | { noAccess: 'no-organisation-claim' }
  | { noAccess: 'unknown-organisation'; claimed: string[] };

/**
 * Who the signed-in person is for the API: an admin when the admin claim holds the admin
 * value; else the organisation their organisation claim names, when it is one this server
 * knows. A claim with several values (someone who works for several organisations) gives
 * the first known one in the order the provider sent them.
 */
export async function principalFromClaims(
  claims: Claims,
  settings: Pick<OidcSettings, 'organisationClaim' | 'admin'>,
  organisationExists: (id: string) => Promise<boolean>,
): Promise<ClaimOutcome> {
  if (settings.admin && claimStrings(claimAt(claims, settings.admin.claim)).includes(settings.admin.value)) return { principal: ADMIN };
  const claimed = claimStrings(claimAt(claims, settings.organisationClaim));
  if (claimed.length === 0) return { noAccess: 'no-organisation-claim' };
  // Organisation ids are lower-case slugs; a provider may send codes in capitals ("OVO002949").
  for (const id of claimed.flatMap((c) => (c === c.toLowerCase() ? [c] : [c, c.toLowerCase()]))) {
    if (await organisationExists(id)) return { principal: { admin: false, organisationId: id } };
  }
  return { noAccess: 'unknown-organisation', claimed };
}

/** A name to greet the person with: never an identifier that is not meant to be shown. */
export function displayNameOf(claims: Claims): string | null {
  for (const key of ['name', 'preferred_username']) {
    const value = claims[key];
    if (typeof value === 'string' && value.trim()) return value.trim().slice(0, 200);
  }
  const given = typeof claims.given_name === 'string' ? claims.given_name : '';
  const family = typeof claims.family_name === 'string' ? claims.family_name : '';
  return `${given} ${family}`.trim() || null;
}
