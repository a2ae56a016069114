// Pure apart from the dictionary it loads once: remarks in, each remark's terms out, with the
// words as written that gave each term. A term is a concept of the lexicon (concepts.ts) or
// a Snowball stem. On the way:
// - a negation ("niet", "ne … pas", "nicht", "doesn't") is the term "¬";
// - stop words carry no term;
// - a concept's form of several words ("mot de passe") is matched as a sequence;
// - a Dutch or German compound is split into the two (or three) words it is made of when
//   its parts are words (the Hunspell dictionary, the lexicon, or written on their own in
//   the remarks) and are written on their own at least as often as the compound is (Koehn &
//   Knight's frequency criterion): "wachtwoordherstel" → wachtwoord + herstel;
// - a rare word that is not in the dictionary and is one or two letters from a frequent
//   term of its language is taken as a typo of that term ("wachtwoort" → wachtwoord).
// Frequencies are those of all the texts analysed together (the period, the period before
// and the other services' remarks), so a word is judged by how people write it here.
import { distance } from 'fastest-levenshtein';
import type { Language } from '@feedbackinstrument/shared/constants';
import { CONCEPTS } from './concepts.js';
import { COMPOUNDING, dictionaryWords, type CompoundingLanguage } from './dictionary.js';
import { isNegation, isStopWord, languageOf, NEGATION_TERM, stemOf, words } from './language.js';

export interface TextIn {
  text: string;
  lang: string;
}

export interface Token {
  /** The word (or words, for a concept written in several) as written, lower case. */
  form: string;
  /** The terms it gives: none for a stop word, two or three for a compound. */
  terms: string[];
}

export interface AnalysedText {
  lang: Language;
  tokens: Token[];
  terms: Set<string>;
}

interface ConceptIndex {
  /** Concept by `lang:stem`: a stem means a concept only in its own language ("plots" is no plot in Dutch). */
  byStem: Map<string, string>;
  /** Forms of several words, by `lang:stem` of their first word. */
  sequences: Map<string, { stems: string[]; concept: string }[]>;
  /** Every single-word form as written, per language. */
  surface: Map<Language, Set<string>>;
}

let conceptIndex: ConceptIndex | null = null;

/** The lexicon, stemmed. Throws when one stem would mean two concepts (a lexicon error). */
export function concepts(): ConceptIndex {
  if (conceptIndex) return conceptIndex;
  const index: ConceptIndex = { byStem: new Map(), sequences: new Map(), surface: new Map() };
  for (const [concept, forms] of Object.entries(CONCEPTS)) {
    for (const [lang, list] of Object.entries(forms) as [Language, readonly string[]][]) {
      for (const form of list) {
        const parts = words(form);
        const stems = parts.map((w) => stemOf(lang, w));
        if (stems.length === 1) {
          const key = `${lang}:${stems[0]}`;
          const other = index.byStem.get(key);
          if (other !== undefined && other !== concept) throw new Error(`Lexicon: "${form}" (${lang}) stems to "${stems[0]}", already ${other}`);
          index.byStem.set(key, concept);
          if (!index.surface.has(lang)) index.surface.set(lang, new Set());
          index.surface.get(lang)!.add(parts[0]!);
        } else {
          const key = `${lang}:${stems[0]}`;
          const list2 = index.sequences.get(key) ?? [];
          list2.push({ stems, concept });
          index.sequences.set(key, list2.sort((a, b) => b.stems.length - a.stems.length));
        }
      }
    }
  }
  conceptIndex = index;
  return index;
}

/** Parts shorter than this are not split off a compound. */
const MIN_PART = 3;
/** Only words at least this long are tried as compounds. */
const MIN_COMPOUND = 7;
/** Linking sounds between the parts of a compound ("betaling-s-bewijs", "Kind-er-geld"). */
const LINKS: Record<CompoundingLanguage, readonly string[]> = { nl: ['', 's', 'e', 'en'], de: ['', 's', 'es', 'n', 'en', 'e', 'er'] };

export interface Pending {
  lang: Language;
  word: string;
  stem: string;
}

/**
 * What step 1 makes of one remark, on its own (no statistics of other remarks): its
 * language and its tokens, the words whose compound split or typo correction depends on
 * the batch left pending. JSON-serialisable: the write path stores it (analyse-remark.ts)
 * and resolveTexts finishes a batch of them.
 */
