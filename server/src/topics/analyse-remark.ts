// One remark in, its terms out: per remark, pure and deterministic once the dictionaries are
// loaded, so that it can be stored when the remark is written (in its row, versioned by
// ANALYSER_VERSION). What depends on the other remarks of a period (whether a compound is
// split, which rare word is a typo of a frequent one) is decided later, per batch, in
// batch-terms.ts, from what this stores:
// - a negation ("niet", Flemish "ni", "ne … pas", "doesnt") is the term "¬"; stop words
//   (Flemish "ge", "da", "kheb" too) carry no term;
// - a form of several words of the concept lexicon ("mot de passe") is matched as a sequence;
// - a Dutch separable verb is put together again: "vul … in", "in te vullen", "ingevuld" →
//   invullen, when the joined word is in the Hunspell dictionary;
// - every other word is its Snowball stem (the lexicon's concept when it has one), and a long
//   Dutch or German word also keeps the parts it can be split into (dictionary words).
import { detached } from '../kernel/detached-string.js';
import type { Language } from '@feedbackinstrument/shared/constants';
import { setBounded } from '../kernel/bounded-map.js';
import { COMPOUNDING, dictionaryWords, type CompoundingLanguage } from './dictionary.js';
import { separableVerb } from './separable-verbs.js';
import { concepts, type ConceptIndex } from './concept-index.js';
import { isNegation, isStopWord, languageOf, NEGATION_TERM, stemOf } from './language.js';

/**
 * Bump when the analysis of a remark changes: stored analyses of another version are redone.
 * A stored analysis holds the concepts of the lexicon its words matched, so a change of the
 * lexicon is a new version too (analyser-version.test.ts fails until it is bumped).
 * 3: the analysis of version 2, stored compact (analysis-codec.ts) and without its terms.
 * 4: the lexicon of 2026-12-07 (cancel, change, access, notification, refused), and its three
 * changes made under version 3 without a new version (saving, objecting; expired, lost).
 */
export const ANALYSER_VERSION = 4;

/** Stored analyses of these versions are read as they are; others are analysed on the fly until `pnpm cli topics reindex` rewrites them. */
export const CURRENT_VERSIONS: readonly number[] = [ANALYSER_VERSION];

export interface TokenAnalysis {
  /** The word or words as written, lower case. */
  f: string;
  /** Its terms with the concept lexicon: none (stop word), "¬", a concept or a stem. */
  t: string[];
  /** Its stems without the lexicon, where they differ from t. */
  s?: string[];
  /** The stems of the parts a compound can be split into (the batch decides whether it is). */
  p?: string[];
  /** 1 when the word is in the language's dictionary (never taken for a typo). */
  d?: 1;
}

export interface RemarkAnalysis {
  /** The language it is written in (may differ from the page's). */
  lang: Language;
  tokens: TokenAnalysis[];
}

/** Remarks longer than this many words are read up to it (a pasted letter says no more). */
const MAX_WORDS = 400;
const MIN_PART = 3;
const MIN_COMPOUND = 7;
const LINKS: Record<CompoundingLanguage, readonly string[]> = { nl: ['', 's', 'e', 'en'], de: ['', 's', 'es', 'n', 'en', 'e', 'er'] };

type Dictionaries = Record<CompoundingLanguage, ReadonlySet<string>>;

/** Words per clause: a separable verb's particle stays within its clause. */
function clauses(text: string): string[][] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .split(/[.!?;:,()\n\r"]+/u)
      // Detached: the analyser keeps words it met (and their stems) between remarks, and a
      // long word cut from the text would keep the whole remark in memory (erased too).
      .map((c) => (c.match(/[\p{L}\p{N}]+/gu) ?? []).map(detached))
      .filter((c) => c.length > 0)
  );
}

/** The parts of a compound (dictionary or lexicon words), fewest parts and longest head first. */
function compoundParts(
  lang: CompoundingLanguage,
  word: string,
  dictionary: Dictionaries,
  lexicon: ConceptIndex,
  depth = 0,
): string[] | null {
  const isPart = (part: string) => part.length >= MIN_PART && (dictionary[lang].has(part) || lexicon.surface.get(lang)?.has(part) === true);
  let best: string[] | null = null;
  const better = (parts: string[]) =>
    !best ||
    parts.length < best.length ||
    (parts.length === best.length && Math.min(...parts.map((p) => p.length)) > Math.min(...best.map((p) => p.length)));
  for (let i = MIN_PART; i <= word.length - MIN_PART; i += 1) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    const tails: string[][] = [];
    if (isPart(tail)) tails.push([tail]);
    else if (depth === 0 && tail.length >= 2 * MIN_PART) {
      const inner = compoundParts(lang, tail, dictionary, lexicon, 1);
      if (inner) tails.push(inner);
    }
    if (tails.length === 0) continue;
    for (const link of LINKS[lang]) {
      if (!head.endsWith(link)) continue;
      const first = link === '' ? head : head.slice(0, -link.length);
      if (!isPart(first)) continue;
      for (const rest of tails) if (better([first, ...rest])) best = [first, ...rest];
    }
  }
  return best;
}

