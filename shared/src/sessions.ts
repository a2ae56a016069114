// The dashboard's sign-in state (GET /dashboard/auth/session) and token sign-in body.
import { z } from 'zod';
import { ROLES } from './constants.js';
import { Slug } from './slug.js';

export const SIGN_IN_ERRORS = ['expired', 'failed', 'provider', 'unavailable', 'insecure'] as const;
export type SignInError = (typeof SIGN_IN_ERRORS)[number];

export const SignInMethods = z.object({
  /** OpenID Connect sign-in, when configured; its button names the provider. */
  oidc: z.object({ providerName: z.string().nullable() }).nullable(),
  /** Sign-in with an API token is always possible. */
  token: z.literal(true),
});
export type SignInMethods = z.infer<typeof SignInMethods>;

export const DashboardSession = z.discriminatedUnion('signedIn', [
  z.object({ signedIn: z.literal(false), signIn: SignInMethods }),
  z.object({
    signedIn: z.literal(true),
    signIn: SignInMethods,
    admin: z.boolean(),
    role: z.enum(ROLES).meta({ description: 'admin: every organisation; manager: changes its organisation; analyst: reads only.' }),
    organisation: z.object({ id: Slug, name: z.string() }).nullable(),
    name: z.string().nullable().meta({ description: 'The name to greet: from the identity provider, or the API token name.' }),
    via: z.enum(['oidc', 'token']),
    expiresAt: z.string().meta({ description: 'When the session ends at the latest (ISO 8601); it ends earlier when idle.' }),
  }),
]);
export type DashboardSession = z.infer<typeof DashboardSession>;

/**
 * POST /dashboard/auth/sign-out of a session from an OpenID Connect provider: where the
 * browser goes so the provider ends its session too (otherwise 204, nothing to do).
 */
export const SignOutRedirect = z.object({ redirect: z.url() });
export type SignOutRedirect = z.infer<typeof SignOutRedirect>;

/** The `state` the provider hands back on its way to the sign-in page after signing out there. */
export const SIGNED_OUT_STATE = 'signed-out';

export const TokenSignIn = z.object({ token: z.string().trim().min(1).max(500) }).strict();
export type TokenSignIn = z.infer<typeof TokenSignIn>;
