import { DashboardSession, SignOutRedirect } from '@feedbackinstrument/shared';
import { requestJson } from '../kernel/api-client.js';

// Sign-in state and sign-in/out: the dashboard's own endpoints beside the API.

export const getSession = () => requestJson('/dashboard/auth/session', DashboardSession);

export const signInWithToken = (token: string) =>
  requestJson('/dashboard/auth/token', DashboardSession, { method: 'POST', body: { token } });

/** Ends the session; for one from an OpenID Connect provider, also where to go so the provider ends its own. */
export const signOut = () => requestJson('/dashboard/auth/sign-out', SignOutRedirect.nullable(), { method: 'POST' });

export const oidcSignInUrl = (returnTo: string) => `/dashboard/auth/oidc?returnTo=${encodeURIComponent(returnTo)}`;