/**
 * The analysis of one word outside a lexicon sequence: a function of its language, its form
 * and the separable verb it is part of, so the analyser keeps it (analyseWith). Shared
 * between the analyses that write the word: never changed after it is made.
 */
function wordAnalysis(
  dictionary: Dictionaries,
  lexicon: ConceptIndex,
  lang: Language,
  word: string,
  /** The infinitive of the separable verb it is part of. */
  verb?: string,
): TokenAnalysis {
  if (isNegation(lang, word)) return { f: word, t: [NEGATION_TERM] };
  if (verb === undefined && (isStopWord(lang, word) || word.length < 2 || /^\d+$/u.test(word))) return { f: word, t: [] };
  const whole = verb ?? word;
  const stem = stemOf(lang, whole);
  const concept = lexicon.byStem.get(`${lang}:${stem}`);
  const token: TokenAnalysis = { f: word, t: [concept ?? stem] };
  if (concept !== undefined) token.s = [stem];
  if (COMPOUNDING.includes(lang)) {
    const compounding = lang as CompoundingLanguage;
    if (dictionary[compounding].has(whole)) token.d = 1;
    if (whole.length >= MIN_COMPOUND) {
      const split = compoundParts(compounding, whole, dictionary, lexicon);
      if (split) token.p = split.map((p) => stemOf(lang, p));
    }
  }
  return token;
}

/** At most this many words' analyses are kept per language (setBounded). */
const MAX_KEPT_WORDS = 50_000;

export function analyseWith(
  dictionary: Dictionaries,
  lexicon: ConceptIndex,
  text: string,
  sentIn: string,
  /** Per language, the analysis of each word already seen (wordAnalysis): shared, never changed. */
  kept: Map<Language, Map<string, TokenAnalysis>> = new Map(),
): RemarkAnalysis {
  const parts = clauses(text);
  const all = parts.flat().slice(0, MAX_WORDS);
  const lang = languageOf(sentIn, all);
  const sequences = lexicon.sequences.get(lang);
  let words = kept.get(lang);
  if (words === undefined) {
    words = new Map();
    kept.set(lang, words);
  }
  const tokens: TokenAnalysis[] = [];
  let seen = 0;
  for (const clause of parts) {
    if (seen >= MAX_WORDS) break;
    const list = clause.slice(0, MAX_WORDS - seen);
    seen += list.length;
    const joined = lang === 'nl' ? separableVerb(list, dictionary.nl) : new Map<number, string | null>();
    const stems = list.map((w, i) => stemOf(lang, joined.get(i) ?? w));
    for (let i = 0; i < list.length; i += 1) {
      const word = list[i]!;
      const sequence = sequences?.get(stems[i]!)?.find((s) => s.stems.every((stem, k) => stems[i + k] === stem));
      if (sequence) {
        const n = sequence.stems.length;
        tokens.push({
          f: list.slice(i, i + n).join(' '),
          t: [sequence.concept],
          s: stems.slice(i, i + n).filter((_, k) => !isStopWord(lang, list[i + k]!)),
        });
        i += n - 1;
        continue;
      }
      // A word alone is kept by its form; the part of a separable verb with the verb it is in
      // (a space never occurs in a word, so the keys cannot meet). null: its particle.
      const whole = joined.get(i);
      const key = whole === undefined ? word : whole === null ? ` ${word}` : `${word} ${whole}`;
      let token = words.get(key);
      if (token === undefined) {
        token = setBounded(
          words,
          MAX_KEPT_WORDS,
          key,
          whole === null ? { f: word, t: [] } : wordAnalysis(dictionary, lexicon, lang, word, whole),
        );
      }
      tokens.push(token);
    }
  }
  return { lang, tokens };
}

/** The distinct terms of an analysis (with the lexicon, compounds unsplit), sorted. */
export const analysisTerms = (analysis: RemarkAnalysis): string[] => [...new Set(analysis.tokens.flatMap((t) => t.t))].sort();

let loading: Promise<(text: string, lang: string) => RemarkAnalysis> | null = null;

/**
 * Loads the dictionaries and the lexicon once; the function it gives is pure and per remark.
 * The same promise every call: the write path awaits it before each statement, and a fresh
 * async chain would cost it turns of the event loop (new-responses.test.ts).
 */
export function loadAnalyser(): Promise<(text: string, lang: string) => RemarkAnalysis> {
  loading ??= dictionaryWords().then((dictionary) => {
    const lexicon = concepts();
    const kept = new Map<Language, Map<string, TokenAnalysis>>();
    return (text: string, lang: string) => analyseWith(dictionary, lexicon, text, lang, kept);
  });
  return loading;
}
