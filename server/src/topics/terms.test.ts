import { describe, expect, it } from 'vitest';
import { clusterTopics, keyness, KEYNESS } from './cluster.js';
import { analyseTexts, concepts } from './terms.js';

const termsOf = async (texts: [string, string][]) => (await analyseTexts(texts.map(([lang, text]) => ({ lang, text })))).map((a) => [...a.terms].sort());

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

  it('has a lexicon in which no stem means two concepts', () => {
    expect(() => concepts()).not.toThrow();
    expect(concepts().byStem.get('fr:passe')).toBeUndefined();
  });
});

describe('choosing topics', () => {
  it('weighs a word against the other services: as often there is no keyness, more often is', () => {
    expect(Math.abs(keyness(20, 100, 40, 200))).toBeLessThan(0.01);
    expect(keyness(12, 100, 0, 200)).toBeGreaterThan(KEYNESS);
    expect(keyness(2, 100, 4, 200)).toBeLessThan(KEYNESS);
  });

  it('never starts a topic from a word every service uses, and joins the words of one problem', () => {
    const here = [
      ...Array.from({ length: 8 }, (_, i) => new Set(i % 2 ? ['aanvrag', 'password', 'reset'] : ['password', 'reset'])),
      ...Array.from({ length: 4 }, () => new Set(['reset', 'link'])),
      ...Array.from({ length: 30 }, (_, i) => new Set(['aanvrag', `once${i}`])),
    ];
    // "aanvrag" in 34 of 42 remarks here, 80 of 100 elsewhere: as common.
    const elsewhere = Array.from({ length: 100 }, (_, i) => new Set(i % 5 ? ['aanvrag', 'formulier'] : ['formulier', `other${i}`]));
    const [topic, ...others] = clusterTopics(here, elsewhere, { limit: 10, minCount: 3 });
    expect(others).toEqual([]);
    expect(topic!.terms).toEqual(expect.arrayContaining(['password', 'reset', 'link']));
    expect(topic!.terms).not.toContain('aanvrag');
    expect(topic!.remarks).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(topic!.negated).toBe(false);
  });
});
