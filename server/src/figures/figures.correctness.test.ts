// Every figure of the analyst API checked against an independent computation from the
// raw rows, on a seeded multi-year dataset recorded through the real recordFeedback path
// (with instants around New Year in Brussels and the DST switches).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@feedbackinstrument/shared';
import { countDisplay } from './displays.js';
import { findService, insertService, updateService } from '../services/services.js';
import { ADMIN_TOKEN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { pick, randomWorkload, record, seededRandom } from '../demo/workload.js';
import { brusselsDay, expectedFigures, type RawResponse, reach, satisfaction, TZ } from '../testing/figures-from-raw-rows.js';

const PARKEREN = 'gent-bewonerskaart';

// ---- the dataset ----

/** Instants where a day, month or year changes in Brussels, or the clock jumps. */
const EDGES = [
  '2024-12-31T23:00:00Z', // New Year 2025, midnight in Brussels (CET, UTC+1)
  '2025-03-30T01:00:00Z', // summer time starts: 02:00 → 03:00
  '2025-10-26T01:00:00Z', // winter time starts: 03:00 → 02:00
  '2025-12-31T23:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-05-31T22:00:00Z', // 1 June, midnight in Brussels (CEST, UTC+2)
  '2026-10-25T01:00:00Z',
  '2026-12-31T23:00:00Z',
].map((s) => Date.parse(s));

describe.each(BACKENDS)('every figure against the raw rows, on %s', (kind) => {
  let t: TestApp;
  let services: Service[];
  let raw: RawResponse[];
  const displays = new Map<string, string[]>();

  beforeAll(async () => {
    t = await startTestApp(kind);
    const db = t.database.db;
    await insertService(db, {
      id: PARKEREN,
      organisationId: 'stad-gent',
      name: { nl: 'Bewonerskaart =aanvragen' },
      audience: 'burgers',
      channel: 'stad.gent',
      followUps: ['ease'],
    });
    await updateService(db, FIXTURE_SERVICES.gent.id, { publishFigures: true });
    await updateService(db, FIXTURE_SERVICES.groeipakket.id, { publishFigures: true });
    services = await Promise.all(
      [FIXTURE_SERVICES.gent.id, FIXTURE_SERVICES.groeipakket.id, PARKEREN].map(async (id) => (await findService(db, id))!),
    );

    const random = seededRandom(2027);
    const start = Date.parse('2024-01-01T00:00:00Z');
    const span = Date.parse('2027-02-28T00:00:00Z') - start;
    const instants = () =>
      random() < 0.25
        ? new Date(pick(random, EDGES) + Math.round((random() - 0.5) * 3 * 3_600_000))
        : new Date(start + Math.floor(random() * span));
    // Groeipakket gets few responses in 2027, so its public figures there are withheld.
    await randomWorkload(db, services, instants, random, 500);
    // The contract's own example, and the last millisecond of 2026 in Brussels.
    const gent = services[0]!;
    await record(db, gent, { serviceId: gent.id, submissionId: randomUUID(), score: 5 }, new Date('2026-12-31T23:30:00Z'));
    await record(db, gent, { serviceId: gent.id, submissionId: randomUUID(), score: 1 }, new Date('2026-12-31T22:59:59.999Z'));

    for (let i = 0; i < 300; i += 1) {
      const service = pick(random, services);
      const at = instants();
      await countDisplay(db, service.id, TZ, at);
      displays.set(service.id, [...(displays.get(service.id) ?? []), brusselsDay(at)]);
    }
    raw = (await db
      .selectFrom('responses')
      .select(['service_id', 'received_at', 'local_day', 'score', 'has_remark', 'ease', 'completed', 'context', 'channel'])
      .execute()) as RawResponse[];
  }, 240_000);
  afterAll(() => t.close());

  const get = async (url: string) => {
    const res = await t.app.inject({ url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('stores the Brussels day of every response (New Year and DST included)', () => {
    expect(raw.length).toBeGreaterThan(450);
    for (const row of raw) expect(row.local_day).toBe(brusselsDay(new Date(row.received_at)));
    const contractExample = raw.find((r) => new Date(r.received_at).toISOString() === '2026-12-31T23:30:00.000Z');
    expect(contractExample?.local_day).toBe('2027-01-01');
    const lastOf2026 = raw.find((r) => new Date(r.received_at).toISOString() === '2026-12-31T22:59:59.999Z');
    expect(lastOf2026?.local_day).toBe('2026-12-31');
  });

  const PERIODS: [string, string][] = [
    ['2024-01-01', '2024-12-31'],
    ['2025-01-01', '2025-12-31'],
    ['2026-01-01', '2026-12-31'],
    ['2027-01-01', '2027-12-31'],
    ['2026-03-15', '2026-11-02'], // loose days at both ends
    ['2025-12-20', '2026-01-10'], // across New Year
    ['2026-02-01', '2026-02-28'], // one whole month
    ['2026-03-29', '2026-03-29'], // the day the clocks go forward
    ['2025-10-26', '2025-10-26'], // the day the clocks go back (25 hours)
    ['2024-02-29', '2025-03-01'], // a leap day; the year before has none
  ];

  it.each(PERIODS)('GET /v1/services/:id/figures from %s to %s equals the computation from raw rows', async (from, to) => {
    for (const service of services) {
      const query =
        from.endsWith('01-01') && to.endsWith('12-31') && from.slice(0, 4) === to.slice(0, 4)
          ? `year=${from.slice(0, 4)}`
          : `from=${from}&to=${to}`;
      const body = await get(`/v1/services/${service.id}/figures?${query}`);
      expect(body).toEqual(expectedFigures(service, raw, displays.get(service.id) ?? [], from, to));
    }
  });

  it('the yearly report of an organisation: each service and the totals', async () => {
    const report = await get('/v1/reports/2026?organisation=stad-gent');
    const gentServices = services.filter((s) => s.organisationId === 'stad-gent').sort((a, b) => a.id.localeCompare(b.id));
    expect(report.services.map((s: { service: { id: string } }) => s.service.id)).toEqual(gentServices.map((s) => s.id));
    for (const [i, service] of gentServices.entries()) {
      expect(report.services[i]).toEqual(expectedFigures(service, raw, displays.get(service.id) ?? [], '2026-01-01', '2026-12-31'));
    }
    const ids = new Set(gentServices.map((s) => s.id));
    const own = raw.filter((r) => ids.has(r.service_id));
    const in2026 = own.filter((r) => brusselsDay(r.received_at).startsWith('2026'));
    const displayCount = gentServices.flatMap((s) => displays.get(s.id) ?? []).filter((d) => d.startsWith('2026')).length;
    expect(report.totals).toMatchObject({ services: 2, ...satisfaction(in2026), ...reach(in2026.length, displayCount) });
    const in2025 = own.filter((r) => brusselsDay(r.received_at).startsWith('2025'));
    expect(report.totals.previousYear).toMatchObject(satisfaction(in2025));
  });

  it('public figures: published services only, withheld below 10 responses', async () => {
    const seen = new Set<boolean>();
    for (const year of ['2026', '2027']) {
      const body = (await t.app.inject({ url: `/v1/public/figures?year=${year}` })).json();
      const expected = services
        .filter((s) => s.id !== PARKEREN)
        .sort((a, b) => a.organisationId.localeCompare(b.organisationId) || a.id.localeCompare(b.id))
        .map((s) => {
          const rows = raw.filter((r) => r.service_id === s.id && brusselsDay(r.received_at).startsWith(year));
          const shown = (displays.get(s.id) ?? []).filter((d) => d.startsWith(year)).length;
          return {
            id: s.id,
            suppressed: rows.length < 10,
            figures: rows.length < 10 ? null : { ...satisfaction(rows), ...reach(rows.length, shown) },
          };
        });
      expect(
        body.services.map((s: { service: { id: string }; suppressed: boolean; figures: unknown }) => ({
          id: s.service.id,
          suppressed: s.suppressed,
          figures: s.figures,
        })),
      ).toEqual(expected);
      for (const e of expected) seen.add(e.suppressed);
    }
    // The dataset has both: services shown, and services withheld (few responses in 2027).
    expect([...seen].sort()).toEqual([false, true]);
  });
});
