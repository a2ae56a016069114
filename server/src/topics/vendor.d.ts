// Type declarations for two small libraries that ship none.

declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

declare module 'stopword' {
  /** Stop-word lists by ISO 639-3 code. */
  export const nld: string[];
  export const fra: string[];
  export const eng: string[];
  export const deu: string[];
}
