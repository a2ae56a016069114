// A stored analysis holds the concepts of the lexicon its words matched (analyse-remark.ts):
// a lexicon changed without a new ANALYSER_VERSION would leave every stored remark with the
// old concepts and new remarks with the new ones, two readings of one problem, until the
// next reindex nobody would know to run.
// It guards the lexicon only, the part edited most: a change of the stop words, negations,
// separable verbs, dictionaries or stemmer that alters analyses needs a new version too.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANALYSER_VERSION } from './analyse-remark.js';
import { CONCEPTS } from './concepts.js';

/** The lexicon each analyser version was made with (sha256 of the JSON of CONCEPTS). */
const LEXICON_OF_VERSION: Readonly<Record<number, string>> = {
  4: '13b6a5496f007014f27173a66e4a154289dc27faddb73dd5fc893679c903c5da',
};

describe('the analyser version', () => {
  it('is bumped whenever the concept lexicon changes', () => {
    const digest = createHash('sha256').update(JSON.stringify(CONCEPTS)).digest('hex');
    // On failure: bump ANALYSER_VERSION (analyse-remark.ts) and record the new digest for it here.
    expect(digest, `the lexicon of ANALYSER_VERSION ${ANALYSER_VERSION}`).toBe(LEXICON_OF_VERSION[ANALYSER_VERSION]);
  });
});
