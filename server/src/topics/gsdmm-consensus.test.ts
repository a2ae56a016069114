import { describe, expect, it } from 'vitest';
import { consensusOf } from './gsdmm-consensus.js';

describe('the consensus of GSDMM chains', () => {
  it('moves a unit that the other chains put with another cluster there', () => {
    // Units 0–2 and 3–5 are two problems; the reference (chain 0) put unit 2 with the second.
    const chains = [
      [7, 7, 9, 9, 9, 9],
      [1, 1, 1, 2, 2, 2],
      [4, 4, 4, 5, 5, 5],
    ];
    expect(consensusOf(chains, 0)).toEqual([7, 7, 7, 9, 9, 9]);
  });

  it('keeps the reference where the chains agree with it, and a unit without words in none', () => {
    const chains = [
      [0, 0, 1, 1, -1],
      [3, 3, 2, 2, -1],
    ];
    expect(consensusOf(chains, 0)).toEqual([0, 0, 1, 1, -1]);
    expect(consensusOf(chains, 1)).toEqual([3, 3, 2, 2, -1]);
  });

  it('settles two units that each sit alone but the other chains put together', () => {
    // Moved at once, each would take the other's place, round after round; one at a time they join.
    expect(
      consensusOf(
        [
          [0, 1],
          [5, 5],
          [6, 6],
        ],
        0,
      ),
    ).toEqual([1, 1]);
  });

  it('leaves a unit where it is on a tie, and alone when no chain puts it with others', () => {
    // Unit 2 is with cluster 0's units in one chain and with cluster 1's in the other: a tie.
    const tie = [
      [0, 0, 0, 1, 1],
      [0, 0, 1, 1, 1],
    ];
    expect(consensusOf(tie, 0)).toEqual([0, 0, 0, 1, 1]);
    expect(consensusOf(tie, 1)).toEqual([0, 0, 1, 1, 1]);
    const alone = [
      [0, 0, 5],
      [1, 1, 2],
    ];
    expect(consensusOf(alone, 0)).toEqual([0, 0, 5]);
  });

  it('is the same whatever the cluster numbers are', () => {
    const chains = [
      [0, 0, 1, 1, 1, 2],
      [0, 0, 0, 1, 1, 2],
      [5, 5, 5, 8, 8, 8],
    ];
    const renumbered = chains.map((c) => c.map((k) => (k < 0 ? k : 100 - k)));
    const a = consensusOf(chains, 0)!;
    const b = consensusOf(renumbered, 0)!;
    // The same partition, under other names.
    expect(a.map((k) => a.indexOf(k))).toEqual(b.map((k) => b.indexOf(k)));
  });

  it('pairs no more than 4,096 units', () => {
    const big = Array.from({ length: 4_097 }, () => 0);
    expect(consensusOf([big, big], 0)).toBeNull();
  });
});
