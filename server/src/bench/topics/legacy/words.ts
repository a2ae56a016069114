import type { Language } from '@feedbackinstrument/shared/constants';

/** Lower-cased words of a text (letters and digits; punctuation and apostrophes split words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that turn a phrase into its opposite. The text-search configurations drop them as
 * stop words ("niet", "geen", "pas"), but "werkt niet" is a problem and "werkt" is not, so
 * topics keep track of them.
 */
const NEGATIONS: Record<Language, ReadonlySet<string>> = {
  nl: new Set(['niet', 'geen', 'nooit', 'niets', 'nergens', 'niemand']),
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'personne']),
  en: new Set(['not', 'no', 'never', 'nothing', 'cannot', 't', 'nowhere']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts']),
};

export function isNegation(lang: Language, word: string): boolean {
  return NEGATIONS[lang].has(word);
}
