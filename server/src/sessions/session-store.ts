import { sql, type Kysely } from 'kysely';
import { principalOf, type Principal } from '../kernel/principal.js';
import type { Database } from '../db/database.js';
import { hashSessionId, newSessionId } from './session-id.js';

export interface SessionLimits {
  idleMinutes: number;
  maxHours: number;
}

export interface NewSession {
  principal: Principal;
  via: 'oidc' | 'token';
  /** The API token signed in with (its revocation ends the session); null for OIDC and the env admin token. */
  tokenId: string | null;
  /** The person's name from the identity provider, or the token's name. */
  displayName: string | null;
  /** OIDC: the provider's ID token, to end the provider's session at sign-out too. */
  idToken?: string | null;
}

export interface Session {
  principal: Principal;
  via: 'oidc' | 'token';
  displayName: string | null;
  /** When the session ends at the latest (absolute limit). */
  expiresAt: Date;
}

/** Writing last_seen_at on every request would cost a write per call; once a minute is precise enough. */
const TOUCH_AFTER_MS = 60_000;

/** Stores a new session and returns its id (the only time the clear id exists on the server). */
export async function createSession(
  db: Kysely<Database>,
  session: NewSession,
  limits: SessionLimits,
): Promise<{ id: string; expiresAt: Date }> {
  const id = newSessionId();
  const row = await db
    .insertInto('dashboard_sessions')
    .values({
      id_hash: hashSessionId(id),
      organisation_id: session.principal.organisationId,
      is_admin: session.principal.admin,
      role: session.principal.role,
      via: session.via,
      token_id: session.tokenId,
      display_name: session.displayName?.slice(0, 200) ?? null,
      oidc_id_token: session.idToken ?? null,
      last_seen_at: sql<Date>`now()`,
      expires_at: sql<Date>`now() + make_interval(hours => ${limits.maxHours})`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
  return { id, expiresAt: new Date(row.expires_at) };
}

/**
 * The live session with this id: not past its absolute end, used within the idle limit,
 * and (when opened with an API token) that token not revoked. Refreshes last_seen_at.
 * The database clock decides, so every instance agrees on expiry.
 */
export async function findSession(db: Kysely<Database>, id: string, limits: SessionLimits): Promise<Session | null> {
  const row = await db
    .selectFrom('dashboard_sessions as s')
    .leftJoin('api_tokens as t', 't.id', 's.token_id')
    .select([
      's.id_hash',
      's.organisation_id',
      's.is_admin',
      's.role',
      's.via',
      's.display_name',
      's.expires_at',
      sql<boolean>`s.last_seen_at < now() - make_interval(secs => ${TOUCH_AFTER_MS / 1000})`.as('stale'),
    ])
    .where('s.id_hash', '=', hashSessionId(id))
    .where(sql<boolean>`s.expires_at > now()`)
    .where(sql<boolean>`s.last_seen_at > now() - make_interval(mins => ${limits.idleMinutes})`)
    .where((eb) => eb.or([eb('s.token_id', 'is', null), eb('t.revoked_at', 'is', null)]))
    .executeTakeFirst();
  if (!row) return null;
  if (row.stale) {
    await db.updateTable('dashboard_sessions').set({ last_seen_at: sql<Date>`now()` }).where('id_hash', '=', row.id_hash).execute();
  }
  return {
    principal: principalOf(row),
    via: row.via,
    displayName: row.display_name,
    expiresAt: new Date(row.expires_at),
  };
}

/** Ends a session for good (sign-out). Null when there was none; else its provider's ID token, if any. */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<{ idToken: string | null } | null> {
  const row = await db
    .deleteFrom('dashboard_sessions')
    .where('id_hash', '=', hashSessionId(id))
    .returning('oidc_id_token')
    .executeTakeFirst();
  return row ? { idToken: row.oidc_id_token } : null;
}

/** Removes sessions that can no longer be used; returns how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, limits: SessionLimits): Promise<number> {
  const result = await db
    .deleteFrom('dashboard_sessions')
    .where((eb) =>
      eb.or([
        eb(sql<Date>`expires_at`, '<=', sql<Date>`now()`),
        eb(sql<Date>`last_seen_at`, '<=', sql<Date>`now() - make_interval(mins => ${limits.idleMinutes})`),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
