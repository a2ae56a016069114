import { describe, expect, it } from 'vitest';
import type { ReportProblems } from '@feedbackinstrument/shared';
import { sharedProblems } from './recurring-problems.js';

const service = (serviceId: string, topics: [string, string, number][]): ReportProblems => ({
  serviceId,
  remarks: 100,
  topics: topics.map(([key, label, count]) => ({
    key,
    label,
    count,
    share: count,
    previousCount: 0,
    previousShare: null,
    comparableCount: count,
    comparableShare: count,
    trend: 'new',
  })),
  notes: [],
});

describe('shared problems of an organisation', () => {
  it('are the topics of at least two services, with the services named, most services first', () => {
    const shared = sharedProblems([
      service('parkeren', [
        ['login', 'aanmelden lukt niet', 12],
        ['kalender', 'kalender toont niets', 9],
      ]),
      service('afval', [
        ['login', 'inloggen werkt niet', 30],
        ['ophaling', 'ophaling vergeten', 7],
      ]),
      service('bib', [
        ['login', 'itsme login werkt niet', 4],
        ['kalender', 'geen vrije dagen', 3],
      ]),
      service('leeg', []),
    ]);
    expect(shared).toEqual([
      {
        key: 'login',
        label: 'inloggen werkt niet',
        services: [
          { serviceId: 'afval', count: 30 },
          { serviceId: 'parkeren', count: 12 },
          { serviceId: 'bib', count: 4 },
        ],
      },
      {
        key: 'kalender',
        label: 'kalender toont niets',
        services: [
          { serviceId: 'parkeren', count: 9 },
          { serviceId: 'bib', count: 3 },
        ],
      },
    ]);
    expect(sharedProblems([service('a', [['x', 'x', 5]])])).toEqual([]);
  });
});
