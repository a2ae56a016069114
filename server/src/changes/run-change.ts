import { userInfo } from 'node:os';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { recordAudit, type AuditChange } from '../audit/record-audit.js';
import { ADMIN, type Principal } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { badRequest } from '../http/api-error.js';
import { forbiddenTextIn } from '../http/text-input.js';

// The change layer: every change of settings (organisations, services, tokens, annotations,
// alert subscriptions, erased remarks, imports, demo data), whoever makes it (the API, and
// through it the dashboard; the CLI; the server's first start), goes through one function
// per change in this folder. That function checks the input and the caller's scope, writes,
// and writes the audit row, all in one transaction: there is no change without its row.

/** Who makes a change. `system`: the server itself (the first start's sample and demo data). */
export interface ChangeActor {
  kind: 'token' | 'session' | 'cli' | 'system';
  /** The token's name, the signed-in person, the OS user of the command line, or what the system did. */
  name: string;
  /** Whose rules apply: the CLI and the system act as admins. */
  principal: Principal;
}

/** The authenticated caller of a request. */
export function requestActor(request: FastifyRequest): ChangeActor {
  if (!request.principal || !request.actor) throw new Error('requestActor needs an authenticated request');
  return { kind: request.actor.via, name: request.actor.name, principal: request.principal };
}

/** The command line, named by the user that runs it. */
export function cliActor(): ChangeActor {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // No user name on this machine (a container without a passwd entry).
  }
  return { kind: 'cli', name: user ? `${user} (command line)` : 'command line', principal: ADMIN };
}

/** The server itself, e.g. "first start: sample services". */
export const systemActor = (what: string): ChangeActor => ({ kind: 'system', name: `system: ${what}`, principal: ADMIN });

export interface Change {
  /** The change's transaction: write with it, and only with it. */
  trx: Kysely<Database>;
  actor: ChangeActor;
  /** Writes the audit row of (a part of) the change, in its transaction. */
  audit(entry: AuditChange): Promise<void>;
}

/**
 * Runs a change in one transaction with its audit rows. Called inside another change's
 * transaction (an import is many changes), it joins that transaction: all or nothing.
 */
export async function runChange<T>(db: Kysely<Database>, actor: ChangeActor, work: (change: Change) => Promise<T>): Promise<T> {
  const inside = (trx: Kysely<Database>) =>
    work({
      trx,
      actor,
      audit: (entry) => recordAudit(trx, { name: actor.name, role: actor.principal.role, via: actor.kind }, entry),
    });
  return db.isTransaction ? inside(db) : db.transaction().execute(inside);
}

/**
 * Checks input as the API does (its text rules, then its schema), for callers other than
 * the API, which pass unchecked input: 400 with a detail per field.
 */
export function checkInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const forbidden = forbiddenTextIn(input, '');
  if (forbidden.length > 0) throw badRequest('The input is not valid; see details for each field.', forbidden);
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw badRequest(
    'The input is not valid; see details for each field.',
    parsed.error.issues.map((issue) => ({ path: issue.path.map(String).join('.') || '(input)', message: issue.message })),
  );
}
