/** Who is calling an analyst or administration endpoint. */
export type Principal = { admin: true; organisationId: null } | { admin: false; organisationId: string };

export const ADMIN: Principal = { admin: true, organisationId: null };

/** An organisation token sees only its own organisation; an admin sees all. */
export function canAccessOrganisation(principal: Principal, organisationId: string): boolean {
  return principal.admin || principal.organisationId === organisationId;
}
