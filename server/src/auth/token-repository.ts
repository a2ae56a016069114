import type { Kysely } from 'kysely';
import type { Role } from '@feedbackinstrument/shared/constants';
import type { Database, TokenRow } from '../db/database.js';

export interface TokenInfo {
  id: string;
  name: string;
  organisationId: string | null;
  admin: boolean;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

export const toTokenInfo = (row: TokenRow): TokenInfo => ({
  id: row.id,
  name: row.name,
  organisationId: row.organisation_id,
  admin: row.is_admin,
  role: row.role,
  createdAt: new Date(row.created_at).toISOString(),
  revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
});

export async function insertToken(
  db: Kysely<Database>,
  token: { name: string; organisationId: string | null; role: Role; hash: string },
): Promise<TokenInfo> {
  const row = await db
    .insertInto('api_tokens')
    .values({
      name: token.name,
      organisation_id: token.organisationId,
      is_admin: token.role === 'admin',
      role: token.role,
      token_hash: token.hash,
    })
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

/** Revokes a live token (of this organisation only, when given); the revoked token, or null. */
export async function revokeToken(db: Kysely<Database>, id: string, organisationId: string | null = null): Promise<TokenInfo | null> {
  let query = db.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).where('revoked_at', 'is', null);
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  const row = await query.returningAll().executeTakeFirst();
  return row ? toTokenInfo(row) : null;
}

/** Every token (admin), or the tokens of one organisation. */
export async function listTokens(db: Kysely<Database>, organisationId: string | null = null): Promise<TokenInfo[]> {
  let query = db.selectFrom('api_tokens').selectAll().orderBy('created_at');
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  return (await query.execute()).map(toTokenInfo);
}
