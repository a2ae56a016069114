import type { DashboardSession } from '@feedbackinstrument/shared';
import type { Messages } from '../i18n/index.js';
import { ApiProblem } from './api-client.js';

// Who is signed in and what they may change, for every page that changes something.

export type SignedIn = Extract<DashboardSession, { signedIn: true }>;

/** Managers and admins change things; analysts read only, so their pages show no change controls. */
export const mayChange = (session: SignedIn): boolean => session.role !== 'analyst';

/** What to tell the user when the API refused a change: its own message for a 403 (e.g. an analyst), else a plain sentence. */
export function problemText(m: Messages, error: unknown): string {
  if (error instanceof ApiProblem && (error.status === 403 || error.status === 409 || error.status === 404)) return error.message;
  if (error instanceof ApiProblem && error.status === 400) return m.manage.fixFields;
  return m.errorText;
}
