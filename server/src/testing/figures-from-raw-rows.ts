// The independent computation of the analyst API's figures from raw response rows, for
// figures.correctness.test.ts: deliberately not the server's code, so that the two can disagree.
import type { Service } from '@feedbackinstrument/shared';

export const TZ = 'Europe/Brussels';

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TZ, year: 'numeric', month: '2-digit', day: '2-digit' });
export const brusselsDay = (instant: Date) => dayFormat.format(instant);

export interface RawResponse {
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

export function satisfaction(rows: RawResponse[]) {
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

export const reach = (responses: number, displays: number) => ({ displays, responseRate: halfUp(responses * 100, displays, 1) });

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

export function expectedFigures(service: Service, raw: RawResponse[], displayDays: string[], from: string, to: string) {
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
