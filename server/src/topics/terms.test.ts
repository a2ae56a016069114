import { describe, expect, it } from 'vitest';
import { loadAnalyser } from './analyse-remark.js';
import { encodeAnalysis } from './analysis-codec.js';
import { stemOf } from './language.js';
import { generalTerms } from './partition.js';
import { analyseTexts, concepts } from './terms.js';
import { translations } from './translations.js';
import { corpusRemarks } from '../bench/topics/corpus.js';

const termsOf = async (texts: [string, string][]) =>
  (await analyseTexts(texts.map(([lang, text]) => ({ lang, text })))).map((a) => [...a.terms].sort());

describe('the terms of a remark', () => {
  it('reads a compound and its parts as the same terms ("wachtwoordherstel", "wachtwoord herstellen")', async () => {
    const [compound, parts, inflected] = await termsOf([
      ['nl', 'Wachtwoordherstel'],
      ['nl', 'wachtwoord herstellen'],
      ['nl', 'Mijn wachtwoord wordt niet hersteld'],
    ]);
    expect(compound).toEqual(['password', 'reset']);
    expect(parts).toEqual(['password', 'reset']);
    expect(inflected).toEqual(expect.arrayContaining(['password', '¬']));
  });

  it('splits a German compound when its parts are written on their own too', async () => {
    const [compound] = await termsOf([
      ['de', 'Bestätigungsmail nie angekommen'],
      ['de', 'Keine Bestätigung per Mail'],
      ['de', 'Die Mail kam nicht'],
    ]);
    expect(compound).toEqual(expect.arrayContaining(['confirmation', 'mail', '¬']));
  });

  it('keeps negations as "¬" in every language, and the same problem in four languages is the same terms', async () => {
    const all = await termsOf([
      ['nl', 'Het wachtwoord herstellen werkt niet'],
      ['fr', 'La réinitialisation du mot de passe ne fonctionne pas'],
      ['en', "Password reset doesn't work"],
      ['de', 'Passwort zurücksetzen funktioniert nicht'],
    ]);
    for (const terms of all) expect(terms).toEqual(['password', 'reset', 'works', '¬']);
  });

  it('takes a rare misspelling one letter from a frequent word as that word, but not a dictionary word', async () => {
    const [typo, ...rest] = await termsOf([
      ['nl', 'wachtwoort vergeten'],
      ...Array.from({ length: 5 }, (): [string, string] => ['nl', 'wachtwoord vergeten']),
      ['nl', 'De kalender is leeg'],
      ...Array.from({ length: 5 }, (): [string, string] => ['nl', 'de kalenders zijn leeg']),
    ]);
    expect(typo).toEqual(['forgotten', 'password']);
    expect(rest.at(-1)).toEqual(['calendar', 'leg']);
  });

  it('reads a French remark sent from a Dutch page as French', async () => {
    const [terms] = await termsOf([['nl', "Je n'ai pas reçu le mail de confirmation"]]);
    expect(terms).toEqual(['confirmation', 'mail', 'received', '¬']);
  });

  it('writes a French, English or German word as the Dutch word it translates to when the Dutch remarks say it (FreeDict)', async () => {
    const texts = [
      ['nl', 'De handtekening wordt niet aanvaard'],
      ['nl', 'handtekening geweigerd'],
      ['fr', 'La signature est refusée'],
      ['en', 'My signature was rejected'],
      ['de', 'Die Unterschrift wird abgelehnt'],
    ].map(([lang, text]) => ({ lang: lang!, text: text! }));
    const [nl, , fr, en, de] = await analyseTexts(texts, { lexicon: false, translations: await translations() });
    const signature = stemOf('nl', 'handtekening');
    expect([...nl!.terms]).toContain(signature);
    for (const text of [fr, en, de]) expect([...text!.terms]).toContain(signature);
    // Without the dictionary each language keeps its own word.
    const [, , alone] = await analyseTexts(texts, { lexicon: false });
    expect([...alone!.terms]).not.toContain(signature);
  });

  it('never takes a concept of the lexicon for a general word, but a general word without one is', async () => {
    // "afspraak" and "vrij" are among the most said words of Dutch, yet tell one problem from another.
    const texts = await analyseTexts(
      [
        ['nl', 'Geen enkele afspraak meer vrij'],
        ['nl', 'Er is nooit een afspraak vrij'],
        ['nl', 'Het werkt goed'],
      ].map(([lang, text]) => ({ lang: lang!, text: text! })),
    );
    const withLexicon = generalTerms(texts, undefined, true);
    expect(withLexicon.has('appointment')).toBe(false);
    expect(withLexicon.has('available')).toBe(false);
    expect(withLexicon.has(stemOf('nl', 'goed'))).toBe(true);
    // Concepts every problem says stay general; without the flag, the words' general use decides.
    expect(withLexicon.has('works')).toBe(true);
    expect(generalTerms(texts).has('available')).toBe(true);
  });

  it('gives each remark the same terms whatever order the batch comes in (the compared period is counted unsorted)', async () => {
    const remarks = corpusRemarks().map((r) => ({ lang: r.lang, text: r.text }));
    const termsIn = async (order: number[], options = {}) => {
      const texts = await analyseTexts(
        order.map((i) => remarks[i]!),
        options,
      );
      const byRemark = new Array<string[]>(remarks.length);
      order.forEach((i, k) => {
        byRemark[i] = [...texts[k]!.terms].sort();
      });
      return byRemark;
    };
    const forward = remarks.map((_, i) => i);
    const shuffled = [...forward].sort((a, b) => ((a * 7919) % 101) - ((b * 7919) % 101) || a - b);
    const dictionary = { translations: await translations() };
    expect(await termsIn([...forward].reverse())).toEqual(await termsIn(forward));
    expect(await termsIn(shuffled)).toEqual(await termsIn(forward));
    expect(await termsIn(shuffled, dictionary)).toEqual(await termsIn(forward, dictionary));
    expect(await termsIn(shuffled, { lexicon: false })).toEqual(await termsIn(forward, { lexicon: false }));
  });

  it('analyses a word by the separable verb it is part of every time, and the same word alone as itself (the analyser keeps both)', async () => {
    const analyse = await loadAnalyser();
    const stored = (text: string) => encodeAnalysis(analyse(text, 'nl'));
    const texts = [
      'Het formulier liep vast.',
      'Ik liep naar huis.',
      'vul het formulier in',
      'ik vul het formulier',
      'het is ingevuld',
      'vast',
    ];
    const first = texts.map(stored);
    expect(first).toEqual([
      'nl|het|formulier=9!|liep=vastliep+vast,4!|vast',
      'nl|ik|liep=4!|naar|huis=4!',
      'nl|vul=invul+invul,len!|het|formulier=9!|in',
      'nl|ik|vul=3!|het|formulier=9!',
      'nl|het|is|ingevuld=invul+invul,len!',
      'nl|vast=4!', // the particle of the first remark carries no term; the word alone does
    ]);
    // Again, in the other order: what the analyser keeps never changes an analysis.
    expect([...texts].reverse().map(stored).reverse()).toEqual(first);
  });

  it('has a lexicon in which no stem means two concepts', () => {
    expect(() => concepts()).not.toThrow();
    expect(concepts().byStem.get('fr:passe')).toBeUndefined();
  });
});
