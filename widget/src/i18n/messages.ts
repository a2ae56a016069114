import type { FeedbackContext } from '@feedbackinstrument/shared/constants';

type Five = readonly [string, string, string, string, string];

/** Every text of the widget in one language. Plain language (B1): short sentences, everyday words. */
export interface Messages {
  /** The default question per context, when the embedder sets no `question`. */
  question: Record<FeedbackContext, string>;
  /** Labels of scores 1–5. */
  scores: Five;
  /** Heading of the remark form: the score is in. */
  scored: string;
  remarkLabel: string;
  /** Warning not to type personal data into the remark. */
  privacy: string;
  /** The character count: `#` is the length, `%` the maximum. */
  count: string;
  /** Announced only near the limit: `#` is what is left. */
  left: string;
  ease: string;
  /** Labels of the ends of the ease scale, 1 and 5. */
  easeEnds: readonly [string, string];
  completed: string;
  /** yes, partly, no */
  completedOptions: readonly [string, string, string];
  send: string;
  skip: string;
  sending: string;
  thanks: string;
  /** The error state's heading: what did not work. */
  error: string;
  errorText: string;
  retry: string;
  /** The floating button. */
  open: string;
  close: string;
}
