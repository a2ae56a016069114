// A problem's topic holds the complaints that say it, not the praise that uses its words.
import { describe, expect, it } from 'vitest';
import { analysed, topicsOf } from './find-topics.js';
import type { AnalysedText } from './batch-terms.js';
import { NEGATION_TERM } from './language.js';
import { fitsSide, sideOfGroup, sidesOf } from './score-side.js';
import { countedAlike } from './topic-of-remark.js';
import type { PartitionTopic } from './partition.js';

const row = (i: number, remark: string, score: number) => ({
  id: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
  score,
  remark,
  lang: 'nl',
});

const COMPLAINTS = [
  'De betaling werd niet verwerkt, toch geld kwijt.',
  'Betaling niet verwerkt maar het geld is wel van mijn rekening.',
  'Mijn betaling is niet verwerkt, nu krijg ik een aanmaning.',
  'Betaald met Bancontact, toch is de betaling niet verwerkt.',
  'De betaling wordt telkens niet verwerkt.',
  'Twee keer betaald omdat de betaling niet verwerkt werd.',
  'Betaling blijft hangen en wordt niet verwerkt.',
  'Na de betaling een foutmelding: niet verwerkt, geld wel weg.',
  'Betaling niet verwerkt volgens jullie, ik heb het bewijs.',
  'Betaling opnieuw niet verwerkt, opnieuw proberen lukt ook niet.',
];
const PRAISE = [
  'De betaling ging vlot met Bancontact.',
  'Betaling was snel en eenvoudig.',
  'Fijn dat de betaling zo makkelijk gaat.',
  'Betaling in een minuut geregeld, top.',
  'Vlotte betaling, bedankt.',
];
const OTHERS = [
  'Het formulier was duidelijk.',
  'Ik vond de uitleg over de documenten onduidelijk.',
  'Goede dienst.',
  'Graag een versie in eenvoudige taal.',
  'De site is traag op mijn gsm.',
  'Prima.',
];

const text = (...terms: string[]): AnalysedText => ({ lang: 'nl', tokens: [], terms: new Set(terms) });

describe('which side of the scores a remark is on', () => {
  it('reads 1-2 as a complaint, 4-5 as praise, 3 as neither', () => {
    expect(
      sidesOf(
        [1, 2, 3, 4, 5].map(() => text('payment')),
        [1, 2, 3, 4, 5],
      ),
    ).toEqual([-1, -1, 0, 1, 1]);
  });

  it('reads 4-5 as neither when the remark says something failed or did not work', () => {
    const texts = [text('upload', 'error'), text('mail', NEGATION_TERM), text('upload', 'error')];
    expect(sidesOf(texts, [4, 5, 1])).toEqual([0, 0, -1]);
  });

  it('takes a group for praise only when more of its remarks are praise; ties and complaints: complaints', () => {
    const sides = sidesOf(
      [1, 2, 5, 5, 3, 4].map(() => text('payment')),
      [1, 2, 5, 5, 3, 4],
    );
    expect(sideOfGroup([0, 1, 2, 3], sides)).toBe(-1);
    expect(sideOfGroup([0, 2, 3], sides)).toBe(1);
    expect(sideOfGroup([4], sides)).toBe(0);
    expect(sideOfGroup([1, 5, 4], sides)).toBe(-1);
  });

  it('keeps a remark of neither side in any group and never one of the other side', () => {
    expect(([-1, 0, 1] as const).map((side) => fitsSide(-1, side))).toEqual([true, true, false]);
    expect(([-1, 0, 1] as const).map((side) => fitsSide(1, side))).toEqual([false, true, true]);
    expect(([-1, 0, 1] as const).every((side) => fitsSide(0, side))).toBe(true);
  });
});

