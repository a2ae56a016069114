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
 * every retry. `crypto.randomUUID()` exists only in a secure context (https, localhost) and
 * in browsers since 2021; elsewhere (an e-loket's test site on plain http) the press must
 * not fail, so the UUID comes from the browser's own generator of blob URLs, which end in
 * a random UUID v4 (the fallback costs 24 bytes gzip; one made by hand ~70).
 */
export const newSubmissionId = (): string => crypto.randomUUID?.() ?? URL.createObjectURL(new Blob()).slice(-36);

/** The same body, serialised with sorted keys, so two copies compare equal as strings. */
export function canonical(body: Submission): string {
  return JSON.stringify(body, Object.keys(body).sort());
}
