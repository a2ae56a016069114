import type { Kysely } from 'kysely';
import type { Organisation, OrganisationInput } from '@feedbackinstrument/shared';
import type { Database, OrganisationRow } from '../db/database.js';

const toOrganisation = (row: OrganisationRow): Organisation => ({
  id: row.id,
  name: row.name,
  level: row.level,
  policyDomain: row.policy_domain,
  demo: row.demo,
});

/** Inserts an organisation; false when the id is taken. */
export async function insertOrganisation(db: Kysely<Database>, input: OrganisationInput): Promise<Organisation | null> {
  const row = await db
    .insertInto('organisations')
    .values({ id: input.id, name: input.name, level: input.level, policy_domain: input.policyDomain ?? null })
    .onConflict((oc) => oc.column('id').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toOrganisation(row) : null;
}

export async function upsertOrganisation(db: Kysely<Database>, input: OrganisationInput): Promise<void> {
  const values = { name: input.name, level: input.level, policy_domain: input.policyDomain ?? null };
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
