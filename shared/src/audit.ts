// The audit log (GET /v1/audit): every change made through the API, the dashboard or the CLI.
import { z } from 'zod';
import { ROLES } from './constants.js';
import { Slug } from './slug.js';

export const AuditEntry = z
  .object({
    id: z.uuid(),
    at: z.string().meta({ description: 'When the change was made (ISO 8601).' }),
    organisationId: z
      .string()
      .nullable()
      .meta({ description: 'The organisation the change concerns; null for changes of no single organisation.' }),
    actor: z.object({
      name: z.string().meta({ description: "The token's name, or the signed-in person's display name." }),
      role: z.enum(ROLES),
      via: z.enum(['token', 'session', 'cli', 'system']),
    }),
    action: z
      .string()
      .meta({ description: 'What was done, e.g. service.create, service.update, token.create, token.revoke, remark.erase.' }),
    target: z.object({ type: z.string(), id: z.string() }),
    before: z
      .record(z.string(), z.unknown())
      .nullable()
      .meta({ description: 'The changed fields before the change (settings only; never a secret).' }),
    after: z.record(z.string(), z.unknown()).nullable().meta({ description: 'The changed fields after the change (never a secret).' }),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    organisation: Slug.optional().meta({ description: 'Admins: only this organisation. Managers always see their own.' }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(200).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z
  .object({
    entries: z.array(AuditEntry),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'AuditPage' });
export type AuditPage = z.infer<typeof AuditPage>;
