import { describe, expect, it } from 'vitest';
import { BrokenStorage, MemoryStorage } from '../test-support/memory-storage.js';
import { OUTBOX_KEY, OUTBOX_MAX_AGE, putInOutbox, readOutbox, takeFromOutbox } from './outbox.js';
import type { Submission } from './submission.js';

const endpoint = 'https://feedback.example';
const score = (submissionId: string, extra: Partial<Submission> = {}): Submission => ({
  serviceId: 'omgevingsvergunning-aanvragen',
  submissionId,
  score: 4,
  lang: 'nl',
  context: 'transaction',
  ...extra,
});

describe('outbox', () => {
  it('keeps a submission until it is taken out', () => {
    const storage = new MemoryStorage();
    const body = score('a');
    putInOutbox(storage, endpoint, body, 1000);
    expect(readOutbox(storage, 2000)).toEqual([{ endpoint, body, queuedAt: 1000 }]);
    expect(JSON.parse(storage.getItem(OUTBOX_KEY)!)).toHaveLength(1);

    takeFromOutbox(storage, endpoint, body, 3000);
    expect(readOutbox(storage, 3000)).toEqual([]);
    expect(storage.getItem(OUTBOX_KEY)).toBeNull();
  });

  it('puts the same submission in only once', () => {
    const storage = new MemoryStorage();
    putInOutbox(storage, endpoint, score('a'), 1000);
    putInOutbox(storage, endpoint, score('a'), 2000);
    expect(readOutbox(storage, 2000)).toEqual([{ endpoint, body: score('a'), queuedAt: 1000 }]);
  });

  it('replaces the score with the remark that follows it (same submissionId), not the other way', () => {
    const storage = new MemoryStorage();
    const withRemark = score('a', { remark: 'Het formulier was te lang.', ease: 2 });
    putInOutbox(storage, endpoint, score('a'), 1000);
    putInOutbox(storage, endpoint, withRemark, 2000);
    expect(readOutbox(storage, 2000)).toEqual([{ endpoint, body: withRemark, queuedAt: 1000 }]);

    putInOutbox(storage, endpoint, score('a'), 3000);
    expect(readOutbox(storage, 3000).map((entry) => entry.body)).toEqual([withRemark]);
  });

  it('is not emptied by a late answer to the score when the remark replaced it', () => {
    const storage = new MemoryStorage();
    const withRemark = score('a', { remark: 'Duidelijk.' });
    putInOutbox(storage, endpoint, score('a'));
    putInOutbox(storage, endpoint, withRemark);
    takeFromOutbox(storage, endpoint, score('a'));
    expect(readOutbox(storage).map((entry) => entry.body)).toEqual([withRemark]);
    takeFromOutbox(storage, endpoint, { ...withRemark });
    expect(readOutbox(storage)).toEqual([]);
  });

  it('compares bodies whatever the order of their fields', () => {
    const storage = new MemoryStorage();
    putInOutbox(storage, endpoint, score('a'));
    const { serviceId, ...rest } = score('a');
    takeFromOutbox(storage, endpoint, { ...rest, serviceId });
    expect(readOutbox(storage)).toEqual([]);
  });

  it('keeps entries of other endpoints and other submissions apart', () => {
    const storage = new MemoryStorage();
    putInOutbox(storage, endpoint, score('a'));
    putInOutbox(storage, 'https://other.example', score('a'));
    putInOutbox(storage, endpoint, score('b'));
    takeFromOutbox(storage, endpoint, score('a'));
    expect(readOutbox(storage).map((e) => [e.endpoint, e.body.submissionId])).toEqual([
      ['https://other.example', 'a'],
      [endpoint, 'b'],
    ]);
  });

  it('drops entries older than seven days', () => {
    const storage = new MemoryStorage();
    putInOutbox(storage, endpoint, score('old'), 0);
    putInOutbox(storage, endpoint, score('new'), OUTBOX_MAX_AGE / 2);
    expect(readOutbox(storage, OUTBOX_MAX_AGE - 1)).toHaveLength(2);
    expect(readOutbox(storage, OUTBOX_MAX_AGE).map((e) => e.body.submissionId)).toEqual(['new']);
    // Writing also forgets the stale ones.
    putInOutbox(storage, endpoint, score('newer'), OUTBOX_MAX_AGE);
    expect(JSON.parse(storage.getItem(OUTBOX_KEY)!).map((e: { body: Submission }) => e.body.submissionId)).toEqual(['new', 'newer']);
  });

  it('keeps at most 50 entries, the newest', () => {
    const storage = new MemoryStorage();
    for (let i = 0; i < 60; i++) putInOutbox(storage, endpoint, score(`id-${i}`));
    const ids = readOutbox(storage).map((e) => e.body.submissionId);
    expect(ids).toHaveLength(50);
    expect(ids[0]).toBe('id-10');
    expect(ids.at(-1)).toBe('id-59');
  });

  it('treats unreadable contents as empty', () => {
    const storage = new MemoryStorage();
    for (const junk of ['{', '{"a":1}', '"text"', '[null, 1, {"endpoint": "x"}]']) {
      storage.setItem(OUTBOX_KEY, junk);
      expect(readOutbox(storage)).toEqual([]);
    }
    putInOutbox(storage, endpoint, score('a'));
    expect(readOutbox(storage)).toHaveLength(1);
  });

  it('never throws when storage is disabled, full or absent', () => {
    for (const storage of [new BrokenStorage(), null]) {
      expect(() => putInOutbox(storage, endpoint, score('a'))).not.toThrow();
      expect(readOutbox(storage)).toEqual([]);
      expect(() => takeFromOutbox(storage, endpoint, score('a'))).not.toThrow();
    }
  });
});
