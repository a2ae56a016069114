import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DashboardSession, ErrorEnvelope, SignOutRedirect, TokenSignIn, type SignInError } from '@feedbackinstrument/shared';
import type { Principal } from '../../kernel/principal.js';
import { ApiError } from '../../http/api-error.js';
import { ownOrigin } from '../../http/own-origin.js';
import { principalFromClaims, displayNameOf } from '../../sessions/organisation-claim.js';
import {
  clearTransactionCookie,
  readTransactionCookie,
  safeReturnPath,
  setTransactionCookie,
  TRANSACTION_PATH,
} from '../../sessions/sign-in-transaction.js';
import { listOrganisations, organisationExists } from '../../organisations/organisations.js';
import { clearSessionCookie, setSessionCookie, type CookieSecurity } from '../../sessions/session-cookie.js';
import { createSession, deleteExpiredSessions, deleteSession, type NewSession, type Session } from '../../sessions/session-store.js';
import { isSameOriginRequest } from '../../sessions/request-origin.js';

// Sign-in and sign-out for the dashboard. They live beside it under /dashboard/auth/ and
// are not part of the API contract (hidden from the OpenAPI document): scripts use tokens.

const insecure = () =>
  new ApiError(403, 'forbidden', 'Signing in needs https (or http://localhost for development). Set PUBLIC_URL to the https address.');
const crossSite = () => new ApiError(403, 'forbidden', 'Sign-in and sign-out are only accepted from the dashboard page itself.');

