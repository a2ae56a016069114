// Pure: a remark's words (with their lexemes) in, its phrases out. A phrase is 1–4
// consecutive content words (at most one stop word between two of them), keyed by their
// lexemes; "¬" is added when a negation stands inside the phrase or right next to it.

export const NEGATED = '¬';
export const MAX_PHRASE_WORDS = 4;

export interface Token {
  /** The word as written (lower case). */
  word: string;
  /** Its lexeme; null for a stop word or a word that carries no topic (numbers, single letters). */
  lexeme: string | null;
  negation: boolean;
}

export interface Phrase {
  key: string;
  /** Content lexemes, plus NEGATED when negated. */
  terms: string[];
  /** The words as written, from the first to the last word of the phrase (negation included). */
  label: string;
}

/** Every distinct phrase of one remark. */
export function phrasesOf(tokens: readonly Token[]): Phrase[] {
  const content = tokens.flatMap((t, index) => (t.lexeme !== null ? [index] : []));
  const phrases = new Map<string, Phrase>();
  for (let start = 0; start < content.length; start += 1) {
    for (let length = 1; length <= MAX_PHRASE_WORDS && start + length <= content.length; length += 1) {
      const last = start + length - 1;
      if (length > 1 && content[last]! - content[last - 1]! > 2) break;
      let first = content[start]!;
      let end = content[last]!;
      let negated = false;
      for (let i = first + 1; i < end; i += 1) if (tokens[i]!.negation) negated = true;
      if (tokens[first - 1]?.negation) [negated, first] = [true, first - 1];
      if (tokens[end + 1]?.negation) [negated, end] = [true, end + 1];
      const lexemes = content.slice(start, last + 1).map((i) => tokens[i]!.lexeme!);
      const terms = negated ? [...lexemes, NEGATED] : lexemes;
      const key = terms.join(' ');
      if (!phrases.has(key)) {
        phrases.set(key, {
          key,
          terms,
          label: tokens
            .slice(first, end + 1)
            .map((t) => t.word)
            .join(' '),
        });
      }
    }
  }
  return [...phrases.values()];
}
