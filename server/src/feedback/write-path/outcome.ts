import { sql } from 'kysely';
import type { FollowUp } from '@feedbackinstrument/shared/constants';
import type { ExistingResponse } from '../follow-up-rules.js';
import { originAllowed } from './admission.js';
import type { Inserted, NewResponse } from './types.js';

// What the statement answers: one row per item, with everything the caller needs to answer
// its request (201, 200, 404, 403, 429, or leave a resent submissionId to attach.ts).

export interface OutcomeRow {
  ord: number;
  found: boolean;
  active: boolean | null;
  origin_allowed: boolean | null;
  follow_ups: string[] | null;
  response_id: string | null;
  limit_hits: number | null;
  limit_ttl_ms: number | null;
  existing_id: string | null;
  existing_score: number | null;
  existing_remark: string | null;
  existing_has_remark: boolean | null;
  existing_ease: number | null;
  existing_completed: ExistingResponse['completed'];
  existing_received_at: Date | null;
  attached: boolean;
}

const ref = (c: string) => sql.ref(c);

/** The final select, over every part of the statement (they run whether or not it reads them). */
export function selectOutcomes<Q extends { selectFrom: (...args: any[]) => any }>(statement: Q) {
  return statement
    .selectFrom('input as i')
    .leftJoin('services as s', 's.id', 'i.service_id')
    .leftJoin('ins', (join: any) => join.onRef('ins.service_id', '=', 'i.service_id').onRef('ins.submission_id', '=', 'i.submission_id'))
    .leftJoin('limited as l', 'l.ord', 'i.ord')
    .leftJoin('existing as e', 'e.ord', 'i.ord')
    .leftJoin('attached as a', 'a.ord', 'i.ord')
    .select([
      'i.ord',
      sql<boolean>`${ref('s.id')} IS NOT NULL`.as('found'),
      's.active',
      originAllowed.as('origin_allowed'),
      's.follow_ups',
      'ins.id as response_id',
      'l.position as limit_hits',
      'l.ttl_ms as limit_ttl_ms',
      'e.id as existing_id',
      'e.score as existing_score',
      'e.remark as existing_remark',
      'e.has_remark as existing_has_remark',
      'e.ease as existing_ease',
      'e.completed as existing_completed',
      'e.received_at as existing_received_at',
      sql<boolean>`${ref('a.ord')} IS NOT NULL`.as('attached'),
    ]);
}

/** The rows in the caller's order. */
export function toResults(items: readonly NewResponse[], rows: OutcomeRow[]): Inserted[] {
  const results: Inserted[] = new Array(items.length);
  for (const row of rows) {
    results[row.ord] = {
      service: row.found ? { active: row.active!, followUps: row.follow_ups as FollowUp[] } : null,
      originAllowed: row.origin_allowed !== false,
      id: row.response_id,
      limit: row.limit_hits === null ? null : { hits: Number(row.limit_hits), ttlMs: Math.max(0, row.limit_ttl_ms ?? 0) },
      existing:
        row.existing_id === null
          ? null
          : {
              id: row.existing_id,
              service_id: items[row.ord]!.submission.serviceId,
              score: row.existing_score!,
              remark: row.existing_remark,
              has_remark: row.existing_has_remark!,
              ease: row.existing_ease,
              completed: row.existing_completed,
              received_at: row.existing_received_at!,
            },
      attached: row.attached,
    };
  }
  return results;
}