export default async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const signInMethods = { oidc: app.oidc ? { providerName: app.oidc.providerName } : null, token: true as const };

  // Nothing about sign-in may be stored by a browser or proxy cache (this plugin's routes only).
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  const security = (request: FastifyRequest): CookieSecurity => {
    const value = app.cookieSecurityOf(request);
    if (!value) throw insecure();
    return value;
  };

  async function describe(session: Session): Promise<DashboardSession> {
    const organisation = session.principal.admin ? null : (await listOrganisations(app.db, session.principal.organisationId))[0];
    return {
      signedIn: true,
      signIn: signInMethods,
      admin: session.principal.admin,
      role: session.principal.role,
      organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      name: session.displayName,
      via: session.via,
      expiresAt: session.expiresAt.toISOString(),
    };
  }

  /** A fresh session (never one the browser brought along: no fixation), and its cookie. */
  async function openSession(
    request: FastifyRequest,
    reply: FastifyReply,
    cookieSecurity: CookieSecurity,
    input: NewSession,
  ): Promise<Session> {
    const previous = await app.sessionOf(request);
    if (previous) await deleteSession(app.db, previous.id);
    const { id, expiresAt } = await createSession(app.db, input, app.config.session);
    setSessionCookie(reply, cookieSecurity, id, app.config.session.maxHours);
    // Housekeeping on the way: sign-ins are rare enough to carry it.
    void deleteExpiredSessions(app.db, app.config.session).catch((error: unknown) =>
      request.log.warn({ err: error }, 'could not delete expired sessions'),
    );
    return { principal: input.principal, via: input.via, displayName: input.displayName, expiresAt };
  }

  r.get(
    '/dashboard/auth/session',
    { schema: { hide: true, response: { 200: DashboardSession } } },
    async (request): Promise<DashboardSession> => {
      const found = app.cookieSecurityOf(request) ? await app.sessionOf(request) : null;
      return found ? describe(found.session) : { signedIn: false, signIn: signInMethods };
    },
  );

  r.post(
    '/dashboard/auth/token',
    {
      schema: {
        hide: true,
        body: TokenSignIn,
        response: { 200: DashboardSession, 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 429: ErrorEnvelope },
      },
      config: { rateLimit: { max: 30, timeWindow: 60_000 } },
    },
    async (request, reply) => {
      const cookieSecurity = security(request);
      if (!isSameOriginRequest(request, app.config)) throw crossSite();
      const verified = await app.tokenFailures.judge(request, reply, await app.verifyToken(request.body.token));
      if (!verified) throw new ApiError(401, 'unauthorized', 'This token is not valid, or it was revoked.');
      const session = await openSession(request, reply, cookieSecurity, {
        principal: verified.principal,
        via: 'token',
        tokenId: verified.tokenId,
        displayName: verified.name,
      });
      return describe(session);
    },
  );

  // Ends our session; for one opened through OIDC, answers where the browser goes next so
  // the provider ends its session too (else, on a shared computer, the next person to sign
  // in would be signed in as this one without a password).
  r.post(
    '/dashboard/auth/sign-out',
    { schema: { hide: true, response: { 200: SignOutRedirect, 204: z.null(), 403: ErrorEnvelope } } },
    async (request, reply) => {
      const cookieSecurity = security(request);
      if (!isSameOriginRequest(request, app.config)) throw crossSite();
      const found = await app.sessionOf(request);
      const ended = found ? await deleteSession(app.db, found.id) : null;
      clearSessionCookie(reply, cookieSecurity);
      const back = () => new URL('/dashboard/sign-in', ownOrigin(app)).href;
      const provider = ended?.idToken && app.oidc ? await app.oidc.endSessionUrl(ended.idToken, back()) : null;
      if (provider) return reply.code(200).send({ redirect: provider.href });
      return reply.code(204).send(null);
    },
  );

  const signInPage = (error: SignInError) => `/dashboard/sign-in?error=${error}`;

  r.get(
    '/dashboard/auth/oidc',
    { schema: { hide: true, querystring: z.object({ returnTo: z.string().max(500).optional() }) } },
    async (request, reply) => {
      if (!app.oidc) throw new ApiError(404, 'not_found', 'Sign-in with OpenID Connect is not configured on this server (OIDC_ISSUER).');
      const cookieSecurity = app.cookieSecurityOf(request);
      if (!cookieSecurity) return reply.redirect(signInPage('insecure'), 303);
      try {
        const { url, transaction } = await app.oidc.start(callbackUrl().href, safeReturnPath(request.query.returnTo));
        setTransactionCookie(reply, cookieSecurity, transaction);
        return reply.redirect(url.href, 303);
      } catch (error) {
        request.log.warn({ err: error }, 'the OpenID Connect provider cannot be reached');
        return reply.redirect(signInPage('unavailable'), 303);
      }
    },
  );

  // The provider sends the browser back here with ?code&state (or ?error).
  r.get(TRANSACTION_PATH, { schema: { hide: true } }, async (request, reply) => {
    if (!app.oidc) throw new ApiError(404, 'not_found', 'Sign-in with OpenID Connect is not configured on this server (OIDC_ISSUER).');
    const cookieSecurity = app.cookieSecurityOf(request);
    if (!cookieSecurity) return reply.redirect(signInPage('insecure'), 303);
    const transaction = readTransactionCookie(request, cookieSecurity);
    clearTransactionCookie(reply, cookieSecurity);
    const query = new URL(request.url, 'http://x').searchParams;
    if (query.has('error')) return reply.redirect(signInPage('provider'), 303);
    // No cookie: it expired (10 minutes), or the way back landed in another browser.
    if (!transaction) return reply.redirect(signInPage('expired'), 303);

    let claims: Record<string, unknown>;
    let idToken: string;
    try {
      const url = callbackUrl();
      url.search = query.toString();
      const settings = app.config.oidc!;
      ({ claims, idToken } = await app.oidc.finish(url, transaction, [
        settings.organisationClaim,
        ...(settings.admin ? [settings.admin.claim] : []),
        ...(settings.roles.claim ? [settings.roles.claim] : []),
      ]));
    } catch (error) {
      // Only the error's name and message: never the code, tokens or claims.
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      request.log.warn({ error: { name, message } }, 'OpenID Connect sign-in failed');
      return reply.redirect(signInPage('failed'), 303);
    }

    const outcome = await principalFromClaims(claims, app.config.oidc!, (id) => organisationExists(app.db, id));
    if ('noAccess' in outcome) {
      const params = new URLSearchParams({ reason: outcome.noAccess });
      if (outcome.noAccess === 'unknown-organisation') params.set('organisation', outcome.claimed[0]!.slice(0, 100));
      return reply.redirect(`/dashboard/no-access?${params}`, 303);
    }
    await openSession(request, reply, cookieSecurity, {
      principal: outcome.principal satisfies Principal,
      via: 'oidc',
      tokenId: null,
      displayName: displayNameOf(claims),
      idToken,
    });
    return reply.redirect(transaction.returnTo, 303);
  });

  function callbackUrl(): URL {
    return new URL(TRANSACTION_PATH, ownOrigin(app));
  }
}