export interface FirstPass {
  lang: Language;
  tokens: (Token | Pending)[];
}

export type Dictionary = Awaited<ReturnType<typeof dictionaryWords>>;

const NO_LEXICON: ConceptIndex = { byStem: new Map(), sequences: new Map(), surface: new Map() };
export const lexiconOf = (options: { lexicon?: boolean }) => (options.lexicon === false ? NO_LEXICON : concepts());

/** `lexicon: false` leaves the concept lexicon out (the benchmark measures what it adds). */
export async function analyseTexts(texts: readonly TextIn[], options: { lexicon?: boolean } = {}): Promise<AnalysedText[]> {
  const lexicon = lexiconOf(options);
  return resolveTexts(await dictionaryWords(), lexicon, texts.map(({ text, lang }) => firstPassOf(lexicon, text, lang)));
}

/** 1. One remark's words, stems, concepts, negations and stop words. */
export function firstPassOf(lexicon: ConceptIndex, text: string, sentIn: string): FirstPass {
  const list = words(text);
  const lang = languageOf(sentIn, list);
  const stems = list.map((w) => stemOf(lang, w));
  const tokens: (Token | Pending)[] = [];
  for (let i = 0; i < list.length; i += 1) {
    const word = list[i]!;
    const sequence = lexicon.sequences.get(`${lang}:${stems[i]}`)?.find((s) => s.stems.every((stem, k) => stems[i + k] === stem));
    if (sequence) {
      tokens.push({ form: list.slice(i, i + sequence.stems.length).join(' '), terms: [sequence.concept] });
      i += sequence.stems.length - 1;
    } else if (isNegation(lang, word)) {
      tokens.push({ form: word, terms: [NEGATION_TERM] });
    } else if (isStopWord(lang, word) || word.length < 2 || /^\d+$/u.test(word)) {
      tokens.push({ form: word, terms: [] });
    } else {
      const stem = stems[i]!;
      const concept = lexicon.byStem.get(`${lang}:${stem}`);
      tokens.push(concept !== undefined ? { form: word, terms: [concept] } : { lang, word, stem });
    }
  }
  return { lang, tokens };
}

