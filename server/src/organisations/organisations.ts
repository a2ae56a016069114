import type { Kysely } from 'kysely';
import type { Organisation, OrganisationInput, OrganisationPatch } from '@feedbackinstrument/shared';
import type { Database, OrganisationRow } from '../db/database.js';
import { linkColumns, linksOf } from './link-columns.js';

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  level: row.level,
  policyDomain: row.policy_domain,
  demo: row.demo,
  ...linksOf(row),
});

/** Inserts an organisation; false when the id is taken. */
export async function insertOrganisation(db: Kysely<Database>, input: OrganisationInput): Promise<Organisation | null> {
  const row = await db
    .insertInto('organisations')
    .values({ id: input.id, name: input.name, level: input.level, policy_domain: input.policyDomain ?? null, ...linkColumns(input) })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export async function upsertOrganisation(db: Kysely<Database>, input: OrganisationInput): Promise<void> {
  const values = { name: input.name, level: input.level, policy_domain: input.policyDomain ?? null, ...linkColumns(input) };
  await db
    .insertInto('organisations')
    .values({ id: input.id, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute();
}

export async function listOrganisations(db: Kysely<Database>, onlyId?: string): Promise<Organisation[]> {
  let query = db.selectFrom('organisations').selectAll().orderBy('id');
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  return (await query.execute()).map(toOrganisation);
}

export async function organisationExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Changes an organisation's links; null when there is no such organisation. */
export async function updateOrganisation(db: Kysely<Database>, id: string, patch: OrganisationPatch): Promise<Organisation | null> {
  const row = await db.updateTable('organisations').set(linkColumns(patch)).where('id', '=', id).returningAll().executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export async function findOrganisation(db: Kysely<Database>, id: string): Promise<Organisation | null> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toOrganisation(row) : null;
}
