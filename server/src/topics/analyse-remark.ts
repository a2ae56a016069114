// One remark in, its terms out: what the write path stores in remark_terms (migration 0012)
// so that topics and alerts never analyse a remark twice. A thin wrapper around terms.ts,
// one remark at a time (no statistics of a batch), so the stored analysis of a remark never
// depends on the others. Bump ANALYSER_VERSION whenever the analysis of a remark changes:
// `pnpm cli topics reindex` then rewrites the older rows, and topics analyse the remarks
// without a current row on the fly meanwhile.
import type { Language } from '@feedbackinstrument/shared/constants';
import { dictionaryWords } from './dictionary.js';
import { analyseTextsWith, type AnalysedText, type Token } from './terms.js';

export const ANALYSER_VERSION = 1;

export interface RemarkAnalysis {
  terms: string[];
  /** The language it was read in (detected where the remark's own says otherwise). */
  lang: Language;
  /** The words as written and the terms each gave, for labels and explanations. */
  tokens: Token[];
}

export type Analyser = (text: string, lang: string) => RemarkAnalysis;

let loading: Promise<Analyser> | null = null;

/** Loads the dictionaries once per process (shared by every caller); the function it gives is pure. */
export function loadAnalyser(): Promise<Analyser> {
  loading ??= dictionaryWords().then((dictionary) => (text: string, lang: string) => {
    const [analysed] = analyseTextsWith(dictionary, [{ text, lang }]);
    return { terms: [...analysed!.terms].sort(), lang: analysed!.lang, tokens: analysed!.tokens };
  });
  return loading;
}

/** The analysis as terms.ts and explain.ts read it. */
export function asAnalysedText(analysis: RemarkAnalysis): AnalysedText {
  return { lang: analysis.lang, tokens: analysis.tokens, terms: new Set(analysis.terms) };
}
