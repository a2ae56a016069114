import { DashboardSession } from '@feedbackinstrument/shared';
import { z } from 'zod';
import { requestJson } from './api-client.js';

// Sign-in state and sign-in/out: the dashboard's own endpoints beside the API.

export const getSession = () => requestJson('/dashboard/auth/session', DashboardSession);

export const signInWithToken = (token: string) => requestJson('/dashboard/auth/token', DashboardSession, { method: 'POST', body: { token } });

/** The `state` the provider hands back on its way to the sign-in page after signing out there. */
export const SIGNED_OUT_STATE = 'signed-out';

/** Ends the session; for one from an OpenID Connect provider, also where to go so the provider ends its own. */
export const signOut = () => requestJson('/dashboard/auth/sign-out', z.object({ redirect: z.url() }).nullable(), { method: 'POST' });

export const oidcSignInUrl = (returnTo: string) => `/dashboard/auth/oidc?returnTo=${encodeURIComponent(returnTo)}`;
