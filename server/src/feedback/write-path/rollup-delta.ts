import { sql, type QueryCreator } from 'kysely';
import { COUNTER_COLUMNS } from '../../figures/rollups.js';

// Rule: a response and its counts commit together. Every new response (`ins`) and every
// attached follow-up (`attached`) adds to its daily roll-up row, summed per key (service,
// day, context, channel, score) so each hot row is updated once per statement;
// figures/rollups.ts upserts the daily and monthly rows from this. A follow-up adds
// its remark and answers, never a second response.

const ref = (c: string) => sql.ref(c);

const counts = (row: { remark: string; ease: string; completed: string }, responses: number) => [
  sql.lit(responses).as('responses'),
  sql`${ref(row.remark)}::integer`.as('remarks'),
  ...([1, 2, 3, 4, 5] as const).map((e) => sql`(${ref(row.ease)} IS NOT DISTINCT FROM ${sql.lit(e)})::integer`.as(`ease_${e}`)),
  ...(['yes', 'partly', 'no'] as const).map((c) =>
    sql`(${ref(row.completed)} IS NOT DISTINCT FROM ${sql.lit(c)})::integer`.as(`completed_${c}`),
  ),
];

const KEY = ['service_id', 'local_day as day', 'context', 'channel', 'score'];

/** `rollup_delta`: one row per roll-up key with what this statement adds to it. */
export const rollupDelta = (qc: QueryCreator<any>) => {
  const contributions = qc
    .selectFrom('ins')
    .select([...KEY, ...counts({ remark: 'has_remark', ease: 'ease', completed: 'completed' }, 1)])
    .unionAll(
      qc.selectFrom('attached').select([...KEY, ...counts({ remark: 'add_remark', ease: 'add_ease', completed: 'add_completed' }, 0)]),
    );
  return qc
    .selectFrom(contributions.as('c'))
    .select((eb) => [
      'service_id',
      'day',
      'context',
      'channel',
      'score',
      ...COUNTER_COLUMNS.map((c) => sql<number>`${eb.fn.sum(c)}::integer`.as(c)),
    ])
    .groupBy(['service_id', 'day', 'context', 'channel', 'score']);
};
