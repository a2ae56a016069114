// The batch's part of the analysis, over stored per-remark analyses (analyse-remark.ts):
// - a compound is split into its parts when the parts are written on their own at least as
//   often as the compound is (Koehn & Knight's frequency criterion): "wachtwoordherstel" →
//   password + reset when the remarks also say "wachtwoord" and "herstel";
// - a rare word that is not a dictionary word and is one (long words: two) letters from a
//   frequent term of its language is taken as a typo of it (typos.ts: "wachtwoort" → wachtwoord).
// `lexicon: false` reads the stems without the concept lexicon (the benchmark measures it).
import type { Language } from '@feedbackinstrument/shared/constants';
import type { RemarkAnalysis, TokenAnalysis } from './analyse-remark.js';
import { NEGATION_TERM } from './language.js';
import { isConcept } from './concepts.js';
import { concepts } from './concept-index.js';
import { generalStems } from './general-words.js';
import type { Translations } from './translations.js';
import { typoCorrection } from './typos.js';

export interface Token {
  form: string;
  terms: string[];
}

export interface AnalysedText {
  lang: Language;
  tokens: Token[];
  terms: Set<string>;
}

/** A distinct token of the batch: its language and how many times the batch writes it. */
export interface TokenUse {
  lang: Language;
  token: Token;
  count: number;
}

export interface BatchOptions {
  lexicon?: boolean;
  cognates?: boolean;
  /** A general bilingual dictionary (translations.ts): a French, English or German term is written as its Dutch translation that the batch says. */
  translations?: Translations;
}

export function batchTerms(analyses: readonly RemarkAnalysis[], options: BatchOptions = {}): AnalysedText[] {
  return batchTermsWithUses(analyses, options).texts;
}

/** The same, with each distinct token's uses (counted once here, so that nothing counts them again). */
export function batchTermsWithUses(
  analyses: readonly RemarkAnalysis[],
  options: BatchOptions = {},
): { texts: AnalysedText[]; uses: TokenUse[] } {
  const lexicon = options.lexicon !== false;
  const byStem = concepts().byStem;
  const termOf = (lang: Language, stem: string) => (lexicon ? (byStem.get(`${lang}:${stem}`) ?? stem) : stem);
  const baseTerms = (token: TokenAnalysis) => (lexicon ? token.t : (token.s ?? token.t));
  // Each distinct token of a language is resolved once (20,000 remarks say far fewer distinct words).
  // Keyed by language, then form; the rare form analysed two ways (a separable verb's part) has two.
  const byForm = new Map<Language, Map<string, Sig | Sig[]>>();
  const all: Sig[] = [];
  // Remarks that share one stored analysis (the same text, parsed once: topic-remarks.ts)
  // share its tokens' resolution; each use still counts.
  const resolved = new Map<RemarkAnalysis, Sig[]>();
  // How many remarks share each analysis, counted first: a token's uses are then added once per analysis.
  const sharers = new Map<RemarkAnalysis, number>();
  for (const a of analyses) sharers.set(a, (sharers.get(a) ?? 0) + 1);
  const perText: Sig[][] = analyses.map((a) => {
    const known = resolved.get(a);
    if (known !== undefined) return known;
    const uses = sharers.get(a)!;
    let forms = byForm.get(a.lang);
    if (!forms) {
      forms = new Map();
      byForm.set(a.lang, forms);
    }
    const own = forms;
    const list = a.tokens.map((token) => {
      const found = own.get(token.f);
      let sig =
        found === undefined
          ? undefined
          : Array.isArray(found)
            ? found.find((s) => sameAnalysis(s.token, token))
            : sameAnalysis(found.token, token)
              ? found
              : undefined;
      if (!sig) {
        sig = { lang: a.lang, token, count: 0, out: null };
        own.set(token.f, found === undefined ? sig : Array.isArray(found) ? [...found, sig] : [found, sig]);
        all.push(sig);
      }
      sig.count += uses;
      return sig;
    });
    resolved.set(a, list);
    return list;
  });
  // How often the batch says each term: a concept (and "¬") is one term in every language,
  // a stem is counted per language.
  const shared = new Map<string, number>();
  const stems = new Map<Language, Map<string, number>>();
  const isShared = (term: string) => term === NEGATION_TERM || (lexicon && isConcept(term));
  for (const sig of all) {
    let own = stems.get(sig.lang);
    if (!own) {
      own = new Map();
      stems.set(sig.lang, own);
    }
    for (const term of baseTerms(sig.token)) {
      const counts = isShared(term) ? shared : own;
      counts.set(term, (counts.get(term) ?? 0) + sig.count);
    }
  }
  const frequencyOf = (lang: Language, term: string) => (isShared(term) ? shared.get(term) : stems.get(lang)?.get(term)) ?? 0;
  const correction = typoCorrection({ stems, frequencyOf, lexicon });

  for (const sig of all) {
    const { lang, token } = sig;
    const base = baseTerms(token);
    if (token.p && base.length === 1) {
      const parts = token.p.map((p) => termOf(lang, p));
      const score = Math.exp(parts.reduce((sum, p) => sum + Math.log(1 + frequencyOf(lang, p)), 0) / parts.length);
      if (score >= 1 + frequencyOf(lang, base[0]!)) {
        sig.out = { form: token.f, terms: [...new Set(parts)] };
        continue;
      }
    }
    sig.out = { form: token.f, terms: base.length === 1 ? [correction(lang, token, base[0]!)] : [...base] };
  }
  if (options.translations) translate(all, options.translations, (term) => frequencyOf('nl', term), isShared);
  if (options.cognates !== false) joinCognates(all);
  // One text per resolved analysis, shared (read only) by the remarks that have it.
  const made = new Map<Sig[], AnalysedText>();
  const texts = perText.map((list, i) => {
    const known = made.get(list);
    if (known !== undefined) return known;
    const tokens = new Array<Token>(list.length);
    const terms = new Set<string>();
    for (let k = 0; k < list.length; k += 1) {
      const token = list[k]!.out!;
      tokens[k] = token;
      for (const term of token.terms) terms.add(term);
    }
    const text = { lang: analyses[i]!.lang, tokens, terms };
    made.set(list, text);
    return text;
  });
  return { texts, uses: all.map((sig) => ({ lang: sig.lang, token: sig.out!, count: sig.count })) };
}