describe('a topic of complaints among praise that uses the same words', () => {
  it('holds the complaints and none of the praise', async () => {
    const texts: [string, number][] = [
      ...COMPLAINTS.map((t, k): [string, number] => [t, 1 + (k % 2)]),
      ...PRAISE.map((t): [string, number] => [t, 5]),
      ...OTHERS.map((t, k): [string, number] => [t, 1 + (k % 5)]),
    ];
    const rows = await analysed(texts.map(([t, score], i) => row(i, t, score)));
    const found = await topicsOf(rows, null, { limit: 10, minCount: 3 });
    const payment = found.topics.find((t) => t.remarkIds.includes(rows[0]!.id));
    expect(payment, 'a topic of the failed payments').toBeDefined();
    const praise = new Set(rows.slice(COMPLAINTS.length, COMPLAINTS.length + PRAISE.length).map((r) => r.id));
    expect(payment!.remarkIds.filter((id) => praise.has(id))).toEqual([]);
    // The control: with every score 3 (no side), the praise stays in the group: no topic
    // holds the failed payments alone (the praise dilutes it below a topic, or is in it).
    const unscored = await topicsOf(
      rows.map((r) => ({ ...r, score: 3 })),
      null,
      { limit: 10, minCount: 3 },
    );
    const mixed = unscored.topics.find((t) => t.remarkIds.includes(rows[0]!.id));
    expect(mixed === undefined || mixed.remarkIds.some((id) => praise.has(id))).toBe(true);
    expect(payment!.count).toBeGreaterThanOrEqual(8);
    for (const i of found.examplesOf(payment!, 3)) expect(found.rows[i]!.score).toBeLessThanOrEqual(2);
  });

  it('and a topic of praise holds the praise, not the complaints that use its words', async () => {
    const praise = [
      'De chat met de medewerker was heel behulpzaam.',
      'Medewerker in de chat was vriendelijk en behulpzaam.',
      'Snel geholpen door een medewerker via de chat.',
      'De chat werkt goed, de medewerker wist het antwoord meteen.',
      'Top chat, vriendelijke medewerker.',
      'Via de chat een behulpzame medewerker gesproken.',
      'Chat met een medewerker: vlot geholpen.',
    ];
    const complaints = ['De chat met een medewerker viel weg.', 'Chat: geen medewerker beschikbaar.'];
    const texts: [string, number][] = [
      ...praise.map((t): [string, number] => [t, 5]),
      ...complaints.map((t): [string, number] => [t, 1]),
      ...OTHERS.map((t, k): [string, number] => [t, 1 + (k % 5)]),
    ];
    const rows = await analysed(texts.map(([t, score], i) => row(i, t, score)));
    const found = await topicsOf(rows, null, { limit: 10, minCount: 3 });
    const chat = found.topics.find((t) => t.remarkIds.includes(rows[0]!.id));
    expect(chat, 'a topic of the helpful chat').toBeDefined();
    const complained = new Set(rows.slice(praise.length, praise.length + complaints.length).map((r) => r.id));
    expect(chat!.remarkIds.filter((id) => complained.has(id))).toEqual([]);
    expect(chat!.count).toBeGreaterThanOrEqual(5);
  });
});

describe('a topic counted in another period', () => {
  it('counts only the remarks on its side: praise of the payment is no failed payment the year before', () => {
    const complaint: PartitionTopic = { key: 'payment', terms: ['payment'], negated: false, remarks: [], typical: 0, side: -1 };
    const before = { texts: [text('payment'), text('payment'), text('payment', NEGATION_TERM)], scores: [5, 1, 4] };
    const here = { texts: [text('payment'), text('payment')], scores: [2, 5] };
    const sided = ({ texts, scores }: { texts: AnalysedText[]; scores: number[] }) => ({ texts, sides: sidesOf(texts, scores) });
    expect(countedAlike([complaint], sided(before), sided(here))).toEqual({ previous: [2], alike: [1] });
    expect(countedAlike([complaint], null, sided(here))).toEqual({ previous: [0], alike: [0] });
  });

  it('reads a failure without the lexicon by the stems of its failure concept', () => {
    const failed: AnalysedText = { lang: 'nl', tokens: [], terms: new Set(['upload', 'mislukt']) };
    expect(sidesOf([failed], [5], false)).toEqual([0]);
    expect(sidesOf([text('upload')], [5], false)).toEqual([1]);
  });
});
