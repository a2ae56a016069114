import { describe, expect, it } from 'vitest';
import { corpusRemarks } from '../bench/topics/corpus.js';
import { loadAnalyser, type RemarkAnalysis } from './analyse-remark.js';
import { encodeAnalysis } from './analysis-codec.js';
import { analysisDecoder } from './decoded-analyses.js';

const BAD_INPUT: [string, string][] = [
  ['', 'nl'],
  ['👍🏽🙂', 'nl'],
  ['X'.repeat(2_000), 'nl'],
  ['HET FORMULIER WERKT NIET!!!', 'nl'],
  ['Le mot de passe ne marche pas, ik kan niet inloggen', 'fr'],
  ['In 2024 heb ik 3 keer 112 gebeld, 2e keer lukte het', 'nl'],
  ['Ik vul het formulier in en laad de bijlage op', 'nl'],
  ['kheb da ni gezien ge', 'nl'],
  ['Die Bestätigungsmail ist nie angekommen, Wartezeit unerträglich', 'de'],
  ['I forgot my password and cannot log in', 'en'],
];

describe('the stored analysis of a remark', () => {
  it('decodes to the analysis it was made from, for every remark of the regression corpus and bad input', async () => {
    const analyse = await loadAnalyser();
    const decoder = analysisDecoder();
    const decode = (text: string) => decoder(text).analysis;
    const texts: [string, string][] = [...corpusRemarks().map((r): [string, string] => [r.text, r.lang]), ...BAD_INPUT];
    let json = 0;
    let compact = 0;
    for (const [text, lang] of texts) {
      const analysis = analyse(text, lang);
      const stored = encodeAnalysis(analysis);
      expect(stored.startsWith('{'), text).toBe(false);
      // Through JSON: the decoded analysis has no field the analysis lacks (nor undefined ones).
      expect(JSON.parse(JSON.stringify(decode(stored)))).toEqual(JSON.parse(JSON.stringify(analysis)));
      // And encoded again, the same text: the finder's canonical order sorts by it, read or made (find-topics.ts).
      expect(encodeAnalysis(decode(stored))).toBe(stored);
      json += JSON.stringify(analysis).length;
      compact += stored.length;
    }
    expect(compact).toBeLessThan(json / 3);
  });

  it('keeps what a prefix cannot say: digits, an empty stem list, a term with a mark (stored as JSON)', () => {
    const decoder = analysisDecoder();
    const decode = (text: string) => decoder(text).analysis;
    const cases: RemarkAnalysis[] = [
      { lang: 'nl', tokens: [] },
      {
        lang: 'nl',
        tokens: [
          { f: '2024', t: ['2024'] },
          { f: 'abc', t: ['12'] },
          { f: 'log in', t: ['login'], s: [] },
        ],
      },
      { lang: 'fr', tokens: [{ f: 'mot de passe', t: ['password'], s: ['mot', 'pass'], p: ['mo', '#x'], d: 1 }] },
      { lang: 'en', tokens: [{ f: 'odd', t: ['a|b'] }] },
      { lang: 'en', tokens: [{ f: 'odd', t: ['a,b'], s: [''] }] },
    ];
    for (const analysis of cases) expect(decode(encodeAnalysis(analysis))).toEqual(analysis);
    expect(encodeAnalysis(cases[3]!).startsWith('{')).toBe(true);
  });

  it('reads an analysis stored as JSON (as analyser version 2 stored them all), with its terms left out', () => {
    const stored = JSON.stringify({ terms: ['login'], lang: 'nl', tokens: [{ f: 'inloggen', t: ['login'], s: ['inlogg'] }] });
    expect(analysisDecoder()(stored).analysis).toEqual({ lang: 'nl', tokens: [{ f: 'inloggen', t: ['login'], s: ['inlogg'] }] });
  });
});
