// A digital service of an organisation: its names, audience, channel, the origins allowed to
// embed the widget, follow-up questions, publication and IPDC product number.
// Component names in the OpenAPI document: an id must not end in "Input", which the
// type provider appends to the input variant of every schema.
import { z } from 'zod';
import { AUDIENCES, FOLLOW_UPS } from './constants.js';
import { linkFields } from './links.js';
import { isAllowedOrigin, ORIGIN_RULE } from './origin.js';
import { Slug } from './slug.js';

const Origin = z.string().max(300).refine(isAllowedOrigin, ORIGIN_RULE);

/**
 * The product number of the inter-governmental product catalogue (IPDC, the "productnummer"
 * of ipdc.vlaanderen.be, e.g. "1502" for a parking permit): digits only, 1 to 12.
 */
export const ProductId = z
  .string()
  .regex(/^[0-9]{1,12}$/, 'an IPDC product number: 1 to 12 digits, such as "1502"')
  .meta({ id: 'ProductId', description: 'The IPDC product number (1–12 digits) of the product this service delivers, e.g. "1502".' });

export const ServiceName = z
  .object({
    nl: z.string().trim().min(1).max(200),
    fr: z.string().trim().min(1).max(200).optional(),
    en: z.string().trim().min(1).max(200).optional(),
    de: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ServiceName = z.infer<typeof ServiceName>;

// The editable fields of a service, without defaults: a PATCH must never reset a field
// it does not name (a default here would wipe allowedOrigins on every edit).
const serviceFields = {
  name: ServiceName,
  audience: z.enum(AUDIENCES),
  channel: z.string().trim().min(1).max(100),
  allowedOrigins: z.array(Origin).max(50),
  followUps: z.array(z.enum(FOLLOW_UPS)).max(FOLLOW_UPS.length),
  publishFigures: z.boolean(),
  active: z.boolean(),
  productId: ProductId.nullable(),
  ...linkFields,
};

export const ServiceInput = z
  .object({
    id: Slug,
    organisationId: Slug,
    ...serviceFields,
    allowedOrigins: serviceFields.allowedOrigins.default([]),
    followUps: serviceFields.followUps.default([]),
    publishFigures: serviceFields.publishFigures.default(false),
    active: serviceFields.active.default(true),
    productId: serviceFields.productId.default(null),
    complaintsUrl: serviceFields.complaintsUrl.default(null),
    privacyUrl: serviceFields.privacyUrl.default(null),
    accessibilityUrl: serviceFields.accessibilityUrl.default(null),
  })
  .strict()
  .meta({ id: 'NewService' });
export type ServiceInput = z.input<typeof ServiceInput>;

export const ServicePatch = z
  .object(serviceFields)
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'send at least one field to change')
  .meta({ id: 'ServicePatch' });
export type ServicePatch = z.infer<typeof ServicePatch>;

export const Service = z
  .object({
    id: Slug,
    name: ServiceName,
    organisationId: Slug,
    audience: z.enum(AUDIENCES),
    channel: z.string(),
    allowedOrigins: z.array(z.string()),
    followUps: z.array(z.enum(FOLLOW_UPS)),
    publishFigures: z.boolean(),
    active: z.boolean(),
    productId: ProductId.nullable().meta({
      description:
        'The IPDC product number of the product this service delivers (null: none named); compares it with the same product elsewhere.',
    }),
    ...linkFields,
  })
  .meta({ id: 'Service' });
export type Service = z.infer<typeof Service>;
