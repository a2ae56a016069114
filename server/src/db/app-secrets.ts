import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

/** A secret shared by all instances: made by whichever instance asks first. */
export async function sharedSecret(db: Kysely<Database>, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}

/** Deletes the secrets of a series (`prefix…`) named before `keep`: old daily keys. */
export async function deleteOlderSecrets(db: Kysely<Database>, prefix: string, keep: string): Promise<void> {
  await db.deleteFrom('app_secrets').where('name', 'like', `${prefix}%`).where('name', '<', keep).execute();
}
