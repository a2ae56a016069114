import type { FeedbackSubmission } from '@feedbackinstrument/shared';
import type { FollowUp } from '@feedbackinstrument/shared/constants';
import type { Attachable, ExistingResponse } from '../follow-up-rules.js';

/** One submission to record, with what the statement must check for it. */
export interface NewResponse {
  submission: FeedbackSubmission;
  incoming: Attachable;
  /** Insert only while the service is active (the public API); false: the caller checked it. */
  checkActive: boolean;
  /** A browser origin that must be one of the service's allowed origins; null: none to check. */
  origin: string | null;
  /** Record as if at this instant (tests, the benchmark loader); null: now. */
  at: Date | null;
  /**
   * Count one hit of a rate limit in the same statement (the public API): the response is
   * inserted only while the hit is within the limit. None: the caller counted it, or there is none.
   */
  rateLimit?: RateLimitHit;
}

/** One hit of a client's rate limit (a counter in rate_limit_counters). */
export interface RateLimitHit {
  key: string;
  max: number;
  windowMs: number;
}

/** What the statement found out about one item. */
export interface Inserted {
  /** The service as read in the same statement; null: unknown. */
  service: { active: boolean; followUps: FollowUp[] } | null;
  /** The item's browser origin is one the service allows (or it has none). */
  originAllowed: boolean;
  /** The new response's id; null: not inserted. */
  id: string | null;
  /** The rate-limit hit: its position in the window (inserted only if ≤ max) and the window's rest. */
  limit: { hits: number; ttlMs: number } | null;
  /**
   * Not inserted because its submissionId is stored already: that response as this
   * statement read and locked it (before any follow-up of this statement); null when it
   * was not visible to the statement (stored by a statement that committed meanwhile).
   */
  existing: ExistingResponse | null;
  /** This statement attached the item's remark and follow-ups to `existing`, and counted them. */
  attached: boolean;
}
