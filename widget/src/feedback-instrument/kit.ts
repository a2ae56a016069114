import { COMPLETED_VALUES, REMARK_MAX_LENGTH } from '@feedbackinstrument/shared/constants';
import { retryPolicy } from '../delivery/retry-policy.js';
import { sendFeedback } from '../delivery/send-feedback.js';
import { adopt, h } from './dom.js';
import { check } from './icons.js';

/**
 * What the part loaded after a press borrows from the first load. Handed over as an object
 * instead of imported: a module both import would become a third file the first load has to
 * fetch, and importing widget.js back would run a second copy (another outbox, another retry
 * policy) whenever the page loaded it from its versioned URL.
 */
export const kit = { h, adopt, check, sendFeedback, retryPolicy, REMARK_MAX_LENGTH, COMPLETED_VALUES };
export type Kit = typeof kit;
