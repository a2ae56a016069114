// Whatever remarks come in, the finder answers: never a throw, and it says when there are
// too few remarks to find anything. The analysis of one remark is per remark (the same
// text gives the same analysis whatever else is analysed) and separable verbs, Flemish
// spellings and negations are read as citizens write them.
import { describe, expect, it } from 'vitest';
import type { RemarkRow } from '../remarks/remarks.js';
import { analysisTerms, loadAnalyser } from './analyse-remark.js';
import { analysed, topicsOf } from './find-topics.js';
import { periodTopicsOf } from './topics-of-period.js';
import { isRising } from '../alerts/evaluate-alerts.js';

const row = (i: number, remark: string, lang = 'nl', score = 2): RemarkRow => ({
  id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  received_at: new Date(Date.UTC(2026, 0, 1 + (i % 28))),
  position: '',
  local_day: '2026-01-01',
  score,
  remark,
  lang,
  context: 'transaction',
  channel: 'e-loket',
  step: null,
  ease: null,
  completed: null,
});

const topicsOfTexts = async (texts: readonly (string | [string, string])[]) =>
  topicsOf(await analysed(texts.map((t, i) => (typeof t === 'string' ? row(i, t) : row(i, t[1], t[0])))), null, {
    limit: 10,
    minCount: 3,
  });

describe('the topic finder on bad input', () => {
  it('says there are too few remarks for 0, 1 or 2 remarks', async () => {
    for (const texts of [[], ['Itsme werkt niet'], ['Itsme werkt niet', 'Itsme werkt niet']]) {
      const found = await topicsOfTexts(texts);
      expect(found.tooFew).toBe(true);
      expect(found.topics).toEqual([]);
      expect(found.remarks).toBe(texts.length);
    }
  });

  it('counts the remarks of a compared period also when there is no topic to count in it', async () => {
    const compared = await analysed(['Itsme werkt niet', 'Prima', 'Het formulier liep vast.'].map((t, i) => row(100 + i, t)));
    for (const current of [['Itsme werkt niet'], ['Prima', 'Vlot', 'Goed', 'Dank u', 'Top', 'Snel', 'Oké']]) {
      const found = await topicsOf(await analysed(current.map((t, i) => row(i, t))), compared, { limit: 10, minCount: 3 });
      expect(found.topics).toEqual([]);
      expect(found.comparedRemarks).toBe(3);
    }
  });

  it('shows the same example whatever ids remarks written alike have, and each text once', async () => {
    // One analysis (case and punctuation aside); read from the database, each has its text's hash.
    const alike = ['Itsme login werkt niet', 'ITSME LOGIN WERKT NIET!!', 'itsme login werkt niet.'];
    const others = ['Inloggen met itsme werkt niet', 'Itsme login werkt niet op mijn gsm', 'Prima', 'Vlot geholpen', 'Goed'];
    const examplesWith = async (ids: readonly number[]) => {
      const rows = await analysed([...alike.map((t, k) => row(ids[k]!, t)), ...others.map((t, k) => row(10 + k, t))]);
      const found = await topicsOf(
        rows.map((r, k) => ({ ...r, textHash: 1_000 - k })),
        null,
        { limit: 10, minCount: 3 },
      );
      return found.topics.map((t) => found.examplesOf(t, 3).map((i) => found.rows[i]!.remark));
    };
    const first = await examplesWith([0, 1, 2]);
    // Of the three, those with the least hashes, in that order (not by id).
    expect(first.flat().filter((text) => alike.includes(text))).toEqual(['itsme login werkt niet.', 'ITSME LOGIN WERKT NIET!!']);
    for (const texts of first) expect(new Set(texts).size).toBe(texts.length);
    expect(await examplesWith([2, 0, 1])).toEqual(first);
    expect(await examplesWith([1, 2, 0])).toEqual(first);
  });

  it('counts both periods alike: the same remarks in both give the same count, whatever the partition holds', async () => {
    // A topic's own count (its group's remarks that say one of its terms) can differ from the
    // count of another period (two of its terms); the two periods are compared counted alike.
    const texts = [
      'Itsme login werkt niet',
      'De itsme login werkt niet op mijn gsm',
      'Inloggen met itsme werkt niet',
      'Itsme login werkt niet sinds gisteren',
      'itsme geeft een foutmelding',
      'itsme blijft hangen',
      'Prima',
      'Vlot geholpen',
    ];
    const current = await analysed(texts.map((t, i) => row(i, t)));
    const compared = await analysed(texts.map((t, i) => row(100 + i, t)));
    const found = await topicsOf(current, compared, { limit: 10, minCount: 3 });
    expect(found.topics.length).toBeGreaterThan(0);
    for (const topic of found.topics) {
      expect(topic.compared!.hereCount).toBe(topic.compared!.count);
      expect(topic.compared!.hereShare).toBe(topic.compared!.share);
    }
    // So no rise, and a note's before and after are the same.
    const period = periodTopicsOf(found);
    for (const topic of period.topics) {
      expect(topic.alikeCount).toBe(topic.comparisonCount);
      expect(isRising(topic, period)).toBe(false);
    }
  });

  it('never throws on empty, one-word, emoji-only, 2,000-character, all-caps and mixed-language remarks', async () => {
    const long = 'Het formulier laadt traag en de knop om te bevestigen doet niets. '.repeat(31).slice(0, 2000);
    const texts: (string | [string, string])[] = [
      '',
      ' ',
      'itsme',
      '👍👍👍',
      '🙂',
      long,
      long,
      'HET OPLADEN VAN DE BIJLAGE MISLUKT',
      'het opladen van de bijlage mislukt',
      'Opladen bijlage mislukt, le téléversement échoue aussi',
      ['fr', 'Le téléversement de la pièce jointe échoue'],
      '\u0000?!',
      '1234 5678',
    ];
    const found = await topicsOfTexts(texts);
    expect(found.tooFew).toBe(false);
    expect(found.remarks).toBe(texts.length);
    const total = found.topics.reduce((sum, t) => sum + t.count, 0);
    expect(total).toBeLessThanOrEqual(texts.length);
  });
});

