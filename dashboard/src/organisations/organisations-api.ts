import { Organisation, type OrganisationPatch } from '@feedbackinstrument/shared';
import { requestJson } from '../kernel/api-client.js';

/** The organisation's default links (admins, or managers of the organisation). */
export const updateOrganisation = (organisationId: string, patch: OrganisationPatch) =>
  requestJson(`/v1/organisations/${encodeURIComponent(organisationId)}`, Organisation, { method: 'PATCH', body: patch });
