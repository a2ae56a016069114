import type { OrganisationRole } from '@feedbackinstrument/shared/constants';
import { ADMIN, organisationPrincipal, type Principal } from '../kernel/principal.js';
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
  if (Array.isArray(value))
    return value
      .filter((v): v is string => typeof v === 'string')
      .map((v) => v.trim())
      .filter(Boolean);
  return [];
}

export type ClaimOutcome =
  | { principal: Principal }
  | { noAccess: 'no-organisation-claim' }
  | { noAccess: 'no-role' }
  | { noAccess: 'unknown-organisation'; claimed: string[] };

/** Organisation ids are lower-case slugs; a provider may send codes in capitals ("OVO002949"). */
const idCandidates = (claimed: string): string[] => (claimed === claimed.toLowerCase() ? [claimed] : [claimed, claimed.toLowerCase()]);

type RoleSettings = OidcSettings['roles'];
const DEFAULT_ROLES: RoleSettings = { claim: null, manager: 'manager', analyst: 'analyst', defaultRole: 'analyst' };

/**
 * Who the signed-in person is for the API: an admin when the admin claim holds the admin
 * value. Else, with a role claim, its role strings decide: "NAME:ORGANISATION" (as ACM/IDM
 * hands out one role string per organisation) or a bare "NAME" for the organisation that the
 * organisation claim names; NAME is the configured manager or analyst role name. Without a
 * role claim, the organisation claim's organisation with the default role. Several
 * organisations: the first known one in the order the provider sent them, and for one
 * organisation with both roles, manager.
 */
export async function principalFromClaims(
  claims: Claims,
  settings: Pick<OidcSettings, 'organisationClaim' | 'admin'> & { roles?: RoleSettings },
  organisationExists: (id: string) => Promise<boolean>,
): Promise<ClaimOutcome> {
  const roles = settings.roles ?? DEFAULT_ROLES;
  if (settings.admin && claimStrings(claimAt(claims, settings.admin.claim)).includes(settings.admin.value)) return { principal: ADMIN };
  const organisationsClaimed = claimStrings(claimAt(claims, settings.organisationClaim));

  if (roles.claim === null) {
    if (organisationsClaimed.length === 0) return { noAccess: 'no-organisation-claim' };
    for (const id of organisationsClaimed.flatMap(idCandidates)) {
      if (await organisationExists(id)) return { principal: organisationPrincipal(id, roles.defaultRole) };
    }
    return { noAccess: 'unknown-organisation', claimed: organisationsClaimed };
  }

  const granted: Array<{ organisation: string; role: OrganisationRole }> = [];
  for (const value of claimStrings(claimAt(claims, roles.claim))) {
    const colon = value.lastIndexOf(':');
    const name = colon === -1 ? value : value.slice(0, colon);
    const role: OrganisationRole | null = name === roles.manager ? 'manager' : name === roles.analyst ? 'analyst' : null;
    if (!role) continue;
    const organisations = colon === -1 ? organisationsClaimed : [value.slice(colon + 1).trim()];
    for (const organisation of organisations.filter(Boolean)) granted.push({ organisation, role });
  }
  if (granted.length === 0) return { noAccess: 'no-role' };
  for (const { organisation } of granted) {
    for (const id of idCandidates(organisation)) {
      if (!(await organisationExists(id))) continue;
      const isManager = granted.some((g) => g.role === 'manager' && idCandidates(g.organisation).includes(id));
      return { principal: organisationPrincipal(id, isManager ? 'manager' : 'analyst') };
    }
  }
  return { noAccess: 'unknown-organisation', claimed: granted.map((g) => g.organisation) };
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