/** 2.–4. A batch of first passes finished together: compounds and typos judged by the batch's frequencies. */
export function resolveTexts(dictionary: Dictionary, lexicon: ConceptIndex, firstPass: readonly FirstPass[]): AnalysedText[] {
  const termOf = (lang: Language, stem: string) => lexicon.byStem.get(`${lang}:${stem}`) ?? stem;
  // How often each term and each word is written on its own.
  const termFrequency = new Map<string, number>();
  const wordFrequency = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  // A concept is counted over all languages (it is one term in all of them), a stem per language.
  const termKey = (lang: Language, term: string) => (Object.hasOwn(CONCEPTS, term) ? term : `${lang}:${term}`);
  for (const { lang, tokens } of firstPass) {
    for (const token of tokens) {
      if ('stem' in token) {
        bump(termFrequency, termKey(lang, token.stem));
        bump(wordFrequency, `${lang}:${token.word}`);
      } else if (token.terms.length === 1 && Object.hasOwn(CONCEPTS, token.terms[0]!)) {
        bump(termFrequency, token.terms[0]!);
        // A concept of one word also counts as that word written on its own (not one of several words).
        if (!token.form.includes(' ')) bump(wordFrequency, `${lang}:${token.form}`);
      }
    }
  }

  const frequencyOf = (lang: Language, term: string) => termFrequency.get(termKey(lang, term)) ?? 0;

  // 2. Compounds.
  const isPart = (lang: CompoundingLanguage, part: string) =>
    part.length >= MIN_PART && (dictionary[lang].has(part) || lexicon.surface.get(lang)?.has(part) === true || (wordFrequency.get(`${lang}:${part}`) ?? 0) >= 2);
  const splitCache = new Map<string, string[] | null>();
  /** The parts of a compound (as written), best first by the geometric mean of their frequencies. */
  const split = (lang: CompoundingLanguage, word: string, depth: number): { parts: string[]; score: number } | null => {
    let best: { parts: string[]; score: number } | null = null;
    for (let i = MIN_PART; i <= word.length - MIN_PART; i += 1) {
      const head = word.slice(0, i);
      const tail = word.slice(i);
      const tails: string[][] = [];
      if (isPart(lang, tail)) tails.push([tail]);
      if (depth === 0 && tail.length >= 2 * MIN_PART) {
        const inner = split(lang, tail, 1);
        if (inner) tails.push(inner.parts);
      }
      if (tails.length === 0) continue;
      for (const link of LINKS[lang]) {
        if (!head.endsWith(link)) continue;
        const first = link === '' ? head : head.slice(0, -link.length);
        if (!isPart(lang, first)) continue;
        for (const rest of tails) {
          const parts = [first, ...rest];
          const score = Math.exp(parts.reduce((sum, p) => sum + Math.log(1 + frequencyOf(lang, termOf(lang, stemOf(lang, p)))), 0) / parts.length);
          if (!best || score > best.score) best = { parts, score };
        }
      }
    }
    return best;
  };
  const compoundParts = (lang: Language, word: string, stem: string): string[] | null => {
    if (!COMPOUNDING.includes(lang) || word.length < MIN_COMPOUND) return null;
    const key = `${lang}:${word}`;
    if (!splitCache.has(key)) {
      const best = split(lang as CompoundingLanguage, word, 0);
      // Split only when the parts are written on their own at least as often as the whole word.
      splitCache.set(key, best && best.score >= 1 + frequencyOf(lang, termOf(lang, stem)) ? best.parts : null);
    }
    return splitCache.get(key)!;
  };

  // 3. Typos: frequent terms of each language, by the stems that write them.
  const frequent = new Map<Language, Map<string, number>>();
  const addFrequent = (lang: Language, stem: string, frequency: number) => {
    if (frequency < 4) return;
    if (!frequent.has(lang)) frequent.set(lang, new Map());
    frequent.get(lang)!.set(stem, frequency);
  };
  for (const text of firstPass) {
    for (const token of text.tokens) if ('stem' in token) addFrequent(token.lang, token.stem, frequencyOf(token.lang, token.stem));
  }
  const languages = new Set(firstPass.map((t) => t.lang));
  for (const [key, concept] of lexicon.byStem) {
    const [lang, stem] = key.split(':') as [Language, string];
    if (languages.has(lang)) addFrequent(lang, stem, frequencyOf(lang, concept));
  }
  // By language and length: a typo is compared only with stems at most two letters longer or shorter.
  const frequentStems = new Map<string, { stem: string; frequency: number }[]>();
  for (const [lang, map] of frequent) {
    for (const [stem, frequency] of map) {
      const key = `${lang}:${stem.length}`;
      if (!frequentStems.has(key)) frequentStems.set(key, []);
      frequentStems.get(key)!.push({ stem, frequency });
    }
  }
  const typoCache = new Map<string, string | null>();
  const correction = (lang: Language, word: string, stem: string): string | null => {
    const own = frequencyOf(lang, stem);
    if (own > 2 || stem.length < 5) return null;
    if (COMPOUNDING.includes(lang) && dictionary[lang as CompoundingLanguage].has(word)) return null;
    const key = `${lang}:${stem}`;
    if (!typoCache.has(key)) {
      const allowed = stem.length >= 8 ? 2 : 1;
      let best: { stem: string; frequency: number; distance: number } | null = null;
      const candidates = [];
      for (let length = stem.length - allowed; length <= stem.length + allowed; length += 1) candidates.push(...(frequentStems.get(`${lang}:${length}`) ?? []));
      for (const candidate of candidates) {
        if (candidate.frequency < 3 * own || candidate.stem === stem) continue;
        const d = distance(candidate.stem, stem);
        if (d <= allowed && (!best || d < best.distance || (d === best.distance && candidate.frequency > best.frequency))) best = { ...candidate, distance: d };
      }
      typoCache.set(key, best ? termOf(lang, best.stem) : null);
    }
    return typoCache.get(key)!;
  };

  // 4. Each remark's tokens and terms.
  return firstPass.map(({ lang, tokens }) => {
    const resolved: Token[] = tokens.map((token) => {
      if (!('stem' in token)) return token;
      const parts = compoundParts(token.lang, token.word, token.stem);
      if (parts) return { form: token.word, terms: [...new Set(parts.map((p) => termOf(token.lang, stemOf(token.lang, p))))] };
      return { form: token.word, terms: [correction(token.lang, token.word, token.stem) ?? token.stem] };
    });
    return { lang, tokens: resolved, terms: new Set(resolved.flatMap((t) => t.terms)) };
  });
}
