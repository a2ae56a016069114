import { sql, type QueryCreator } from 'kysely';
import { passesChecks } from './admission.js';
import { addCompleted, addEase, addRemark, attaches } from './follow-ups.js';

// Rule: a submissionId that is stored already is never inserted twice. Its stored response
// is looked up by the unique key (submission_id, service_id) and locked before any insert,
// in key order (one lock order for every writer), and the item's remark and follow-ups are
// weighed against it (follow-ups.ts). FOR UPDATE reads the newest version of a row another
// statement changed meanwhile, so the decision is made on the row as it is when locked.
// A stored response this statement cannot see (committed by another one meanwhile) is left
// to attach.ts.

/** `existing`: the stored responses of resent submissionIds (passing admission), locked, with what the item adds. */
export const lockResentSubmissions = (qc: QueryCreator<any>) =>
  (qc.selectFrom('input as i').innerJoin('services as s', 's.id', 'i.service_id').leftJoin('limited as l', 'l.ord', 'i.ord') as any)
    // One lookup by the unique key per item (LIMIT 1 keeps it a subquery of its own, never
    // a join over a service's responses).
    .innerJoinLateral(
      (eb: any) =>
        eb
          .selectFrom('responses as stored')
          .select([
            'stored.ctid',
            'stored.id',
            'stored.service_id',
            'stored.score',
            'stored.remark',
            'stored.has_remark',
            'stored.ease',
            'stored.completed',
            'stored.received_at',
            'stored.local_day',
            'stored.context',
            'stored.channel',
          ])
          .whereRef('stored.submission_id', '=', 'i.submission_id')
          // Not an index condition (IS TRUE): the lookup is by submission_id, which only
          // the unique key (submission_id, service_id) serves, whatever the statistics.
          .where(sql<boolean>`(${sql.ref('stored.service_id')} = ${sql.ref('i.service_id')}) IS TRUE`)
          .limit(sql.lit(1))
          .as('r'),
      (join: any) => join.onTrue(),
    )
    // Every rate-limit counter is locked before any response (one lock order).
    .where(sql<boolean>`(SELECT count(*) FROM rl) >= 0`)
    .where(passesChecks)
    .select([
      'i.ord',
      'r.ctid',
      'r.id',
      'r.service_id',
      'r.score',
      'r.remark',
      'r.has_remark',
      'r.ease',
      'r.completed',
      'r.received_at',
      'r.local_day',
      'r.context',
      'r.channel',
      'i.remark as new_remark',
      'i.analysis as new_analysis',
      'i.at',
      sql<boolean>`${addRemark}`.as('add_remark'),
      sql<number | null>`${addEase}`.as('add_ease'),
      sql<string | null>`${addCompleted}`.as('add_completed'),
      attaches.as('attach'),
    ])
    .forUpdate('r');
