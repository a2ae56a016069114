// The concept lexicon, stemmed, and the analysis of a set of texts in one call: each text
// analysed on its own (analyse-remark.ts, as stored at write time), then the batch's
// decisions on compounds and typos (batch-terms.ts). A term is a concept of the lexicon
// (concepts.ts) or a Snowball stem.
import { loadAnalyser } from './analyse-remark.js';
import { batchTerms, type AnalysedText, type BatchOptions } from './batch-terms.js';

export { concepts, type ConceptIndex } from './concept-index.js';

export type { AnalysedText, Token } from './batch-terms.js';

export interface TextIn {
  text: string;
  lang: string;
}

/** `lexicon: false` leaves the concept lexicon out (the benchmark measures what it adds); `translations` adds the bilingual dictionary. */
export async function analyseTexts(texts: readonly TextIn[], options: BatchOptions = {}): Promise<AnalysedText[]> {
  const analyse = await loadAnalyser();
  return batchTerms(
    texts.map((t) => analyse(t.text, t.lang)),
    options,
  );
}
