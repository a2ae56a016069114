import type { Kysely } from 'kysely';
import type { Database, TokenRow } from '../db/database.js';

export interface TokenInfo {
  id: string;
  name: string;
  organisationId: string | null;
  admin: boolean;
  createdAt: string;
  revokedAt: string | null;
}

export const toTokenInfo = (row: TokenRow): TokenInfo => ({
  id: row.id,
  name: row.name,
  organisationId: row.organisation_id,
  admin: row.is_admin,
  createdAt: new Date(row.created_at).toISOString(),
  revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
});

export async function insertToken(
  db: Kysely<Database>,
  token: { name: string; organisationId: string | null; admin: boolean; hash: string },
): Promise<TokenInfo> {
  const row = await db
    .insertInto('api_tokens')
    .values({ name: token.name, organisation_id: token.organisationId, is_admin: token.admin, token_hash: token.hash })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toTokenInfo(row);
}

/** The live (not revoked) token with this hash. */
export async function findLiveTokenByHash(db: Kysely<Database>, hash: string): Promise<TokenRow | null> {
  const row = await db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

export async function revokeToken(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listTokens(db: Kysely<Database>): Promise<TokenInfo[]> {
  return (await db.selectFrom('api_tokens').selectAll().orderBy('created_at').execute()).map(toTokenInfo);
}
