import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';

/**
 * The widget's language from a BCP 47 tag (the `lang` attribute, else the nearest `lang` of
 * the page): its primary subtag when the widget speaks it ("nl-BE" → nl, "FR" → fr),
 * else Dutch. An empty or missing tag also gives Dutch.
 */
export function pickLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] as Language;
  return LANGUAGES.includes(primary) ? primary : DEFAULT_LANGUAGE;
}
