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

const TZ = 'Europe/Brussels';
const PARKEREN = 'gent-bewonerskaart';

// ---- the independent computation (deliberately not the server's code) ----

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
const brusselsDay = (instant: Date) => dayFormat.format(instant);

interface RawResponse {
  service_id: string;
  received_at: Date;
  local_day: string;
  score: number;
  has_remark: boolean;
  ease: number | null;
  completed: 'yes' | 'partly' | 'no' | null;
  context: string;
  channel: string;
}

/** Round half up on exact integers: numerator/denominator with `decimals` decimals. */
function halfUp(numerator: number, denominator: number, decimals: number): number | null {
  if (denominator === 0) return null;
  const scale = 10 ** decimals;
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator)) / scale;
}

function wilson(k: number, n: number) {
  if (n === 0) return null;
  const z = 1.959963984540054;
  const p = k / n;
  const a = p + (z * z) / (2 * n);
  const b = z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n);
  const c = 1 + (z * z) / n;
  const r = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 10;
  return { low: r((a - b) / c), high: r((a + b) / c) };
}

function satisfaction(rows: RawResponse[]) {
  const n = rows.length;
  const d = [1, 2, 3, 4, 5].map((s) => rows.filter((r) => r.score === s).length);
  const sum = rows.reduce((t, r) => t + r.score, 0);
  return {
    responses: n,
    distribution: { '1': d[0], '2': d[1], '3': d[2], '4': d[3], '5': d[4] },
    mean: halfUp(sum, n, 2),
    satisfied: halfUp((d[3]! + d[4]!) * 100, n, 1),
    satisfiedInterval: wilson(d[3]! + d[4]!, n),
    dissatisfied: halfUp((d[0]! + d[1]!) * 100, n, 1),
    remarks: rows.filter((r) => r.has_remark).length,
  };
}

const reach = (responses: number, displays: number) => ({ displays, responseRate: halfUp(responses * 100, displays, 1) });

function followUps(rows: RawResponse[], service: Service) {
  const eased = rows.filter((r) => r.ease !== null);
  const done = rows.filter((r) => r.completed !== null);
  const count = (v: string) => done.filter((r) => r.completed === v).length;
  return {
    ease:
      service.followUps.includes('ease') || eased.length > 0
        ? {
            answered: eased.length,
            mean: halfUp(
              eased.reduce((t, r) => t + r.ease!, 0),
              eased.length,
              2,
            ),
            distribution: Object.fromEntries([1, 2, 3, 4, 5].map((e) => [String(e), eased.filter((r) => r.ease === e).length])),
          }
        : null,
    completed:
      service.followUps.includes('completed') || done.length > 0
        ? {
            answered: done.length,
            counts: { yes: count('yes'), partly: count('partly'), no: count('no') },
            shares: {
              yes: halfUp(count('yes') * 100, done.length, 1),
              partly: halfUp(count('partly') * 100, done.length, 1),
              no: halfUp(count('no') * 100, done.length, 1),
            },
          }
        : null,
  };
}

const within = (day: string, from: string, to: string) => day >= from && day <= to;

function oneYearEarlier(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function months(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let d = new Date(`${from.slice(0, 7)}-01T00:00:00Z`);
    d.toISOString().slice(0, 7) <= to.slice(0, 7);
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    out.push(d.toISOString().slice(0, 7));
  }
  return out;
}

function expectedFigures(service: Service, raw: RawResponse[], displayDays: string[], from: string, to: string) {
  const own = raw.filter((r) => r.service_id === service.id);
  const rowsIn = (f: string, t: string) => own.filter((r) => within(brusselsDay(r.received_at), f, t));
  const displaysIn = (f: string, t: string) => displayDays.filter((d) => within(d, f, t)).length;
  const rows = rowsIn(from, to);
  const [pf, pt] = [oneYearEarlier(from), oneYearEarlier(to)];
  const previous = rowsIn(pf, pt);
  const channels = [...new Set(rows.map((r) => r.channel))];
  return {
    service: { id: service.id, name: service.name, organisationId: service.organisationId },
    period: { from, to, timezone: TZ },
    ...satisfaction(rows),
    ...reach(rows.length, displaysIn(from, to)),
    ...followUps(rows, service),
    byMonth: months(from, to).map((month) => {
      const m = rows.filter((r) => brusselsDay(r.received_at).startsWith(month));
      return {
        month,
        ...satisfaction(m),
        ...reach(m.length, displayDays.filter((d) => d.startsWith(month) && within(d, from, to)).length),
      };
    }),
    byContext: ['transaction', 'support', 'continuous'].map((context) => ({
      context,
      ...satisfaction(rows.filter((r) => r.context === context)),
    })),
    byChannel: channels
      .map((channel) => ({ channel, ...satisfaction(rows.filter((r) => r.channel === channel)) }))
      .sort((a, b) => b.responses - a.responses || a.channel.localeCompare(b.channel)),
    previousYear: {
      period: { from: pf, to: pt, timezone: TZ },
      ...satisfaction(previous),
      ...reach(previous.length, displaysIn(pf, pt)),
      ...followUps(previous, service),
    },
  };
}

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
