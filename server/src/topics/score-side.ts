// A step of the partition (partition.ts): which remarks of a group say its problem by their score.
// A recurring problem is reported in low scores; a remark that uses the same words with a
// high score and says nothing went wrong ("the payment was quick and easy", 5) praises the
// same thing, it does not report that problem. GSDMM groups remarks by their words alone,
// so a group holds both.
import type { AnalysedText } from './batch-terms.js';
import { concepts } from './concept-index.js';
import { NEGATION_TERM } from './language.js';

/** -1: a complaint, 1: praise, 0: neither. */
export type Side = -1 | 0 | 1;

/** The lexicon's concept of a failure ("mislukt", "foutmelding", "failed"). */
const FAILURE = 'error';

/**
 * Whether a remark says something failed or did not: a negation, or a word of the lexicon's
 * failure concept (its term with the lexicon; without it, one of its stems).
 */
function saysFailure(text: AnalysedText, lexicon: boolean): boolean {
  if (text.terms.has(NEGATION_TERM) || text.terms.has(FAILURE)) return true;
  if (lexicon) return false;
  const byStem = concepts().byStem;
  for (const term of text.terms) if (byStem.get(`${text.lang}:${term}`) === FAILURE || byStem.get(`nl:${term}`) === FAILURE) return true;
  return false;
}

/**
 * Each remark's side: a complaint when scored 1-2; praise when scored 4-5 unless it says
 * something failed or did not ("4, but the upload failed"); else neither.
 */
export function sidesOf(texts: readonly AnalysedText[], scores: readonly number[], lexicon = true): Side[] {
  // Remarks that say the same share a text (batch-terms.ts): looked at once.
  const failing = new Map<AnalysedText, boolean>();
  return texts.map((text, i) => {
    const score = scores[i]!;
    if (score <= 2) return -1;
    if (score < 4) return 0;
    let failure = failing.get(text);
    if (failure === undefined) {
      failure = saysFailure(text, lexicon);
      failing.set(text, failure);
    }
    return failure ? 0 : 1;
  });
}

/**
 * The side of a group: praise when more of its remarks are praise than complaints, else
 * complaints (ties too: the finder is for problems); 0 when none is either.
 */
export function sideOfGroup(remarks: readonly number[], sides: readonly Side[]): Side {
  let low = 0;
  let high = 0;
  for (const i of remarks) {
    const side = sides[i]!;
    if (side < 0) low += 1;
    else if (side > 0) high += 1;
  }
  return low === 0 && high === 0 ? 0 : high > low ? 1 : -1;
}

/** Whether a remark of this side belongs in a group of that side: not when it is on the other side. */
export const fitsSide = (group: Side, remark: Side) => group === 0 || remark !== -group;
