// A batch's typos (batch-terms.ts): a rare word that is not a dictionary word and is one
// (long words: two) letters from a frequent term of its language is taken as a typo of it
// ("wachtwoort" → wachtwoord). Candidates are found through their one-letter deletions (as
// SymSpell does), then checked with the Levenshtein distance. The frequent stems of the
// batch are indexed when the first rare word asks; the lexicon's stems are indexed once per
// process (the lexicon does not change) and count when their concept is frequent in the batch.
import { distance } from 'fastest-levenshtein';
import type { Language } from '@feedbackinstrument/shared/constants';
import type { TokenAnalysis } from './analyse-remark.js';
import { concepts } from './concept-index.js';
import { NEGATION_TERM } from './language.js';

/** A term said this often in the batch is frequent: rare words may be its typos. */
const FREQUENT = 4;
const MIN_TYPO = 5;

const deletions = (word: string) => Array.from({ length: word.length }, (_, i) => word.slice(0, i) + word.slice(i + 1));
/** A stem and its one-letter deletions, each once. */
const variantsOf = (stem: string) => new Set([stem, ...deletions(stem)]);

type VariantIndex<T> = Map<string, Map<string, T[]>>;

function addVariants<T>(index: VariantIndex<T>, lang: string, stem: string, entry: T): void {
  if (stem.length < MIN_TYPO - 1) return;
  let byVariant = index.get(lang);
  if (!byVariant) {
    byVariant = new Map();
    index.set(lang, byVariant);
  }
  for (const variant of variantsOf(stem)) {
    const list = byVariant.get(variant);
    if (list) list.push(entry);
    else byVariant.set(variant, [entry]);
  }
}

let lexiconIndex: VariantIndex<{ stem: string; concept: string }> | null = null;

/** The lexicon's stems by language and variant, in the lexicon's order. */
function lexiconVariants(): VariantIndex<{ stem: string; concept: string }> {
  if (lexiconIndex) return lexiconIndex;
  const index: VariantIndex<{ stem: string; concept: string }> = new Map();
  for (const [key, concept] of concepts().byStem) {
    const colon = key.indexOf(':');
    const stem = key.slice(colon + 1);
    addVariants(index, key.slice(0, colon), stem, { stem, concept });
  }
  lexiconIndex = index;
  return index;
}

export interface TypoBatch {
  /** The batch's stems per language with how often it says them (concepts and "¬" not among them). */
  stems: ReadonlyMap<Language, ReadonlyMap<string, number>>;
  /** How often the batch says a term (a stem of that language, or a concept). */
  frequencyOf: (lang: Language, term: string) => number;
  /** With the lexicon: a concept said FREQUENT times is a term typos may stand for. */
  lexicon: boolean;
}

/** The typo correction of a batch: the term a token's term stands for (itself when it is no typo). */
export function typoCorrection(batch: TypoBatch): (lang: Language, token: TokenAnalysis, term: string) => string {
  const { frequencyOf } = batch;
  let frequent: VariantIndex<string> | null = null;
  const frequentStems = () => {
    if (frequent) return frequent;
    frequent = new Map();
    for (const [lang, stems] of batch.stems)
      for (const [stem, count] of stems) if (count >= FREQUENT) addVariants(frequent, lang, stem, stem);
    return frequent;
  };
  const lexicon = batch.lexicon ? lexiconVariants() : null;
  const cache = new Map<string, string | null>();
  return (lang, token, term) => {
    const own = frequencyOf(lang, term);
    if (own > 2 || term.length < MIN_TYPO || token.d === 1 || term === NEGATION_TERM || token.s) return term;
    const key = `${lang}:${term}`;
    if (!cache.has(key)) {
      const allowed = term.length >= 8 ? 2 : 1;
      let best: { term: string; frequency: number; distance: number } | null = null;
      // Stem → the term it stands for; for one variant, the batch's stems first, then the lexicon's.
      const candidates = new Map<string, string>();
      const stems = frequentStems().get(lang);
      const lexiconStems = lexicon?.get(lang);
      for (const variant of variantsOf(term)) {
        for (const stem of stems?.get(variant) ?? []) candidates.set(stem, stem);
        for (const c of lexiconStems?.get(variant) ?? []) if (frequencyOf(lang, c.concept) >= FREQUENT) candidates.set(c.stem, c.concept);
      }
      for (const [stem, target] of [...candidates].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
        const f = frequencyOf(lang, target);
        if (stem === term || target === term || f < 3 * own) continue;
        const d = distance(stem, term);
        if (d <= allowed && (!best || d < best.distance || (d === best.distance && f > best.frequency)))
          best = { term: target, frequency: f, distance: d };
      }
      cache.set(key, best ? best.term : null);
    }
    return cache.get(key) ?? term;
  };
}
