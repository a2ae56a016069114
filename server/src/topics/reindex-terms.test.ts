import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseRemark } from '../remarks/remarks.js';
import { findService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';
import { findTopics } from './find-topics.js';
import { ANALYSER_VERSION } from './analyse-remark.js';
import { reindexRemarkTerms, staleRemarkTerms } from './reindex-terms.js';

const GENT = FIXTURE_SERVICES.gent.id;
const REMARKS = [
  ...Array.from({ length: 9 }, (_, i) => `De kalender toont geen vrije dagen ${i === 0 ? '' : `(poging ${i})`}`),
  ...Array.from({ length: 7 }, () => 'Itsme login werkt niet.'),
  ...Array.from({ length: 6 }, (_, i) => `Het formulier is te lang, stap ${i}`),
  'Vlot en duidelijk, bedankt!',
  'Prima.',
];

describe.each(BACKENDS)('topics reindex on %s', (kind) => {
  let t: TestApp;
  const ids: string[] = [];
  beforeAll(async () => {
    t = await startTestApp(kind);
    const gent = (await findService(t.database.db, GENT))!;
    for (const [i, remark] of REMARKS.entries()) {
      const outcome = await record(
        t.database.db,
        gent,
        { serviceId: GENT, submissionId: randomUUID(), score: 2, remark, lang: 'nl' },
        new Date(Date.UTC(2026, 2, 1 + (i % 27), 9)),
      );
      ids.push((outcome as { id: string }).id);
    }
  }, 60_000);
  afterAll(() => t.close());

  const topics = async () => {
    const found = await findTopics(t.database.db, { serviceIds: [GENT], from: '2026-01-01', to: '2026-12-31', limit: 10, minCount: 3 });
    return found.topics.map((topic) => ({ key: topic.key, count: topic.count, remarkIds: [...topic.remarkIds].sort() }));
  };

  it('analyses missing and outdated rows in batches, resumes after an interruption, and topics never change meanwhile', async () => {
    const db = t.database.db;
    const expected = await topics();
    expect(expected.length).toBeGreaterThan(0);
    // As after an upgrade: half the remarks without an analysis, the rest written by an older analyser.
    await db
      .updateTable('responses')
      .set({ remark_analysis: null, remark_analyser_version: null })
      .where('id', 'in', ids.slice(0, 12))
      .execute();
    await db
      .updateTable('responses')
      .set({ remark_analyser_version: 1, remark_analysis: JSON.stringify({ lang: 'nl', tokens: [], terms: [] }) })
      .where('id', 'not in', ids.slice(0, 12))
      .where('remark', 'is not', null)
      .execute();
    expect(await staleRemarkTerms(db)).toBe(REMARKS.length);
    expect(await topics()).toEqual(expected);

    // Stopped after two batches of 5: 10 done, the rest outdated, topics the same.
    const progress: [number, number][] = [];
    const first = await reindexRemarkTerms(db, { batchSize: 5, maxBatches: 2, progress: (done, total) => progress.push([done, total]) });
    expect(first).toEqual({ analysed: 10, complete: false });
    expect(progress).toEqual([
      [0, REMARKS.length],
      [5, REMARKS.length],
      [10, REMARKS.length],
    ]);
    expect(await staleRemarkTerms(db)).toBe(REMARKS.length - 10);
    expect(await topics()).toEqual(expected);

    // Run again: it continues with the rest.
    const second = await reindexRemarkTerms(db, { batchSize: 5 });
    expect(second).toEqual({ analysed: REMARKS.length - 10, complete: true });
    expect(await staleRemarkTerms(db)).toBe(0);
    const rows = await db.selectFrom('responses').select(['id', 'remark_analyser_version']).where('remark', 'is not', null).execute();
    expect(rows.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(rows.every((r) => r.remark_analyser_version === ANALYSER_VERSION)).toBe(true);
    expect(await topics()).toEqual(expected);
    expect(await reindexRemarkTerms(db, { batchSize: 5 })).toEqual({ analysed: 0, complete: true });
  });

  // PGlite has one connection: no other transaction can hold a row while the reindex runs.
  it.skipIf(kind !== 'postgres')('skips a row a write holds, counts only what it wrote, and the next run takes the row', async () => {
    const db = t.database.db;
    await db.updateTable('responses').set({ remark_analysis: null, remark_analyser_version: null }).where('id', 'in', ids).execute();
    await db.transaction().execute(async (trx) => {
      // A write attaching a remark to this response holds its row (as follow-ups.ts does).
      await trx.selectFrom('responses').select('id').where('id', '=', ids[0]!).forNoKeyUpdate().execute();
      expect(await reindexRemarkTerms(db, { batchSize: 10 })).toEqual({ analysed: REMARKS.length - 1, complete: false });
    });
    expect(await staleRemarkTerms(db)).toBe(1);
    expect(await reindexRemarkTerms(db, { batchSize: 10 })).toEqual({ analysed: 1, complete: true });
  });

  it('analyses rows of an older analyser (2: JSON, 3: an older lexicon) on the fly, never as stored, and the reindex rewrites them', async () => {
    const db = t.database.db;
    const expected = await topics();
    // What older analysers stored, made wrong on purpose: were it read as it is, the topics would change.
    for (const [i] of REMARKS.entries()) {
      const old =
        i % 2 === 0
          ? {
              remark_analyser_version: 2,
              remark_analysis: JSON.stringify({ terms: ['zzz'], lang: 'nl', tokens: [{ f: 'zzz', t: ['zzz'] }] }),
            }
          : { remark_analyser_version: 3, remark_analysis: 'nl|zzz=3' };
      await db.updateTable('responses').set(old).where('id', '=', ids[i]!).execute();
    }
    expect(await topics()).toEqual(expected);
    expect(await staleRemarkTerms(db)).toBe(REMARKS.length);
    expect(await reindexRemarkTerms(db, { batchSize: 10 })).toEqual({ analysed: REMARKS.length, complete: true });
    const rows = await db.selectFrom('responses').select(['remark_analyser_version', 'remark_analysis']).where('id', 'in', ids).execute();
    expect(rows.every((r) => r.remark_analyser_version === ANALYSER_VERSION && !r.remark_analysis!.startsWith('{'))).toBe(true);
    expect(rows.some((r) => r.remark_analysis!.includes('zzz'))).toBe(false);
    expect(await topics()).toEqual(expected);
  });

  it('answers a service with 0, 1 or 2 remarks, and says that they are too few', async () => {
    const db = t.database.db;
    const other = (await findService(db, FIXTURE_SERVICES.groeipakket.id))!;
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    for (let n = 0; n <= 2; n += 1) {
      const res = await t.app.inject({ url: `/v1/services/${other.id}/topics?year=2026`, headers: admin });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ remarks: n, tooFewRemarks: true, topics: [] });
      await record(
        db,
        other,
        { serviceId: other.id, submissionId: randomUUID(), score: 1, remark: n === 0 ? '👍🏽🙂' : 'X'.repeat(2_000) },
        new Date(Date.UTC(2026, 4, 2 + n, 9)),
      );
    }
    const enough = (await t.app.inject({ url: `/v1/services/${GENT}/topics?year=2026`, headers: admin })).json();
    expect(enough.tooFewRemarks).toBe(false);
  });

  it('never gives an erased remark its terms back; it is gone from every topic at once', async () => {
    const db = t.database.db;
    const before = await topics();
    const itsme = before.find((topic) => topic.key === 'itsme')!;
    const erased = itsme.remarkIds[0]!;
    await db.updateTable('responses').set({ remark_analyser_version: 1 }).where('remark', 'is not', null).execute();
    await eraseRemark(db, GENT, erased);
    expect(
      await db
        .selectFrom('responses')
        .select(['remark_analysis', 'remark_analyser_version'])
        .where('id', '=', erased)
        .executeTakeFirstOrThrow(),
    ).toEqual({ remark_analysis: null, remark_analyser_version: null });
    expect((await topics()).some((topic) => topic.remarkIds.includes(erased))).toBe(false);
    expect((await topics()).find((topic) => topic.key === 'itsme')!.count).toBe(itsme.count - 1);
    await reindexRemarkTerms(db, { batchSize: 4 });
    expect(await db.selectFrom('responses').select('remark_analysis').where('id', '=', erased).executeTakeFirstOrThrow()).toEqual({
      remark_analysis: null,
    });
    expect((await topics()).some((topic) => topic.remarkIds.includes(erased))).toBe(false);
  });
});
