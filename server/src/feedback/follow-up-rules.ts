import { conflict, type ErrorDetail } from '../http/api-error.js';

// What a resent submissionId means for its stored response: the rules of the contract for
// retries, follow-ups and conflicts, in one place. The batched statement (write-path/follow-ups.ts)
// applies the same rules in SQL to attach in one round trip; decide() is the authority
// for every other outcome.

/** What a submission may attach to its response (the remark already scrubbed). */
export interface Attachable {
  remark: string | null;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
}

/** How long after a score its remark and follow-ups may still be attached. */
export const FOLLOW_UP_WINDOW_MS = 60 * 60 * 1000;

/** What deciding about a resent submissionId needs of the stored response. */
export interface ExistingResponse {
  id: string;
  service_id: string;
  score: number;
  remark: string | null;
  has_remark: boolean;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
  received_at: Date;
}

export type AttachOutcome = { status: 'retry'; id: string } | { status: 'attached'; id: string };

/**
 * A resent submissionId against what is stored: a retry (nothing new), the fields to
 * attach (only fields still empty: they are written once), or a 409 for anything that
 * contradicts the stored response or comes after the follow-up window.
 */
export function decide(existing: ExistingResponse, score: number, incoming: Attachable, now: Date): Partial<Attachable> | 'retry' {
  const problems: ErrorDetail[] = [];
  if (existing.score !== score) {
    problems.push({ path: 'score', message: `this submissionId was already recorded with score ${existing.score}` });
  }
  const changes: Partial<Attachable> = {};
  // A remark erased later (retention, on request) still counts as "already has one".
  const storedRemark = existing.has_remark ? (existing.remark ?? incoming.remark) : null;
  const fields: [keyof Attachable, unknown][] = [
    ['remark', storedRemark],
    ['ease', existing.ease],
    ['completed', existing.completed],
  ];
  for (const [field, stored] of fields) {
    const value = incoming[field];
    if (value === null) continue;
    if (stored === null) (changes as Record<string, unknown>)[field] = value;
    else if (stored !== value) problems.push({ path: field, message: `a different ${field} is already attached to this response` });
  }
  if (problems.length > 0) {
    throw conflict('This submissionId is already recorded with other values; use a new submissionId for new feedback.', problems);
  }
  if (Object.keys(changes).length === 0) return 'retry';
  if (now.getTime() - new Date(existing.received_at).getTime() > FOLLOW_UP_WINDOW_MS) {
    throw conflict('A remark or follow-up can be added only within an hour of the score.', [
      { path: 'submissionId', message: 'the follow-up window of this response has closed' },
    ]);
  }
  return changes;
}
