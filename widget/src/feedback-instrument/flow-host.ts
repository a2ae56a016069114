import type { Language } from '@feedbackinstrument/shared/constants';
import type { Submission } from '../delivery/submission.js';
import type { FirstMessages } from '../i18n/messages.js';

export type FeedbackState = 'initial' | 'remark' | 'sending' | 'thanks' | 'error';

export interface FeedbackSubmittedDetail {
  serviceId: string;
  score: number;
  /** Whether a remark was sent with it (never the remark itself). */
  remark: boolean;
}

/** The citizen's rights for one service in one language (GET /v1/widget-config/:serviceId). */
export interface WidgetLinks {
  complaintsUrl: string | null;
  privacyUrl: string | null;
  accessibilityUrl: string | null;
}

/**
 * What the element of the first load offers the part that loads after a press
 * (flow/remark-flow.ts): the state, the pressed score's submission, and the ways to move on.
 */
export interface FlowHost {
  readonly state: FeedbackState;
  readonly body?: Submission;
  readonly api: string;
  readonly language: Language;
  readonly first: FirstMessages;
  /** The `follow-ups` attribute. */
  readonly asks: string[];
  /** Moves to a state: repaints, moves focus to its heading or says `said` in the live region. */
  go(state: FeedbackState, said: string): void;
  /** Says something in the polite live region only. */
  say(text: string): void;
  /** The thank-you state and the `feedback-submitted` event. */
  finish(remark: boolean): void;
}

/** The part that loads after a press: it paints every state but the first. */
export interface Flow {
  readonly language: Language;
  /** The children of the state's area, or null to leave it to the first load's own painter. */
  paint(): Node[] | null;
}
