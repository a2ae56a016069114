// One remark in, its analysis out: what the write path stores in remark_terms (migration
// 0012) so that topics never tokenise, stem or look up a remark twice. A thin wrapper around
// step 1 of terms.ts, which reads one remark on its own (no statistics of other remarks):
// the words whose compound split or typo correction depends on the batch stay pending, and
// topicsOf finishes them over the stored analyses of the period (resolveTexts).
// Bump ANALYSER_VERSION whenever the analysis of a remark changes: `pnpm cli topics reindex`
// then rewrites the older rows, and topics analyse remarks without a current row on the fly.
import { concepts, firstPassOf, type FirstPass } from './terms.js';

export const ANALYSER_VERSION = 1;

export interface RemarkAnalysis extends FirstPass {
  /** Its terms as far as one remark tells them (concepts, stems, "¬"), sorted. */
  terms: string[];
}

export type Analyser = (text: string, lang: string) => RemarkAnalysis;

let loading: Promise<Analyser> | null = null;

/** Loads the lexicon once per process (shared by every caller); the function it gives is pure. */
export function loadAnalyser(): Promise<Analyser> {
  loading ??= Promise.resolve().then(() => {
    const lexicon = concepts();
    return (text: string, lang: string) => {
      const pass = firstPassOf(lexicon, text, lang);
      const terms = new Set(pass.tokens.flatMap((t) => ('stem' in t ? [t.stem] : t.terms)));
      return { ...pass, terms: [...terms].sort() };
    };
  });
  return loading;
}
