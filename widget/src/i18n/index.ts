import { LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';
import { de } from './de.js';
import { en } from './en.js';
import { first } from './first.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';
import { nl } from './nl.js';
import { pickLanguage } from './pick-language.js';

export type { FirstMessages, FlowMessages, Messages } from './messages.js';
export { first, pickLanguage };

/**
 * Every text in every language, for the dashboard (the no-JavaScript form) and the tests. The
 * widget itself does not import this: it loads `first.js` at once and one language's rest later.
 */
export const messages: Record<Language, Messages> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, { ...first[lang], ...{ nl, fr, en, de }[lang] }]),
) as Record<Language, Messages>;
