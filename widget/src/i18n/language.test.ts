import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@feedbackinstrument/shared/constants';
import { messages, pickLanguage } from './index.js';

describe('pickLanguage', () => {
  it.each([
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['fr', 'fr'],
    ['fr-BE', 'fr'],
    ['FR', 'fr'],
    ['en_GB', 'en'],
    [' en ', 'en'],
    ['de-AT', 'de'],
    ['de-BE', 'de'],
  ])('%j → %s', (tag, language) => {
    expect(pickLanguage(tag)).toBe(language);
  });

  it.each([['es'], ['it-IT'], ['nld'], [''], ['-'], [null], [undefined]])('falls back to Dutch for %j', (tag) => {
    expect(pickLanguage(tag)).toBe('nl');
  });
});

describe('messages', () => {
  const shape = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(shape)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, shape(v)]))
        : typeof value;

  it('has every text in every language, none empty', () => {
    for (const language of LANGUAGES) {
      expect(shape(messages[language]), language).toEqual(shape(messages.nl));
      const texts = JSON.stringify(messages[language]).match(/"[^"]*"/g) ?? [];
      expect(
        texts.filter((text) => text === '""'),
        language,
      ).toEqual([]);
    }
  });

  it('labels the five scores in plain words', () => {
    expect(messages.nl.scores).toEqual(['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden']);
    expect(messages.fr.scores).toEqual(['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait']);
    expect(messages.en.scores).toEqual(['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied']);
    expect(messages.de.scores).toEqual(['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden']);
  });

  it('has the placeholders the widget fills in', () => {
    for (const language of LANGUAGES) {
      const m = messages[language];
      expect(m.count, language).toMatch(/#.*%/);
      expect(m.left, language).toContain('#');
      expect(m.easeEnds, language).toHaveLength(2);
      expect(m.completedOptions, language).toHaveLength(3);
    }
  });

  it('warns in plain words not to type personal data', () => {
    expect(messages.nl.privacy).toMatch(/naam.*rijksregisternummer.*telefoonnummer.*e-mailadres/);
    expect(messages.fr.privacy).toMatch(/registre national/);
    expect(messages.en.privacy).toMatch(/national register number/);
    expect(messages.de.privacy).toMatch(/Nationalregisternummer/);
  });
});
