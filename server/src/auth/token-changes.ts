import type { Kysely } from 'kysely';
import { z } from 'zod';
import { TokenInput } from '@feedbackinstrument/shared';
import { createToken as makeToken } from './create-token.js';
import type { Database } from '../db/database.js';
import { ApiError, badRequest, notFound } from '../http/api-error.js';
import { revokeToken as revokeTokenRow, type TokenInfo } from './token-repository.js';
import { checkInput, runChange, type ChangeActor } from '../changes/run-change.js';

/** What the audit log keeps of a token: never its value or hash. */
const audited = (token: TokenInfo) => ({ name: token.name, role: token.role, organisationId: token.organisationId });

const noOrganisation = () =>
  badRequest('There is no such organisation.', [{ path: 'organisationId', message: 'create the organisation first' }]);

/**
 * Makes a token: an admin any, a manager manager and analyst tokens of its own organisation
 * (another organisation is answered as an unknown one). The clear token is returned this once.
 */
export function createToken(db: Kysely<Database>, actor: ChangeActor, input: unknown): Promise<TokenInfo & { token: string }> {
  const data = checkInput(TokenInput, input);
  const principal = actor.principal;
  if (!principal.admin) {
    if (!('organisationId' in data)) throw new ApiError(403, 'forbidden', 'Only an admin makes admin tokens.');
    if (data.organisationId !== principal.organisationId) throw noOrganisation();
  }
  return runChange(db, actor, async ({ trx, audit }) => {
    const token = await makeToken(trx, data);
    if (!token) throw noOrganisation();
    await audit({
      action: 'token.create',
      organisationId: token.organisationId,
      target: { type: 'token', id: token.id },
      after: audited(token),
    });
    return token;
  });
}

/** Revokes a live token (a manager: of its own organisation only); 404 for any other id. */
export function revokeToken(db: Kysely<Database>, actor: ChangeActor, tokenId: string): Promise<TokenInfo> {
  const id = checkInput(z.object({ tokenId: z.uuid() }), { tokenId }).tokenId;
  return runChange(db, actor, async ({ trx, audit }) => {
    const token = await revokeTokenRow(trx, id, actor.principal.organisationId);
    if (!token) throw notFound('There is no live token with this id.');
    await audit({
      action: 'token.revoke',
      organisationId: token.organisationId,
      target: { type: 'token', id: token.id },
      before: audited(token),
    });
    return token;
  });
}
