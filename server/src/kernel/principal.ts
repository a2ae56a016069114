import type { OrganisationRole, Role } from '@feedbackinstrument/shared/constants';

/** Who is calling an analyst or administration endpoint, and in which role. */
export type Principal =
  | { admin: true; role: 'admin'; organisationId: null }
  | { admin: false; role: OrganisationRole; organisationId: string };

export const ADMIN: Principal = { admin: true, role: 'admin', organisationId: null };

export function organisationPrincipal(organisationId: string, role: OrganisationRole): Principal {
  return { admin: false, role, organisationId };
}

/** The principal stored for a token or a session row. */
export function principalOf(row: { is_admin: boolean; role: Role; organisation_id: string | null }): Principal {
  if (row.is_admin || row.role === 'admin') return ADMIN;
  return organisationPrincipal(row.organisation_id!, row.role);
}

/** An organisation token sees only its own organisation; an admin sees all. */
export function canAccessOrganisation(principal: Principal, organisationId: string): boolean {
  return principal.admin || principal.organisationId === organisationId;
}

/** Managers and admins change things; analysts only read. */
export function mayChange(principal: Principal): boolean {
  return principal.role !== 'analyst';
}