describe('the analysis of one remark', () => {
  it('is per remark: the same text gives the same analysis, alone or among others', async () => {
    const analyse = await loadAnalyser();
    const text = 'Ik kan de bijlage niet opladen, het formulier wist alles';
    const alone = analyse(text, 'nl');
    analyse('Iets heel anders over wachtwoorden', 'nl');
    expect(analyse(text, 'nl')).toEqual(alone);
    expect(JSON.parse(JSON.stringify(alone))).toEqual(alone);
  });

  it('puts separable verbs together again, reads Flemish spellings and keeps negations', async () => {
    const analyse = await loadAnalyser();
    const joined = (text: string) => analysisTerms(analyse(text, 'nl'));
    const invullen = joined('invullen');
    expect(joined('Ik vul het formulier in')).toEqual(expect.arrayContaining(invullen));
    expect(joined('Het formulier is moeilijk in te vullen')).toEqual(expect.arrayContaining(invullen));
    expect(joined('Ik heb alles ingevuld')).toEqual(expect.arrayContaining(invullen));
    expect(joined('Ik laad de bijlage op')).toEqual(expect.arrayContaining(joined('opladen')));
    // "ni" (niet) is a negation; "ge", "da" and "kheb" carry no term.
    expect(joined('kheb da ni gezien ge')).toEqual(expect.arrayContaining(['¬']));
    expect(joined('kheb da ni gezien ge').filter((t) => ['ge', 'da', 'kheb'].includes(t))).toEqual([]);
    expect(analysisTerms(analyse('It doesnt work', 'en'))).toContain('¬');
  });
});
