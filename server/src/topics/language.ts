// Per-language word tools for topics: words of a text, negations, stop words (the `stopword`
// package's lists), Snowball stems (the `snowball-stemmers` package) and a guess of the
// language a remark is really written in (a French remark sent from a Dutch page).
import { setBounded } from '../kernel/bounded-map.js';
import snowball from 'snowball-stemmers';
import { deu, eng, fra, nld } from 'stopword';
import { LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';

/** Lower-cased words of a text (letters and digits; punctuation and apostrophes split words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Words that turn what follows or precedes into its opposite. Stop-word lists drop them,
 * but "werkt niet" is a problem and "werkt" is not: topics keep them as the term "¬".
 */
const NEGATIONS: Record<Language, ReadonlySet<string>> = {
  // Flemish as citizens write it: "ni", "nie" (niet), "genen" (geen).
  nl: new Set(['niet', 'geen', 'nooit', 'niets', 'nergens', 'niemand', 'onmogelijk', 'ni', 'nie', 'genen', 'nimmer']),
  fr: new Set(['ne', 'n', 'pas', 'jamais', 'aucun', 'aucune', 'rien', 'personne', 'impossible']),
  // Contractions typed without their apostrophe too ("doesnt", "cant").
  en: new Set([
    'not',
    'no',
    'never',
    'nothing',
    'cannot',
    't',
    'nowhere',
    'unable',
    'impossible',
    'dont',
    'doesnt',
    'didnt',
    'cant',
    'wont',
    'isnt',
    'wasnt',
    'arent',
    'couldnt',
    'wouldnt',
    'havent',
    'hasnt',
  ]),
  de: new Set(['nicht', 'nich', 'nix', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'unmöglich']),
};

export const NEGATION_TERM = '¬';

export const isNegation = (lang: Language, word: string) => NEGATIONS[lang].has(word);

// English contractions split at the apostrophe: "doesn't" is "doesn" and the negation "t".
const CONTRACTIONS = [
  'doesn',
  'don',
  'didn',
  'isn',
  'wasn',
  'weren',
  'aren',
  'couldn',
  'wouldn',
  'shouldn',
  'won',
  'hasn',
  'haven',
  'ca',
  'll',
  've',
  're',
  'd',
  'm',
  's',
];

// Flemish spoken forms written down: "ge"/"gij" (je), "da" (dat), "kheb" (ik heb), "wa" (wat).
const FLEMISH = [
  'ge',
  'gij',
  'gy',
  'da',
  'das',
  'wa',
  'kheb',
  'kzou',
  'kzal',
  'kga',
  'kben',
  'kan',
  'k',
  't',
  'tis',
  'zijt',
  'zedde',
  'hebde',
  'zoda',
  'omda',
  'allee',
  'ne',
  'nen',
  'eigelijk',
];

const STOP_WORDS: Record<Language, ReadonlySet<string>> = {
  nl: new Set([...nld, ...FLEMISH]),
  fr: new Set(fra),
  en: new Set([...eng, ...CONTRACTIONS]),
  de: new Set(deu),
};

/** A stop word of the language (negations are not: see isNegation). */
export const isStopWord = (lang: Language, word: string) => STOP_WORDS[lang].has(word) && !NEGATIONS[lang].has(word);

const ALGORITHM: Record<Language, string> = { nl: 'dutch', fr: 'french', en: 'english', de: 'german' };
const stemmers = new Map(LANGUAGES.map((lang) => [lang, snowball.newStemmer(ALGORITHM[lang])]));
const stemCaches = new Map(LANGUAGES.map((lang) => [lang, new Map<string, string>()]));

const withoutAccents = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The Snowball stem of a word, without accents (so "reinitialisation" typed without its
 * accent is the same word). Dutch: a final double consonant is undoubled, which Snowball
 * does only for some endings ("herstellen" → "herstell", "herstel" → "herstel").
 */
export function stemOf(lang: Language, word: string): string {
  const stemCache = stemCaches.get(lang)!;
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = withoutAccents(stemmers.get(lang)!.stem(word));
    if (lang === 'nl') stem = stem.replace(/([^aeiou])\1$/u, '$1');
    setBounded(stemCache, 100_000, word, stem);
  }
  return stem;
}

const asLanguage = (lang: string): Language => (LANGUAGES.includes(lang as Language) ? (lang as Language) : 'nl');

/** Per word, the languages (bit i: LANGUAGES[i]) whose stop words or negations it is. */
const FUNCTION_WORDS = new Map<string, number>();
LANGUAGES.forEach((lang, i) => {
  for (const word of [...STOP_WORDS[lang], ...NEGATIONS[lang]]) FUNCTION_WORDS.set(word, (FUNCTION_WORDS.get(word) ?? 0) | (1 << i));
});

/**
 * The language a remark is written in: the language it was sent in, unless another
 * language's stop words and negations are clearly more frequent in it (at least two more).
 */
export function languageOf(sentIn: string, list: readonly string[]): Language {
  const declared = asLanguage(sentIn);
  const hits = [0, 0, 0, 0];
  for (const word of list) {
    const mask = FUNCTION_WORDS.get(word);
    if (mask !== undefined) for (let i = 0; i < LANGUAGES.length; i += 1) if (mask & (1 << i)) hits[i]! += 1;
  }
  const own = hits[LANGUAGES.indexOf(declared)]!;
  let best = declared;
  let bestHits = own;
  LANGUAGES.forEach((lang, i) => {
    if (lang !== declared && hits[i]! >= own + 2 && hits[i]! > bestHits) [best, bestHits] = [lang, hits[i]!];
  });
  return best;
}
