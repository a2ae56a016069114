// An organisation (a government body with its level and policy domain) and the citizen's
// links its services show unless they set their own.
// Component names in the OpenAPI document: an id must not end in "Input", which the
// type provider appends to the input variant of every schema.
import { z } from 'zod';
import { LEVELS } from './constants.js';
import { linkFields } from './links.js';
import { Slug } from './slug.js';

export const OrganisationInput = z
  .object({
    id: Slug,
    name: z.string().trim().min(1).max(200),
    level: z.enum(LEVELS),
    policyDomain: z.string().trim().min(1).max(200).optional(),
    complaintsUrl: linkFields.complaintsUrl.optional(),
    privacyUrl: linkFields.privacyUrl.optional(),
    accessibilityUrl: linkFields.accessibilityUrl.optional(),
  })
  .strict()
  .meta({ id: 'NewOrganisation' });
export type OrganisationInput = z.infer<typeof OrganisationInput>;

export const Organisation = OrganisationInput.extend({
  policyDomain: z.string().nullable(),
  ...linkFields,
  demo: z.boolean().meta({
    description: 'True for the made-up demo data of a first start of the embedded database (remove it with `pnpm cli demo remove`).',
  }),
}).meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof Organisation>;

/** What PATCH /v1/organisations/:id changes: the links its services show unless they set their own. */
export const OrganisationPatch = z
  .object(linkFields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'send at least one field to change')
  .meta({ id: 'OrganisationPatch' });
export type OrganisationPatch = z.infer<typeof OrganisationPatch>;
