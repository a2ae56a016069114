import { describe, expect, it } from 'vitest';
import { mergeSplitGroups } from './merge-split-groups.js';
import type { PartitionTopic } from './partition.js';

const topic = (key: string, terms: string[], remarks: number[], side: PartitionTopic['side'] = 0): PartitionTopic => ({
  key,
  terms,
  negated: false,
  remarks,
  typical: remarks.length,
  side,
});

describe('a problem GSDMM split in two', () => {
  // Features by remark: 0 "beschikbaar", 1 "kaart", 2 "datum", 3 "upload".
  const ids = new Map([
    ['beschikbaar', 0],
    ['kaart', 1],
    ['datum', 2],
    ['upload', 3],
  ]);
  const features = [
    ...Array.from({ length: 10 }, () => [0, 1]), // 0-9: the large group
    [0, 2],
    [0, 2],
    [2], // 10-12: the small group; 12 does not say its head
    [3],
    [3],
    [3], // 13-15: another small group, with a head of its own
  ];

  it('gives the large topic with the same most said term the small group’s remarks that say it', () => {
    const large = topic('beschikbaar', ['beschikbaar', 'kaart'], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const small = topic('beschikbaar+datum', ['beschikbaar', 'datum'], [10, 11, 12]);
    const other = topic('upload', ['upload'], [13, 14, 15]);
    const merged = mergeSplitGroups([large, small, other], features, ids, 8);
    expect(merged.map((t) => t.key)).toEqual(['beschikbaar', 'upload']);
    expect(merged[0]!.remarks).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // Its core and its examples are the large topic's own.
    expect(merged[0]!.terms).toEqual(['beschikbaar', 'kaart']);
    expect(merged[0]!.typical).toBe(10);
    expect(merged[1]!.remarks).toEqual([13, 14, 15]);
  });

  it('gives it to the first of two large topics with the same head, which takes the second too, whatever order they are listed in', () => {
    const small = () => topic('beschikbaar+datum', ['beschikbaar', 'datum'], [10, 11, 12]);
    const first = () => topic('beschikbaar', ['beschikbaar', 'kaart'], [0, 1, 2, 3, 4, 5]);
    const second = () => topic('beschikbaar', ['beschikbaar', 'upload'], [6, 7, 8, 9, 13]);
    for (const list of [
      [first(), second(), small()],
      [second(), small(), first()],
    ]) {
      const merged = mergeSplitGroups(list, features, ids, 5);
      expect(merged).toHaveLength(1);
      // 12 and 13 do not say the head: they are left out (a later step may add them).
      expect([...merged[0]!.remarks].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      expect(merged[0]!.terms).toEqual(['beschikbaar', 'kaart']);
    }
  });

  it('leaves topics with another head apart, and a small one with no large one to join', () => {
    const a = topic('beschikbaar', ['beschikbaar', 'kaart'], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const b = topic('datum', ['datum', 'beschikbaar'], [10, 11, 12]);
    expect(mergeSplitGroups([a, b], features, ids, 3).map((t) => t.remarks.length)).toEqual([10, 3]);
    const c = topic('upload', ['upload'], [13, 14, 15]);
    expect(mergeSplitGroups([c], features, ids, 8)).toEqual([c]);
  });

  it('gives a small group of complaints to a large topic with its head only when that topic is not praise', () => {
    const praise = topic('beschikbaar', ['beschikbaar', 'kaart'], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 1);
    const complaints = topic('beschikbaar+datum', ['beschikbaar', 'datum'], [10, 11, 12], -1);
    expect(mergeSplitGroups([praise, complaints], features, ids, 8).map((t) => t.remarks.length)).toEqual([10, 3]);
    const neither = topic('beschikbaar', ['beschikbaar', 'kaart'], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 0);
    const again = topic('beschikbaar+datum', ['beschikbaar', 'datum'], [10, 11, 12], -1);
    expect(mergeSplitGroups([neither, again], features, ids, 8).map((t) => t.remarks.length)).toEqual([12]);
  });

  it('never merges into a topic that is merged away itself: praise stays out of complaints, and no large topic is lost', () => {
    // Three large topics with one head: complaints (12), neither side (10), praise (8). Neither
    // side joins the complaints; the praise has no topic that stays to join, so it stays.
    const many = [...Array(30).keys()];
    const lots = [...features, ...many.map(() => [0])];
    const make = () => [
      topic(
        'beschikbaar',
        ['beschikbaar'],
        many.slice(0, 12).map((i) => i + 16),
        -1,
      ),
      topic(
        'beschikbaar',
        ['beschikbaar'],
        many.slice(12, 22).map((i) => i + 16),
        0,
      ),
      topic(
        'beschikbaar',
        ['beschikbaar'],
        many.slice(22, 30).map((i) => i + 16),
        1,
      ),
    ];
    for (const order of [
      [2, 1, 0],
      [1, 2, 0],
      [0, 1, 2],
    ]) {
      const list = make();
      const merged = mergeSplitGroups(
        order.map((i) => list[i]!),
        lots,
        ids,
        5,
      );
      expect(merged.map((t) => [t.side, t.remarks.length]).sort()).toEqual([
        [-1, 22],
        [1, 8],
      ]);
    }
  });
});
