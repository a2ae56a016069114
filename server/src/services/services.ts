import type { Kysely } from 'kysely';
import { ServiceInput as ServiceInputSchema, type Service, type ServiceInput, type ServicePatch } from '@feedbackinstrument/shared';
import type { FollowUp } from '@feedbackinstrument/shared/constants';
import type { Database, ServiceRow } from '../db/database.js';
import { linkColumns, linksOf } from '../organisations/link-columns.js';

export function toService(row: ServiceRow): Service {
  return {
    id: row.id,
    name: row.name as Service['name'],
    organisationId: row.organisation_id,
    audience: row.audience,
    channel: row.channel,
    allowedOrigins: row.allowed_origins,
    followUps: row.follow_ups as FollowUp[],
    publishFigures: row.publish_figures,
    active: row.active,
    productId: row.product_id,
    ...linksOf(row),
  };
}

function columns(input: Omit<Partial<Service>, 'id'>) {
  return {
    ...(input.name !== undefined && { name: JSON.stringify(input.name) }),
    ...(input.organisationId !== undefined && { organisation_id: input.organisationId }),
    ...(input.audience !== undefined && { audience: input.audience }),
    ...(input.channel !== undefined && { channel: input.channel }),
    ...(input.allowedOrigins !== undefined && { allowed_origins: input.allowedOrigins }),
    ...(input.followUps !== undefined && { follow_ups: [...new Set(input.followUps)] }),
    ...(input.publishFigures !== undefined && { publish_figures: input.publishFigures }),
    ...(input.active !== undefined && { active: input.active }),
    ...(input.productId !== undefined && { product_id: input.productId }),
    ...linkColumns(input),
  };
}

export async function findService(db: Kysely<Database>, id: string): Promise<Service | null> {
  const row = await db.selectFrom('services').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toService(row) : null;
}

/** Inserts a service; null when the id is taken. */
export async function insertService(db: Kysely<Database>, input: ServiceInput): Promise<Service | null> {
  const full = ServiceInputSchema.parse(input);
  const row = await db
    .insertInto('services')
    .values({ id: full.id, ...columns(full) } as never)
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toService(row) : null;
}

export async function upsertService(db: Kysely<Database>, input: ServiceInput): Promise<void> {
  const full = ServiceInputSchema.parse(input);
  const values = columns(full);
  await db
    .insertInto('services')
    .values({ id: full.id, ...values } as never)
    .onConflict((oc) => oc.column('id').doUpdateSet({ ...values, updated_at: new Date() } as never))
    .execute();
}

export async function updateService(db: Kysely<Database>, id: string, patch: ServicePatch): Promise<Service | null> {
  const row = await db
    .updateTable('services')
    .set({ ...columns(patch), updated_at: new Date() } as never)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row ? toService(row) : null;
}

export async function listServices(db: Kysely<Database>, organisationId?: string): Promise<Service[]> {
  let query = db.selectFrom('services').selectAll().orderBy('organisation_id').orderBy('id');
  if (organisationId !== undefined) query = query.where('organisation_id', '=', organisationId);
  return (await query.execute()).map(toService);
}
