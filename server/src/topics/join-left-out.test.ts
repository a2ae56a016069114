import { describe, expect, it } from 'vitest';
import { joinLeftOut } from './join-left-out.js';
import type { PartitionTopic } from './partition.js';
import type { Side } from './score-side.js';

const names = ['sessie', 'betaling', 'mislukt', 'x', 'y', 'medeaanvrager', 'dossier', 'z', 'filler', 'formulier'];
const ids = new Map(names.map((n, i) => [n, i]));
const topic = (terms: string[], remarks: number[], side: Side = 0): PartitionTopic => ({
  key: terms[0]!,
  terms,
  negated: false,
  remarks,
  typical: remarks.length,
  side,
});

/** Remarks 0-9: topic A (core "sessie"; all say "medeaanvrager", "dossier" and the common "formulier"); 10-19: topic B. */
function batch(leftOut: number[][], sides: Side[] = []) {
  const features = [
    ...Array.from({ length: 10 }, () => [0, 5, 6, 9]),
    ...Array.from({ length: 10 }, () => [1, 2]),
    ...leftOut,
    // Other remarks: "formulier" is said in every kind of remark.
    ...Array.from({ length: 40 }, () => [8, 9]),
    ...Array.from({ length: 20 }, () => [7]),
  ];
  return {
    features,
    members: features.map((_, i) => [i]),
    units: features.map((words) => ({ words })),
    sides: features.map((_, i) => sides[i] ?? 0),
    ids,
  };
}

describe('remarks left in no topic', () => {
  it('join the topic whose core terms they say, two of them or all when it has fewer', () => {
    const topics = [topic(['sessie'], [...Array(10).keys()]), topic(['betaling', 'mislukt'], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19])];
    joinLeftOut(topics, batch([[0, 7], [1, 2, 7], [1]]), 10);
    expect(topics[0]!.remarks.slice(10)).toEqual([20]);
    // One of two core terms is not enough.
    expect(topics[1]!.remarks.slice(10)).toEqual([21]);
  });

  it('join a topic whose vocabulary they say, two terms of it, but never through a word every kind of remark says', () => {
    const topics = [topic(['sessie'], [...Array(10).keys()]), topic(['betaling', 'mislukt'], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19])];
    joinLeftOut(
      topics,
      batch([
        [5, 6],
        [5, 7],
        [5, 9],
        [6, 9, 7],
      ]),
      10,
    );
    // "medeaanvrager" and "dossier": 20 joins; one of them alone (21), or with "formulier" (22, 23), does not.
    expect(topics[0]!.remarks.slice(10)).toEqual([20]);
    expect(topics[1]!.remarks).toHaveLength(10);
  });

  it('join only a topic on their side of the scores', () => {
    const topics = [topic(['sessie'], [...Array(10).keys()], -1), topic(['betaling', 'mislukt'], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19])];
    const sides: Side[] = [];
    sides[20] = 1; // praise that says "sessie": not a complaint about the session
    sides[21] = -1;
    joinLeftOut(topics, batch([[0], [0]], sides), 10);
    expect(topics[0]!.remarks.slice(10)).toEqual([21]);
    expect(topics[1]!.remarks).toHaveLength(10);
  });

  it('only the 3 × limit largest topics take remarks in, and a remark in a topic stays where it is', () => {
    const topics = [topic(['sessie'], [...Array(10).keys()]), topic(['betaling', 'mislukt'], [10, 11, 12, 13, 14, 15, 16, 17, 18])];
    // limit 0: no topic takes anything; 19 says both core terms of the second topic.
    joinLeftOut(topics, batch([]), 0);
    expect(topics.map((t) => t.remarks.length)).toEqual([10, 9]);
    joinLeftOut(topics, batch([]), 10);
    expect(topics[1]!.remarks).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(topics[0]!.remarks).toEqual([...Array(10).keys()]);
  });
});
