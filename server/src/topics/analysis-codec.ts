// How a remark's analysis is stored in responses.remark_analysis (migration 0018): one line, about a quarter of
// its JSON. The finder reads 20,000 of them per call, and sending, decoding and collecting
// the JSON (7.7 MB for the benchmark's 20,000 remarks) was most of its time.
//
//   nl|ik|kan|de|aanvraag=aanvrag+3,vrag!|niet=¬|knop=button~4!|doet=4|niets=¬
//
// The language, then each token: its form, "=" its terms, "~" its stems without the lexicon,
// "+" its compound parts, "!" a dictionary word; a list item written as a number n is the
// first n letters of the form ("doet=4": doet, "knop~4": knop), most stems are. A word without terms
// (a stop word) is its form alone. Forms are letters, digits and spaces (analyse-remark.ts),
// so the marks cannot occur in them; an analysis with a mark in a term is stored as JSON,
// which decodeAnalysis also reads. decoded-analyses.ts
// keeps what it decoded.
import type { Language } from '@feedbackinstrument/shared/constants';
import type { RemarkAnalysis, TokenAnalysis } from './analyse-remark.js';
import { detached } from '../kernel/detached-string.js';

const MARKS = /[|=~+!,#{]/u;

function encodeList(form: string, items: readonly string[]): string {
  return items
    .map((item) => (item.length > 0 && form.startsWith(item) ? String(item.length) : isDigits(item) ? `#${item}` : item))
    .join(',');
}

function encodeToken(token: TokenAnalysis): string {
  let out = token.f;
  if (token.t.length > 0) out += `=${encodeList(token.f, token.t)}`;
  if (token.s) out += `~${encodeList(token.f, token.s)}`;
  if (token.p) out += `+${encodeList(token.f, token.p)}`;
  if (token.d === 1) out += '!';
  return out;
}

const hasMark = (token: TokenAnalysis) =>
  MARKS.test(token.f) || [...token.t, ...(token.s ?? []), ...(token.p ?? [])].some((item) => item === '' || MARKS.test(item));

/**
 * Each token's stored text (null: it has a mark), kept per token object: the analyser shares
 * a word's token between the remarks that write it (analyse-remark.ts), so the write path
 * encodes a word once, not in every remark.
 */
const encodedTokens = new WeakMap<TokenAnalysis, string | null>();
const encodedToken = (token: TokenAnalysis): string | null => {
  let text = encodedTokens.get(token);
  if (text === undefined) {
    text = hasMark(token) ? null : encodeToken(token);
    encodedTokens.set(token, text);
  }
  return text;
};

/** The stored text of an analysis. */
export function encodeAnalysis(analysis: RemarkAnalysis): string {
  const tokens = analysis.tokens.map(encodedToken);
  if (MARKS.test(analysis.lang) || tokens.includes(null)) return JSON.stringify(analysis);
  return [analysis.lang, ...tokens].join('|');
}

const isDigits = (item: string) => {
  for (let i = 0; i < item.length; i += 1) {
    const code = item.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return item.length > 0;
};

const decodeItem = (form: string, item: string) =>
  item.charCodeAt(0) === 35 /* # */ ? item.slice(1) : isDigits(item) ? form.slice(0, Number(item)) : item;

function decodeList(form: string, text: string): string[] {
  if (text === '') return [];
  if (!text.includes(',')) return [decodeItem(form, text)];
  return text.split(',').map((item) => decodeItem(form, item));
}

function decodeToken(text: string): TokenAnalysis {
  const body = text.endsWith('!') ? text.slice(0, -1) : text;
  // The fields in their order: the form, then "=" terms, "~" stems, "+" parts, each optional.
  const equals = body.indexOf('=');
  const tilde = body.indexOf('~');
  const plus = body.indexOf('+');
  const partsFrom = plus >= 0 ? plus : body.length;
  const stemsFrom = tilde >= 0 ? tilde : partsFrom;
  const termsFrom = equals >= 0 ? equals : stemsFrom;
  const f = body.slice(0, termsFrom);
  const token: TokenAnalysis = { f, t: equals < 0 ? [] : decodeList(f, body.slice(equals + 1, stemsFrom)) };
  if (tilde >= 0) token.s = decodeList(f, body.slice(tilde + 1, partsFrom));
  if (plus >= 0) token.p = decodeList(f, body.slice(plus + 1));
  if (body !== text) token.d = 1;
  return token;
}

/** Whether a stored analysis is in the line form above (else JSON: a mark in a term). */
export const isLineForm = (text: string) => !text.startsWith('{');

/**
 * The analysis a stored text says. `tokens` holds the tokens decoded before, by their
 * stored text: a token written the same way in several remarks is decoded once and shared
 * (read only), as the analyser shares it (analyse-remark.ts).
 */
export function decodeAnalysis(text: string, tokens: Map<string, TokenAnalysis>): RemarkAnalysis {
  if (!isLineForm(text)) {
    const { lang, tokens: list } = JSON.parse(text) as RemarkAnalysis;
    return { lang, tokens: list };
  }
  const parts = text.split('|');
  const out: TokenAnalysis[] = new Array(parts.length - 1);
  for (let i = 1; i < parts.length; i += 1) {
    const part = parts[i]!;
    let token = tokens.get(part);
    if (token === undefined) {
      // Detached: the token is kept with others' analyses (decoded-analyses.ts), and cut from
      // this text it would keep the whole text in memory after this one's remark is erased.
      const own = detached(part);
      token = decodeToken(own);
      tokens.set(own, token);
    }
    out[i - 1] = token;
  }
  return { lang: parts[0] as Language, tokens: out };
}
