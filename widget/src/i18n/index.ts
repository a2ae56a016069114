import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';
import { de } from './de.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { Messages } from './messages.js';
import { nl } from './nl.js';

export type { Messages } from './messages.js';

export const messages: Record<Language, Messages> = { nl, fr, en, de };

/**
 * The widget's language from a BCP 47 tag (the `lang` attribute, else the nearest `lang` of
 * the page): its primary subtag when the widget speaks it ("nl-BE" → nl, "FR" → fr),
 * else Dutch. An empty or missing tag also gives Dutch.
 */
export function pickLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(primary) ? primary : DEFAULT_LANGUAGE;
}
