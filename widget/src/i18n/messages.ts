import type { FeedbackContext } from '@feedbackinstrument/shared/constants';

type Five = readonly [string, string, string, string, string];

/** The texts of the first load (every language is in it: a few hundred bytes). Plain language (B1). */
export interface FirstMessages {
  /** The default question per context. */
  question: Record<FeedbackContext, string>;
  /** Labels of scores 1–5. */
  scores: Five;
  /** Heading after a press: the score is in. */
  scored: string;
  thanks: string;
  /** The floating button. */
  open: string;
  close: string;
}

/** The texts after a press, loaded with the remark form in the language in use only. */
export interface FlowMessages {
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
  /** The error state's heading: what did not work. */
  error: string;
  errorText: string;
  retry: string;
  /** An anonymous remark is not a complaint (Bestuursdecreet): said after every press. */
  notComplaint: string;
  /** Link text to the organisation's complaints procedure (complaintsUrl). */
  complaintsLink: string;
  /** Link text to the privacy notice, next to the remark field (privacyUrl). */
  privacyLink: string;
  /** Link text to report an accessibility problem (accessibilityUrl). */
  accessibilityLink: string;
  /** Said to screen readers after a link that opens a new window. */
  newWindow: string;
}

/** Every text of the widget in one language. */
export type Messages = FirstMessages & FlowMessages;
