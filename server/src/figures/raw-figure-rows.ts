import { sql } from 'kysely';
import type { FigureRowsLoader, FigureSource } from './rollups.js';

/**
 * The same counters as the roll-ups give, computed by a GROUP BY over the raw responses.
 * Not used by the API: it is the benchmark's baseline (and a test checks both agree). It
 * gets every help an index can give: the (service_id, received_at) index bounds the scan,
 * and the figure query sums its rows exactly as it sums the roll-ups.
 */
export const rawFigureSource: FigureSource = (db, serviceIds, period, timezone) =>
  db
    .selectFrom('responses')
    .select((s) => [
      'service_id',
      sql<string>`date_trunc('month', local_day)::date`.as('month'),
      'context',
      'channel',
      'score',
      s.fn.countAll<number>().as('responses'),
      s.fn.countAll<number>().filterWhere('has_remark', '=', true).as('remarks'),
      ...([1, 2, 3, 4, 5] as const).map((e) =>
        s.fn
          .countAll<number>()
          .filterWhere('ease', '=', e)
          .as(`ease_${e}` as const),
      ),
      ...(['yes', 'partly', 'no'] as const).map((c) =>
        s.fn
          .countAll<number>()
          .filterWhere('completed', '=', c)
          .as(`completed_${c}` as const),
      ),
    ])
    .where('service_id', 'in', serviceIds)
    .where('received_at', '>=', sql<Date>`${period.from}::date::timestamp AT TIME ZONE ${timezone}`)
    .where('received_at', '<', sql<Date>`(${period.to}::date + 1)::timestamp AT TIME ZONE ${timezone}`)
    .where('local_day', '>=', period.from)
    .where('local_day', '<=', period.to)
    .groupBy(['service_id', sql`date_trunc('month', local_day)`, 'context', 'channel', 'score']) as never;

/** The raw counters of a period, one row per service, month, context, channel and score. */
export const rawFigureRows: FigureRowsLoader = async (db, serviceIds, period, timezone) => {
  if (serviceIds.length === 0) return [];
  return rawFigureSource(db, serviceIds, period, timezone).execute();
};
