// Pure: how a topic is shown so that a reader sees why its remarks belong together: a label
// in the users' own words, the forms each term was written in, and per remark the words
// that matched.
import { NEGATION_TERM } from './language.js';
import type { AnalysedText, Token } from './terms.js';

/** A label is a stretch of at most this many words of one remark. */
const MAX_LABEL_WORDS = 6;
const MAX_FORMS = 5;

/** The tokens of a remark that gave one of the terms. */
export function matchedTokens(text: AnalysedText, terms: ReadonlySet<string>): Token[] {
  return text.tokens.filter((t) => t.terms.some((term) => terms.has(term)));
}

const mostCommon = (counts: Map<string, number>) =>
  [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0])).map(([text]) => text);

/** How each term was written in the topic's remarks, most frequent first. */
export function formsOf(texts: readonly AnalysedText[], remarks: readonly number[], term: string): string[] {
  // A text that several remarks share (batch-terms.ts) is read once and counted as often.
  const times = new Map<AnalysedText, number>();
  for (const i of remarks) times.set(texts[i]!, (times.get(texts[i]!) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [text, n] of times) for (const t of text.tokens) if (t.terms.includes(term)) counts.set(t.form, (counts.get(t.form) ?? 0) + n);
  return mostCommon(counts).slice(0, MAX_FORMS);
}

/** A remark's stretch for the label (see labelOf): its words as written and the terms it says, or null. */
function stretchOf(tokens: readonly Token[], own: ReadonlySet<string>): { label: string; key: string } | null {
  const hits: number[] = [];
  for (let index = 0; index < tokens.length; index += 1) if (tokens[index]!.terms.some((term) => own.has(term))) hits.push(index);
  if (hits.length < 2) return null;
  let best: [number, number] | null = null;
  // The shortest stretch with the most distinct terms, scanning every start.
  for (let a = 0; a < hits.length; a += 1) {
    const seen = new Set<string>();
    for (let b = a; b < hits.length; b += 1) {
      for (const term of tokens[hits[b]!]!.terms) if (own.has(term)) seen.add(term);
      const from = hits[a]!;
      const to = hits[b]!;
      if (to - from + 1 > MAX_LABEL_WORDS) break;
      if (seen.size >= 2 && (!best || to - from < best[1] - best[0])) best = [from, to];
    }
  }
  if (!best) return null;
  let [from, to] = best;
  if (tokens[to + 1]?.terms.includes(NEGATION_TERM)) to += 1;
  if (tokens[from - 1]?.terms.includes(NEGATION_TERM)) from -= 1;
  const stretch = tokens.slice(from, to + 1);
  return {
    label: stretch.map((t) => t.form).join(' '),
    key: stretch.flatMap((t) => t.terms.filter((term) => own.has(term) || term === NEGATION_TERM)).join(' '),
  };
}

/**
 * The label: in each remark, the shortest stretch of words from the first to the last word
 * that matched the topic's terms (a negation inside or right after it included); of the
 * stretches most remarks share (by the terms they say), the most common text. When no stretch is shared by two remarks, the most common way
 * of writing its first term. Either way words as users wrote them, so that searching the
 * remarks for the label as a phrase (the dashboard does) finds them.
 */
export function labelOf(texts: readonly AnalysedText[], remarks: readonly number[], terms: readonly string[]): string {
  const own = new Set(terms.filter((t) => t !== NEGATION_TERM));
  // Stretches are grouped by the terms they say, in order ("wachtwoord herstellen" and
  // "paswoord herstellen" are one); the group most remarks share is named by its most common text.
  const groups = new Map<string, Map<string, number>>();
  const labelLanguage = new Map<string, string>();
  // A text that several remarks share is looked at once.
  const stretches = new Map<AnalysedText, { label: string; key: string } | null>();
  for (const i of remarks) {
    const text = texts[i]!;
    let found = stretches.get(text);
    if (found === undefined) {
      found = stretchOf(text.tokens, own);
      stretches.set(text, found);
    }
    if (found === null) continue;
    const { label, key } = found;
    if (!groups.has(key)) groups.set(key, new Map());
    labelLanguage.set(label, text.lang);
    const written = groups.get(key)!;
    written.set(label, (written.get(label) ?? 0) + 1);
  }
  const sizeOf = (written: Map<string, number>) => [...written.values()].reduce((a, b) => a + b, 0);
  const best = [...groups.values()].sort((a, b) => sizeOf(b) - sizeOf(a))[0];
  if (best && sizeOf(best) >= 2) {
    // In the language most of the topic's remarks are written in, when one of its texts is.
    const languages = new Map<string, number>();
    for (const i of remarks) languages.set(texts[i]!.lang, (languages.get(texts[i]!.lang) ?? 0) + 1);
    const main = mostCommon(languages)[0];
    const inMain = new Map([...best].filter(([label]) => labelLanguage.get(label) === main));
    return mostCommon(inMain.size > 0 ? inMain : best)[0]!;
  }
  const first = terms.find((t) => t !== NEGATION_TERM)!;
  return formsOf(texts, remarks, first)[0] ?? first;
}
