import { sql, type QueryCreator } from 'kysely';

// Rule: every public submission counts one hit against its client's limit, whatever becomes
// of it; the hits of one client in this batch count one after the other, and only an item
// whose hit is within the limit goes further (admission.ts). The counters are the same
// rows the rate-limit plugin's CounterWriter keeps (rate_limit_counters, one per key), so
// the limit holds across instances. Counters are locked first, in key order.

const expired = sql<boolean>`rate_limit_counters.expires_at <= now()`;

/** `rl`: +n on each key's counter (a new window when the old one expired); its count and the window's rest. */
export const countHits = (qc: QueryCreator<any>) =>
  qc
    .insertInto('rate_limit_counters')
    .columns(['key', 'hits', 'expires_at'])
    .expression(
      qc
        .selectFrom('input')
        .where('rl_key', 'is not', null)
        .select((eb) => [
          'rl_key as key',
          sql<number>`count(*)::integer`.as('hits'),
          sql`now() + ${eb.fn.max('rl_window')} * interval '1 millisecond'`.as('expires_at'),
        ])
        .groupBy('rl_key')
        .orderBy('rl_key'),
    )
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`CASE WHEN ${expired} THEN excluded.hits ELSE rate_limit_counters.hits + excluded.hits END`,
        expires_at: sql<Date>`CASE WHEN ${expired} THEN excluded.expires_at ELSE rate_limit_counters.expires_at END`,
      }),
    )
    .returning(['key', 'hits', sql<number>`ceil(extract(epoch FROM expires_at - now()) * 1000)::integer`.as('ttl_ms')]);

/** `limited`: each hit's position in its key's count (read as `l`); the items of one key came one after the other. */
export const hitPositions = (qc: QueryCreator<any>) =>
  qc
    .selectFrom('input as i')
    .innerJoin('rl', 'rl.key', 'i.rl_key')
    .select([
      'i.ord',
      sql<number>`${sql.ref('rl.hits')} - count(*) OVER (PARTITION BY ${sql.ref('i.rl_key')}) + row_number() OVER (PARTITION BY ${sql.ref('i.rl_key')} ORDER BY ${sql.ref('i.ord')})`.as(
        'position',
      ),
      'rl.ttl_ms',
    ]);
