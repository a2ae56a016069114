import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseRemark } from '../remarks/remarks.js';
import { findService } from '../services/services.js';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';
import { loadAnalyser } from './analyse-remark.js';
import { encodeAnalysis } from './analysis-codec.js';
import { analysesOfServices, analysesOfWindow, remarksOfServices, remarksOfWindow } from './topic-remarks.js';

const GENT = FIXTURE_SERVICES.gent.id;
const GROEIPAKKET = FIXTURE_SERVICES.groeipakket.id;
const WINDOW = { from: '2026-03-02', to: '2026-03-29' };
const stored = (list: readonly { analysis: Parameters<typeof encodeAnalysis>[0] }[]) => list.map((r) => encodeAnalysis(r.analysis)).sort();
/** The day of March a remark was written on (each remark says it). */
const dayOf = (remark: string) => Number(remark.match(/ (\d+)\)$/u)![1]);
const idsOf = (list: readonly { id: string }[]) => list.map((r) => r.id).sort();
/** The newest `max` of some remarks (the reads give them in no order). */
const newest = <T extends { remark: string }>(list: readonly T[], max: number) =>
  [...list].sort((a, b) => dayOf(b.remark) - dayOf(a.remark)).slice(0, max);

describe.each(BACKENDS)('the analyses of a window of days (alerts: the 8 weeks before) on %s', (kind) => {
  let t: TestApp;
  const ids: Record<string, string[]> = { [GENT]: [], [GROEIPAKKET]: [] };
  beforeAll(async () => {
    t = await startTestApp(kind);
    const texts = [
      'De kalender toont geen vrije dagen',
      'Itsme login werkt niet.',
      'Het formulier liep vast.',
      'Prima.',
      'Le paiement échoue',
    ];
    // 1 March to 31 March, 09:00 UTC: the window's first and last days and the days around it.
    for (const serviceId of [GENT, GROEIPAKKET]) {
      const service = (await findService(t.database.db, serviceId))!;
      for (let day = 1; day <= 31; day += 1) {
        const remark = `${texts[day % texts.length]} (${serviceId} ${day})`;
        const lang = remark.startsWith('Le ') ? 'fr' : 'nl';
        const at = new Date(Date.UTC(2026, 2, day, 9));
        const outcome = await record(t.database.db, service, { serviceId, submissionId: randomUUID(), score: 2, remark, lang }, at);
        ids[serviceId]!.push((outcome as { id: string }).id);
      }
    }
  }, 60_000);
  afterAll(() => t.close());

  it('reads the same analyses as the full read, per service, also for remarks without an analysis or with an outdated one, and not an erased one', async () => {
    const db = t.database.db;
    // As during an upgrade: one remark without an analysis (Dutch), one written by an older analyser (French, 14 March).
    await db
      .updateTable('responses')
      .set({ remark_analyser_version: null, remark_analysis: null })
      .where('id', '=', ids[GENT]![10]!)
      .execute();
    await db
      .updateTable('responses')
      .set({ remark_analyser_version: 1, remark_analysis: '{}' })
      .where('id', '=', ids[GENT]![13]!)
      .execute();
    expect(await eraseRemark(db, GENT, ids[GENT]![12]!)).toBe(true);

    const services = [GENT, GROEIPAKKET];
    const full = await remarksOfWindow(db, services, WINDOW, 20_000);
    const analyses = await analysesOfWindow(db, services, WINDOW, 20_000);
    expect([...analyses.keys()]).toEqual(services);
    for (const serviceId of services) {
      expect(stored(analyses.get(serviceId)!)).toEqual(stored(full.get(serviceId)!));
      // A compared period's read (the analyses only) too.
      const compared = await analysesOfServices(db, { serviceIds: [serviceId], period: WINDOW }, 20_000);
      expect(stored(compared)).toEqual(stored(full.get(serviceId)!));
      // The topics endpoint's read: no texts but those analysed on the fly, each stored analysis as its key.
      const lean = await remarksOfServices(db, { serviceIds: [serviceId], period: WINDOW }, 20_000, { texts: false });
      expect(stored(lean)).toEqual(stored(full.get(serviceId)!));
      expect(idsOf(lean)).toEqual(idsOf(full.get(serviceId)!));
      // Each text's hash, read with it either way (the canonical order's tie-break).
      const hashOf = new Map(full.get(serviceId)!.map((row) => [row.id, row.textHash]));
      for (const row of lean) expect(row.textHash).toBe(hashOf.get(row.id));
      expect(new Set(lean.map((row) => typeof row.textHash))).toEqual(new Set(['number']));
      for (const row of lean) {
        const onTheFly = row.id === ids[GENT]![10] || row.id === ids[GENT]![13];
        expect(row.remark === '').toBe(!onTheFly);
        expect(row.key).toBe(onTheFly ? undefined : encodeAnalysis(row.analysis));
      }
    }
    // 2 to 29 March, less the erased remark.
    expect(analyses.get(GENT)).toHaveLength(27);
    expect(analyses.get(GROEIPAKKET)).toHaveLength(28);
    // Both analysed now, each in its own language.
    const analyse = await loadAnalyser();
    const read = stored(analyses.get(GENT)!);
    for (const [index, lang, other] of [
      [10, 'nl', 'fr'],
      [13, 'fr', 'nl'],
    ] as const) {
      const { remark } = full.get(GENT)!.find((r) => r.id === ids[GENT]![index])!;
      expect(read).toContain(encodeAnalysis(analyse(remark, lang)));
      expect(encodeAnalysis(analyse(remark, lang))).not.toBe(encodeAnalysis(analyse(remark, other)));
    }
  });

  it('reads a service with more remarks than the cap as the full read did: its newest, up to the cap', async () => {
    const db = t.database.db;
    const services = [GENT, GROEIPAKKET];
    const full = await remarksOfWindow(db, services, WINDOW, 20_000);
    // 27 and 28 remarks: under, at and over the cap.
    for (const max of [5, 27, 28]) {
      const analyses = await analysesOfWindow(db, services, WINDOW, max);
      const week = await remarksOfWindow(db, services, WINDOW, max);
      for (const serviceId of services) {
        const expected = newest(full.get(serviceId)!, max);
        expect(stored(analyses.get(serviceId)!)).toEqual(stored(expected));
        expect(stored(await analysesOfServices(db, { serviceIds: [serviceId], period: WINDOW }, max))).toEqual(stored(expected));
        expect(idsOf(week.get(serviceId)!)).toEqual(idsOf(expected));
      }
    }
    const capped = await remarksOfServices(db, { serviceIds: [GROEIPAKKET], period: WINDOW }, 5);
    expect(capped.map((r) => dayOf(r.remark)).sort((a, b) => b - a)).toEqual([29, 28, 27, 26, 25]);
    // Over the cap the scores filter holds too: every remark here says 2, none 4 or 5.
    const scored = await remarksOfServices(db, { serviceIds: [GROEIPAKKET], period: WINDOW, scores: [2] }, 5);
    expect(idsOf(scored)).toEqual(idsOf(capped));
    expect(await remarksOfServices(db, { serviceIds: [GROEIPAKKET], period: WINDOW, scores: [4, 5] }, 5)).toEqual([]);
    // At and under the cap, every remark, in one read (no count first); over it, a second read, sorted.
    for (const [max, reads] of [
      [28, 1],
      [29, 1],
      [27, 2],
    ] as const) {
      let queries = 0;
      const counted = db.withPlugin({
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          queries += 1;
          return args.result;
        },
      });
      const all = await remarksOfServices(counted, { serviceIds: [GROEIPAKKET], period: WINDOW }, max);
      expect(all).toHaveLength(Math.min(max, 28));
      expect(queries).toBe(reads);
      if (max >= 28) expect(all.map((r) => dayOf(r.remark)).sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 2));
    }
  });

  it('keeps to the cap when remarks arrive between the unsorted read and the sorted one: their newest', async () => {
    const db = t.database.db;
    const service = (await findService(db, GENT))!;
    const april = { from: '2026-04-01', to: '2026-04-30' };
    const write = (day: number) =>
      record(
        db,
        service,
        { serviceId: GENT, submissionId: randomUUID(), score: 3, remark: `Het formulier liep vast. (${GENT} ${day})` },
        new Date(Date.UTC(2026, 3, day, 9)),
      );
    for (const day of [1, 2, 3, 4]) await write(day);
    // The unsorted read finds 4, over the cap of 3; a remark of 5 April is stored before the sorted read.
    let arrived = false;
    const racing = db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        if (!arrived && args.result.rows.length === 4) {
          arrived = true;
          await write(5);
        }
        return args.result;
      },
    });
    const read = await remarksOfServices(racing, { serviceIds: [GENT], period: april }, 3);
    expect(arrived).toBe(true);
    expect(read.map((r) => dayOf(r.remark)).sort((a, b) => a - b)).toEqual([3, 4, 5]);
  });

  it('reads nothing for no services, and an empty list for a service without remarks in the window', async () => {
    const db = t.database.db;
    expect((await analysesOfWindow(db, [], WINDOW, 10)).size).toBe(0);
    const none = await analysesOfWindow(db, [GENT], { from: '2025-01-01', to: '2025-01-31' }, 10);
    expect(none.get(GENT)).toEqual([]);
  });
});