const NONE: readonly string[] = [];
const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) => {
  const x = a ?? NONE;
  const y = b ?? NONE;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
  return true;
};
const sameAnalysis = (a: TokenAnalysis, b: TokenAnalysis) =>
  a === b || ((a.d ?? '') === (b.d ?? '') && sameList(a.t, b.t) && sameList(a.s, b.s) && sameList(a.p, b.p));

interface Sig {
  lang: Language;
  token: TokenAnalysis;
  count: number;
  out: Token | null;
}

/** A translation is taken when the batch's Dutch remarks say it at least this often. */
const TRANSLATED = 2;

/**
 * A French, English or German term becomes the Dutch term it translates to, when the
 * batch's Dutch remarks say that term (the most said of its translations): "paiement" and
 * "betaling" are then one term. "¬", general words and (with the lexicon) its concepts are left alone.
 */
function translate(
  sigs: readonly Sig[],
  dictionary: Translations,
  dutch: (term: string) => number,
  /** "¬" and (with the lexicon) its concepts: one term in every language already. */
  kept: (term: string) => boolean,
): void {
  // A general word is no feature (partition.ts): translated, it would only add to a Dutch word's count.
  const general = generalStems();
  const chosen = new Map<string, string | null>();
  const dutchOf = (lang: Language, term: string): string | null => {
    const key = `${lang}:${term}`;
    if (!chosen.has(key)) {
      let best: string | null = null;
      const candidates = general.get(lang)!.has(term) ? [] : (dictionary.get(key) ?? []);
      for (const candidate of candidates) {
        const f = dutch(candidate);
        if (f >= TRANSLATED && (best === null || f > dutch(best))) best = candidate;
      }
      chosen.set(key, best);
    }
    return chosen.get(key)!;
  };
  for (const sig of sigs) {
    if (sig.lang === 'nl') continue;
    const terms = sig.out!.terms;
    if (!terms.some((t) => !kept(t) && dutchOf(sig.lang, t) !== null)) continue;
    sig.out = { form: sig.out!.form, terms: [...new Set(terms.map((t) => (kept(t) ? t : (dutchOf(sig.lang, t) ?? t))))] };
  }
}

/** Cognates share their first letters this long at least ("annul-eren", "annul-er"; "certific-aat", "certific-ate"). */
const COGNATE_PREFIX = 5;

/**
 * Cognates across languages as one term: stems of two languages of the batch that share a
 * long common beginning (at least COGNATE_PREFIX letters and three quarters of the shorter
 * one) are written as the more frequent of them, so that "annuleren" and "annuler",
 * "certificaat" and "certificate" join without a lexicon. Concepts and "¬" are left alone.
 */
function joinCognates(sigs: readonly Sig[]): void {
  const byTerm = new Map<string, { languages: Set<string>; count: number }>();
  for (const sig of sigs) {
    for (const term of sig.out!.terms) {
      if (term === NEGATION_TERM || isConcept(term) || term.length < COGNATE_PREFIX) continue;
      const entry = byTerm.get(term) ?? { languages: new Set<string>(), count: 0 };
      entry.languages.add(sig.lang);
      entry.count += sig.count;
      byTerm.set(term, entry);
    }
  }
  const groups = new Map<string, string[]>();
  for (const term of [...byTerm.keys()].sort()) {
    const head = term.slice(0, COGNATE_PREFIX);
    groups.set(head, [...(groups.get(head) ?? []), term]);
  }
  const rename = new Map<string, string>();
  for (const terms of groups.values()) {
    if (terms.length < 2) continue;
    const ranked = [...terms].sort((a, b) => byTerm.get(b)!.count - byTerm.get(a)!.count || (a < b ? -1 : 1));
    for (const term of ranked) {
      if (rename.has(term)) continue;
      const target = ranked.find(
        (t) => t !== term && !rename.has(t) && byTerm.get(t)!.count >= byTerm.get(term)!.count && related(t, term, byTerm),
      );
      if (target) rename.set(term, target);
    }
  }
  if (rename.size === 0) return;
  for (const sig of sigs)
    if (sig.out!.terms.some((t) => rename.has(t)))
      sig.out = { form: sig.out!.form, terms: [...new Set(sig.out!.terms.map((t) => rename.get(t) ?? t))] };
}

function related(a: string, b: string, byTerm: Map<string, { languages: Set<string> }>): boolean {
  const la = byTerm.get(a)!.languages;
  const lb = byTerm.get(b)!.languages;
  // Only across languages: within one, the stemmer already decided.
  if ([...lb].every((l) => la.has(l)) && [...la].every((l) => lb.has(l))) return false;
  let common = 0;
  while (common < Math.min(a.length, b.length) && a[common] === b[common]) common += 1;
  return common >= COGNATE_PREFIX && common >= 0.75 * Math.min(a.length, b.length);
}
