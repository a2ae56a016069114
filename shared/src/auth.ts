// API tokens: an organisation's (manager or analyst role) or an admin's.
// Component names in the OpenAPI document: an id must not end in "Input", which the
// type provider appends to the input variant of every schema.
import { z } from 'zod';
import { ORGANISATION_ROLES, ROLES } from './constants.js';
import { Slug } from './slug.js';

export const TokenInput = z
  .union([
    z
      .object({
        name: z.string().trim().min(1).max(200),
        organisationId: Slug,
        role: z.enum(ORGANISATION_ROLES).default('manager').meta({
          description:
            "manager: changes its organisation's services, tokens, subscriptions and annotations; analyst: reads only. Default manager, as organisation tokens always were.",
        }),
      })
      .strict(),
    z.object({ name: z.string().trim().min(1).max(200), admin: z.literal(true) }).strict(),
  ])
  .meta({ id: 'NewToken', description: 'Either an organisation token (manager or analyst) or an admin token (admins only).' });
export type TokenInput = z.input<typeof TokenInput>;

export const TokenInfo = z
  .object({
    id: z.uuid(),
    name: z.string(),
    organisationId: z.string().nullable(),
    admin: z.boolean(),
    role: z.enum(ROLES),
    createdAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'TokenInfo' });

export const CreatedToken = TokenInfo.extend({
  token: z.string().meta({ description: 'Shown once; only its hash is stored.' }),
}).meta({ id: 'CreatedToken' });
