/**
 * The bundle entry (`widget.js`): registers `<feedback-instrument>`. Guarded, so a page that
 * loads the script twice (two e-loket fragments, two URLs) does not throw.
 */
import { FeedbackInstrument } from './feedback-instrument/feedback-instrument.js';

export { FeedbackInstrument };
export type { FeedbackState, FeedbackSubmittedDetail } from './feedback-instrument/feedback-instrument.js';

if (!customElements.get('feedback-instrument')) customElements.define('feedback-instrument', FeedbackInstrument);
