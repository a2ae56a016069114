import type { Completed, FeedbackContext, Language } from '@feedbackinstrument/shared/constants';

/** One body for POST /v1/feedback (the server's FeedbackSubmission, without zod). */
export interface Submission {
  serviceId: string;
  submissionId: string;
  score: number;
  remark?: string;
  ease?: number;
  completed?: Completed;
  lang?: Language;
  context?: FeedbackContext;
  channel?: string;
  step?: string;
  page?: string;
}

/**
 * A new submissionId: a random UUID v4, chosen once per pressed score and kept through
 * every retry. (`crypto.randomUUID()` needs a secure context: https, or localhost.)
 */
export const newSubmissionId = (): string => crypto.randomUUID();

/** The same body, serialised with sorted keys, so two copies compare equal as strings. */
export function canonical(body: Submission): string {
  return JSON.stringify(body, Object.keys(body).sort());
}
