import { DashboardSession } from '@feedbackinstrument/shared';
import { z } from 'zod';
import { requestJson } from './api-client.js';

// Sign-in state and sign-in/out: the dashboard's own endpoints beside the API.

export const getSession = () => requestJson('/dashboard/auth/session', DashboardSession);

export const signInWithToken = (token: string) => requestJson('/dashboard/auth/token', DashboardSession, { method: 'POST', body: { token } });

export const signOut = () => requestJson('/dashboard/auth/sign-out', z.null(), { method: 'POST' });

export const oidcSignInUrl = (returnTo: string) => `/dashboard/auth/oidc?returnTo=${encodeURIComponent(returnTo)}`;
