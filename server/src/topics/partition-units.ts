// Step 1 of partition.ts: each remark's features (the terms that may make a topic, as
// numbers) and the units GSDMM groups: remarks that say the same features are one unit.
import type { AnalysedText } from './batch-terms.js';
import type { Unit } from './gsdmm.js';

export interface PartitionUnits {
  /** Each remark's features: the numbers of its kept terms, the terms sorted by UTF-16 code units. */
  features: number[][];
  /** Each feature's term, by its number. */
  names: string[];
  /** Each feature's number, by its term. */
  ids: Map<string, number>;
  /** The distinct feature lists, in the order of their first remark, weighted by how many remarks say them. */
  units: Unit[];
  /** Each unit's remarks. */
  members: number[][];
}

export function unitsOf(texts: readonly AnalysedText[], isFeature: (term: string) => boolean): PartitionUnits {
  const ids = new Map<string, number>();
  // A text shared by several remarks (batch-terms.ts) is looked at once.
  const featuresOf = new Map<AnalysedText, number[]>();
  const features = texts.map((text) => {
    let words = featuresOf.get(text);
    if (words === undefined) {
      const kept: string[] = [];
      for (const t of text.terms) if (isFeature(t)) kept.push(t);
      sortStrings(kept);
      words = [];
      for (const t of kept) {
        let id = ids.get(t);
        if (id === undefined) {
          id = ids.size;
          ids.set(t, id);
        }
        words.push(id);
      }
      featuresOf.set(text, words);
    }
    return words;
  });
  const unitOf = new Map<string, number>();
  const unitOfWords = new Map<readonly number[], number>();
  const units: Unit[] = [];
  const members: number[][] = [];
  features.forEach((words, i) => {
    let u = unitOfWords.get(words);
    if (u === undefined) {
      const key = words.join(',');
      u = unitOf.get(key);
      if (u === undefined) {
        u = units.length;
        unitOf.set(key, u);
        units.push({ words, weight: 0 });
        members.push([]);
      }
      unitOfWords.set(words, u);
    }
    (units[u] as { weight: number }).weight += 1;
    members[u]!.push(i);
  });
  return { features, names: [...ids.keys()], ids, units, members };
}

/**
 * Sorts a remark's few terms in place, by UTF-16 code units as the default sort does. An
 * insertion sort: Array.prototype.sort allocated a work array per call, and this runs once
 * per distinct text of up to 20,000 (about a twelfth of a call's garbage).
 */
function sortStrings(list: string[]): void {
  for (let i = 1; i < list.length; i += 1) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && list[j]! > item) {
      list[j + 1] = list[j]!;
      j -= 1;
    }
    list[j + 1] = item;
  }
}
