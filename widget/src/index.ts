/**
 * The bundle entry (`widget.js`, the first load): registers `<feedback-instrument>`. Guarded,
 * so a page that loads the script twice (two e-loket fragments, two URLs) does not throw.
 * The rest (the remark form, its texts) are hashed chunks under /widget-chunks/, loaded on a press.
 */
import { FeedbackInstrument } from './feedback-instrument/feedback-instrument.js';

export { FeedbackInstrument };
export type { FeedbackState, FeedbackSubmittedDetail } from './feedback-instrument/feedback-instrument.js';

if (!customElements.get('feedback-instrument')) customElements.define('feedback-instrument', FeedbackInstrument);
