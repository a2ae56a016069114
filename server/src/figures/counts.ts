// Counters as the figures need them: already summed by the database, one object per
// service and period (and per month, context and channel of it). Pure data, no I/O.

export type Five = [number, number, number, number, number];

/** Everything a satisfaction figure is computed from. */
export interface Counts {
  /** Responses per score 1–5. */
  scores: Five;
  remarks: number;
  /** Answers per ease 1–5. */
  ease: Five;
  completed: { yes: number; partly: number; no: number };
}

/** A period with its breakdown (empty maps when only totals were asked for). */
export interface PeriodCounts {
  totals: Counts;
  /** Key: the first day of the local month ('YYYY-MM-01'). */
  byMonth: Map<string, Counts>;
  byContext: Map<string, Counts>;
  byChannel: Map<string, Counts>;
  displays: number;
  /** Key: the first day of the local month ('YYYY-MM-01'). */
  displaysByMonth: Map<string, number>;
}

/** Only the totals of a period (the previous year, public figures). */
export interface TotalCounts {
  totals: Counts;
  displays: number;
}

export interface ServiceCounts {
  current: PeriodCounts;
  previous: TotalCounts;
}

export const emptyCounts = (): Counts => ({
  scores: [0, 0, 0, 0, 0],
  remarks: 0,
  ease: [0, 0, 0, 0, 0],
  completed: { yes: 0, partly: 0, no: 0 },
});

export const emptyPeriodCounts = (): PeriodCounts => ({
  totals: emptyCounts(),
  byMonth: new Map(),
  byContext: new Map(),
  byChannel: new Map(),
  displays: 0,
  displaysByMonth: new Map(),
});

export const emptyServiceCounts = (): ServiceCounts => ({ current: emptyPeriodCounts(), previous: { totals: emptyCounts(), displays: 0 } });

/** Adds `more` into `into` (the totals of several report batches). */
export function addCounts(into: Counts, more: Counts): void {
  for (let i = 0; i < 5; i += 1) {
    into.scores[i]! += more.scores[i]!;
    into.ease[i]! += more.ease[i]!;
  }
  into.remarks += more.remarks;
  into.completed.yes += more.completed.yes;
  into.completed.partly += more.completed.partly;
  into.completed.no += more.completed.no;
}

function addInto<V>(into: Map<string, V>, more: Map<string, V>, add: (a: V, b: V) => V): void {
  for (const [key, value] of more) {
    const existing = into.get(key);
    into.set(key, existing === undefined ? value : add(existing, value));
  }
}

/** Adds the counts of `more` into `into`, breakdown and displays included. */
export function addServiceCounts(into: ServiceCounts, more: ServiceCounts): void {
  const sum = (a: Counts, b: Counts) => {
    const c = emptyCounts();
    addCounts(c, a);
    addCounts(c, b);
    return c;
  };
  addCounts(into.current.totals, more.current.totals);
  addInto(into.current.byMonth, more.current.byMonth, sum);
  addInto(into.current.byContext, more.current.byContext, sum);
  addInto(into.current.byChannel, more.current.byChannel, sum);
  into.current.displays += more.current.displays;
  addInto(into.current.displaysByMonth, more.current.displaysByMonth, (a, b) => a + b);
  addCounts(into.previous.totals, more.previous.totals);
  into.previous.displays += more.previous.displays;
}
