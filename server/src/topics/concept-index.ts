// The concept lexicon (concepts.ts) stemmed once, for the analyser of one remark and for
// the batch's decisions alike.
import type { Language } from '@feedbackinstrument/shared/constants';
import { CONCEPTS } from './concepts.js';
import { stemOf, words } from './language.js';

export interface ConceptIndex {
  /** Concept by `lang:stem`: a stem means a concept only in its own language ("plots" is no plot in Dutch). */
  byStem: Map<string, string>;
  /** Forms of several words, per language, by the stem of their first word (longest first). */
  sequences: Map<Language, Map<string, { stems: string[]; concept: string }[]>>;
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
          if (!index.sequences.has(lang)) index.sequences.set(lang, new Map());
          const byFirst = index.sequences.get(lang)!;
          const list2 = byFirst.get(stems[0]!) ?? [];
          list2.push({ stems, concept });
          byFirst.set(
            stems[0]!,
            list2.sort((a, b) => b.stems.length - a.stems.length),
          );
        }
      }
    }
  }
  conceptIndex = index;
  return index;
}
