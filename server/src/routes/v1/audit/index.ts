import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery, ErrorEnvelope, type AuditEntry } from '@feedbackinstrument/shared';
import { decodeCursor, encodeCursor } from '../../../remarks/cursor.js';
import { listAuditRows, type AuditRow } from '../../../audit/audit-log.js';

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: new Date(row.at).toISOString(),
  organisationId: row.organisation_id,
  actor: { name: row.actor, role: row.actor_role, via: row.via },
  action: row.action,
  target: { type: row.target_type, id: row.target_id },
  before: (row.before as Record<string, unknown> | null) ?? null,
  after: (row.after as Record<string, unknown> | null) ?? null,
});

export default async function auditRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/v1/audit', {
    onRequest: app.requireManager,
    schema: {
      operationId: 'listAuditEntries',
      tags: ['administration'],
      summary: 'The audit log: every change, newest first (manager: own organisation; admin: all)',
      description:
        'Every change made through the API, the dashboard or the command line (services, tokens, alert subscriptions, ' +
        'annotations, erased remarks): when, who (the token name or the signed-in person), what, and for settings the ' +
        'changed fields before and after. Never a secret. Cursor-paginated: pass `nextCursor` as `cursor`.',
      querystring: AuditQuery,
      response: { 200: AuditPage, 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope },
    },
    handler: async (request) => {
      const principal = request.principal!;
      const { limit, cursor, organisation } = request.query;
      // A manager sees its own organisation whatever it asks for; asking for another one gives an empty page.
      if (!principal.admin && organisation !== undefined && organisation !== principal.organisationId)
        return { entries: [], nextCursor: null };
      const scope = principal.admin ? organisation : principal.organisationId;
      const position = cursor === undefined ? null : decodeCursor(cursor);
      const rows = await listAuditRows(app.db, scope, limit + 1, position && { at: position.receivedAt, id: position.id });
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        entries: page.map(toEntry),
        nextCursor: rows.length > limit && last ? encodeCursor({ receivedAt: last.position, id: last.id }) : null,
      };
    },
  });
}
