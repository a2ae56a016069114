import type { Kysely, Selectable } from 'kysely';
import type { Annotation } from '@feedbackinstrument/shared';
import type { AnnotationsTable, Database } from '../db/database.js';

export const toAnnotation = (row: Selectable<AnnotationsTable>): Annotation => ({
  id: row.id,
  serviceId: row.service_id,
  day: row.day,
  text: row.text,
  createdAt: row.created_at.toISOString(),
});

export async function insertAnnotation(db: Kysely<Database>, serviceId: string, day: string, text: string): Promise<Annotation> {
  return toAnnotation(
    await db.insertInto('annotations').values({ service_id: serviceId, day, text }).returningAll().executeTakeFirstOrThrow(),
  );
}

/** A service's annotations in day order, optionally within a period. */
export async function listAnnotations(
  db: Kysely<Database>,
  serviceId: string,
  period?: { from: string; to: string },
): Promise<Annotation[]> {
  let query = db.selectFrom('annotations').selectAll().where('service_id', '=', serviceId);
  if (period) query = query.where('day', '>=', period.from).where('day', '<=', period.to);
  return (await query.orderBy('day').orderBy('created_at').execute()).map(toAnnotation);
}

export async function findAnnotation(db: Kysely<Database>, serviceId: string, id: string): Promise<Annotation | null> {
  const row = await db.selectFrom('annotations').selectAll().where('service_id', '=', serviceId).where('id', '=', id).executeTakeFirst();
  return row ? toAnnotation(row) : null;
}

export async function deleteAnnotation(db: Kysely<Database>, serviceId: string, id: string): Promise<Annotation | null> {
  const row = await db.deleteFrom('annotations').where('service_id', '=', serviceId).where('id', '=', id).returningAll().executeTakeFirst();
  return row ? toAnnotation(row) : null;
}
