import { withoutForbiddenText } from '../../http/text-input.js';
import { passesIbanCheck, passesLuhn, passesNationalNumberCheck } from './checksums.js';

// Placeholders the analysts see instead of the personal data (Dutch, the language of
// the reports). Checksums keep ordinary numbers (dossier numbers, amounts, dates,
// postcodes) untouched: only what really is such a number is replaced.
export const PLACEHOLDERS = {
  email: '[e-mailadres]',
  phone: '[telefoonnummer]',
  nationalNumber: '[rijksregisternummer]',
  iban: '[rekeningnummer]',
  card: '[kaartnummer]',
} as const;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

// IBAN: two letters, two check digits, then 10–30 letters/digits, optionally in groups of four.
const IBAN = /\b[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]){10,30}\b/g;

// Runs of digits with the separators people put in numbers (space, dot, dash, slash),
// optionally starting with + or a parenthesised part: candidates for phone, national
// register and card numbers, judged by their digits afterwards.
const NUMBER_RUN = /(?<![\p{L}\p{N}])(?:\+|00)?\d(?:[ ./-]?\(?\d\)?){7,22}(?![\p{L}\p{N}])/gu;

const DATE_START = /^\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})(?!\d)/;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

function classifyNumber(run: string): keyof typeof PLACEHOLDERS | null {
  const digits = run.replace(/\D/g, '');
  const international = run.startsWith('+') || run.startsWith('00');

  // Checksums first: a national number such as 85.07.30-033.28 starts like a date.
  if (digits.length === 11 && !international && passesNationalNumberCheck(digits)) return 'nationalNumber';
  if (digits.length >= 13 && digits.length <= 19 && !international && passesLuhn(digits)) return 'card';
  if (!international && (DATE_START.test(run) || ISO_DATE_START.test(run))) return null;

  if (international) {
    const national = run.startsWith('+') ? digits : digits.slice(2);
    // Country code plus subscriber number: 8 to 15 digits in all (E.164).
    if (national.length >= 8 && national.length <= 15) return 'phone';
    return null;
  }
  // Belgian numbers written nationally: mobile 04xx xx xx xx (10 digits),
  // landline 0x xxx xx xx or 0xx xx xx xx (9 digits; 04 is also Liège's area code).
  if (digits.length === 10 && /^04[5-9]/.test(digits)) return 'phone';
  if (digits.length === 9 && /^0[1-9]/.test(digits)) return 'phone';
  return null;
}

/**
 * A run may end in a separator or a closing parenthesis that belongs to the sentence,
 * not to the number: "bel 0470 12 34 56." or "(09 210 10 10)".
 */
function trimRun(run: string): string {
  let end = run.length;
  for (;;) {
    const last = run[end - 1];
    const head = run.slice(0, end);
    if (last && ' ./-'.includes(last)) end--;
    else if (last === ')' && head.split('(').length < head.split(')').length) end--;
    else return run.slice(0, end);
  }
}

/** Replaces personal data in a remark by placeholders. Idempotent. */
export function scrubRemark(text: string): string {
  let out = text.replace(EMAIL, PLACEHOLDERS.email);
  out = out.replace(IBAN, (match) => {
    // The pattern is greedy and may run on into the next word ("BE68 5390 0754 7034 aub"):
    // take the longest prefix, ending at a group boundary, that passes the checksum.
    for (let end = match.length; end >= 14; end--) {
      if (end < match.length && match[end] !== ' ') continue;
      if (passesIbanCheck(match.slice(0, end).replace(/ /g, ''))) return PLACEHOLDERS.iban + match.slice(end);
    }
    return match;
  });
  out = out.replace(NUMBER_RUN, (match) => {
    const trimmed = trimRun(match);
    const kind = classifyNumber(trimmed);
    return kind ? PLACEHOLDERS[kind] + match.slice(trimmed.length) : match;
  });
  return out;
}

/** Normalises a remark for storage: scrubbed, trimmed, empty becomes null. */
export function cleanRemark(remark: string | undefined): string | null {
  if (remark === undefined) return null;
  const trimmed = withoutForbiddenText(remark).trim();
  return trimmed === '' ? null : scrubRemark(trimmed);
}
