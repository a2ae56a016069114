// The concept lexicon, stemmed, and the analysis of a set of texts in one call: each text
// analysed on its own (analyse-remark.ts, as stored at write time), then the batch's
// decisions on compounds and typos (batch-terms.ts). A term is a concept of the lexicon
// (concepts.ts) or a Snowball stem.
import type { Language } from '@feedbackinstrument/shared/constants';
import { loadAnalyser } from './analyse-remark.js';
import { batchTerms, type AnalysedText } from './batch-terms.js';
import { CONCEPTS } from './concepts.js';
import { stemOf, words } from './language.js';

export type { AnalysedText, Token } from './batch-terms.js';

export interface TextIn {
  text: string;
  lang: string;
}

export interface ConceptIndex {
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
          if (other !== undefined && other !== concept)
            throw new Error(`Lexicon: "${form}" (${lang}) stems to "${stems[0]}", already ${other}`);
          index.byStem.set(key, concept);
          if (!index.surface.has(lang)) index.surface.set(lang, new Set());
          index.surface.get(lang)!.add(parts[0]!);
        } else {
          const key = `${lang}:${stems[0]}`;
          const list2 = index.sequences.get(key) ?? [];
          list2.push({ stems, concept });
          index.sequences.set(
            key,
            list2.sort((a, b) => b.stems.length - a.stems.length),
          );
        }
      }
    }
  }
  conceptIndex = index;
  return index;
}

/** `lexicon: false` leaves the concept lexicon out (the benchmark measures what it adds). */
export async function analyseTexts(texts: readonly TextIn[], options: { lexicon?: boolean } = {}): Promise<AnalysedText[]> {
  const analyse = await loadAnalyser();
  return batchTerms(
    texts.map((t) => analyse(t.text, t.lang)),
    options,
  );
}
