// A general bilingual dictionary, so that a problem said in French, English or German joins
// the same problem said in Dutch without a lexicon entry for its words: the FreeDict
// dictionaries between Dutch and each of the other three (Debian's dict-freedict-nld-fra,
// -fra-nld, -nld-eng, -eng-nld, -nld-deu, -deu-nld; GPL-2+). They are read at run time from
// where Debian installs them, never copied into this repository (which is EUPL-1.2); without
// them a batch simply has no translations (TOPICS_DICTIONARY_DIR in config.ts: another folder).
// What it gives: per language and stem, the stems of the Dutch words it translates to, in
// both directions of each pair (nld-fra read backwards adds French → Dutch).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Language } from '@feedbackinstrument/shared/constants';
import { DEBIAN_DICTIONARY_DIR } from '../config.js';
import { stemOf } from './language.js';

/** Where the dictionaries are read from: Debian's folder unless the server's configuration names another (useDictionaryDir). */
let dictionaryDir = DEBIAN_DICTIONARY_DIR;
const FOREIGN = { fr: 'fra', en: 'eng', de: 'deu' } as const;

/** `${lang}:${stem}` of a French, English or German word → the stems of its Dutch translations. */
export type Translations = ReadonlyMap<string, readonly string[]>;

const gunzipped = async (file: string) => (await promisify(gunzip)(await readFile(file))).toString('utf8').normalize('NFKC');
const pause = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The entries of one dictd file, each headword with its translations (single words only,
 * lower case), given to `take`; the event loop runs between slices of lines.
 */
async function readEntries(text: string, take: (head: string, words: string[]) => void): Promise<void> {
  const lines = text.split('\n');
  let head: string | null = null;
  for (let i = 0; i < lines.length; i += 1) {
    if (i % SLICE === 0) await pause();
    const line = lines[i]!;
    // A headword line: the word and its pronunciation between slashes.
    const headword = /^(\S[^/]*?)\s+\/[^/]*\/\s*$/u.exec(line);
    if (headword) {
      head = headword[1]!.toLowerCase();
      continue;
    }
    if (head === null || line.trim() === '') continue;
    const words = line
      .replace(/^\s*\d+\.\s*/u, '')
      .split(/[,;]/u)
      .map((w) => w.trim().toLowerCase())
      .filter((w) => WORD.test(w));
    if (words.length > 0) take(head, words);
  }
}

const WORD = /^\p{L}{3,}$/u;

let loading: Promise<Translations> | null = null;

/** Between slices of this many lines the event loop runs (the first load stems some 100,000 words). */
const SLICE = 1_000;

/** The translations, read once (empty when the dictionaries are not installed). */
export function translations(): Promise<Translations> {
  loading ??= readTranslations(dictionaryDir);
  return loading;
}

/** Reads the dictionaries from `dir` from now on (buildApp, from TOPICS_DICTIONARY_DIR). */
export function useDictionaryDir(dir: string): void {
  if (dir === dictionaryDir) return;
  dictionaryDir = dir;
  loading = null;
}

/** The translations in the dictd files of `dir`; a file that is missing or unreadable adds none (never throws). */
export async function readTranslations(dir: string): Promise<Translations> {
  const map = new Map<string, Set<string>>();
  // Each distinct word is stemmed once (the stemmer's own cache is bounded).
  const stems = new Map<string, string>();
  const stem = (lang: Language, word: string) => {
    const key = `${lang}:${word}`;
    let s = stems.get(key);
    if (s === undefined) {
      s = stemOf(lang, word);
      stems.set(key, s);
    }
    return s;
  };
  const add = (lang: Language, foreign: string, dutch: string) => {
    const key = `${lang}:${stem(lang, foreign)}`;
    const set = map.get(key) ?? new Set<string>();
    set.add(stem('nl', dutch));
    map.set(key, set);
  };
  // A file that is missing or cannot be read adds nothing: topics are found without it.
  const read = async (file: string, take: (head: string, words: string[]) => void) => {
    if (!existsSync(file)) return;
    try {
      await readEntries(await gunzipped(file), take);
    } catch {
      // Not a dictd file: left out.
    }
  };
  for (const [lang, code] of Object.entries(FOREIGN) as [Language, string][]) {
    await read(join(dir, `freedict-${code}-nld.dict.dz`), (word, dutch) => {
      if (WORD.test(word)) for (const d of dutch) add(lang, word, d);
    });
    await read(join(dir, `freedict-nld-${code}.dict.dz`), (dutch, words) => {
      if (WORD.test(dutch)) for (const w of words) add(lang, w, dutch);
    });
  }
  return new Map([...map].map(([k, v]) => [k, [...v].sort()]));
}
