import type { Kysely } from 'kysely';
import type { TokenInput } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { organisationExists } from '../organisations/organisations.js';
import { insertToken, type TokenInfo } from './token-repository.js';
import { generateToken, hashToken } from './tokens.js';

/** Makes a token and stores its hash; the clear token is returned this once. Null: unknown organisation. */
export async function createToken(db: Kysely<Database>, input: TokenInput): Promise<(TokenInfo & { token: string }) | null> {
  const organisationId = 'organisationId' in input ? input.organisationId : null;
  if (organisationId !== null && !(await organisationExists(db, organisationId))) return null;
  const token = generateToken();
  const role = 'organisationId' in input ? (input.role ?? 'manager') : 'admin';
  const info = await insertToken(db, { name: input.name, organisationId, role, hash: hashToken(token) });
  return { ...info, token };
}
