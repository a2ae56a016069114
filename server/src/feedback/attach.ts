import { sql, type Kysely } from 'kysely';
import type { FeedbackSubmission, Service } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { statementTemplate, templateBuilder } from '../db/prepared-statements.js';
import { COUNTER_COLUMNS, rollupDelta, withRollupUpserts } from '../figures/rollups.js';
import { loadAnalyser } from '../topics/analyse-remark.js';
import { analyserVersionOf } from './write-path/input.js';
import { encodeAnalysis } from '../topics/analysis-codec.js';
import { decide, type Attachable, type AttachOutcome, type ExistingResponse } from './follow-up-rules.js';

/**
 * Sets the fields to attach, only while each is still empty, and adds what they add to the
 * response's own roll-up rows (its day, context, channel and score), in one statement
 * (built once, prepared). No row updated (another request attached a field
 * first): nothing is counted, and the caller decides again on the row as it is now.
 */
const attachStatement = statementTemplate<
  | 'serviceId'
  | 'id'
  | 'setRemark'
  | 'remark'
  | 'analysis'
  | 'setEase'
  | 'ease'
  | 'setCompleted'
  | 'completed'
  | 'at'
  | (typeof COUNTER_COLUMNS)[number],
  { attached: number }
>(['serviceId', 'id', 'setRemark', 'remark', 'analysis', 'setEase', 'ease', 'setCompleted', 'completed', 'at', ...COUNTER_COLUMNS], (p) => {
  const ref = (c: string) => sql.ref(c);
  const set = (flag: unknown, value: unknown, column: string, type: string) =>
    sql`CASE WHEN ${flag}::boolean THEN ${value}::${sql.raw(type)} ELSE ${ref(column)} END`;
  return withRollupUpserts(
    (templateBuilder as unknown as Kysely<any>)
      .with('upd', (qc) =>
        qc
          .updateTable('responses')
          .set({
            remark: set(p.setRemark, p.remark, 'remark', 'text'),
            has_remark: sql`${ref('has_remark')} OR ${p.setRemark}::boolean`,
            // The attached remark's analysis, in its row (as in write-path/insert-new.ts).
            remark_analysis: set(p.setRemark, p.analysis, 'remark_analysis', 'text'),
            remark_analyser_version: sql`CASE WHEN ${p.setRemark}::boolean THEN ${analyserVersionOf(sql`${p.analysis}::text`)} ELSE ${ref('remark_analyser_version')} END`,
            ease: set(p.setEase, p.ease, 'ease', 'smallint'),
            completed: set(p.setCompleted, p.completed, 'completed', 'text'),
            followed_up_at: sql`coalesce(${p.at}::timestamptz, now())`,
          })
          .where('service_id', '=', sql`${p.serviceId}::text`)
          .where('id', '=', sql`${p.id}::uuid`)
          .where(sql<boolean>`(NOT ${p.setRemark}::boolean OR NOT ${ref('has_remark')})`)
          .where(sql<boolean>`(NOT ${p.setEase}::boolean OR ${ref('ease')} IS NULL)`)
          .where(sql<boolean>`(NOT ${p.setCompleted}::boolean OR ${ref('completed')} IS NULL)`)
          .returning(['service_id', 'id', 'local_day', 'context', 'channel', 'score']),
      )
      .with('rollup_delta', (qc) =>
        qc
          .selectFrom('upd')
          .select([
            'service_id',
            'local_day as day',
            'context',
            'channel',
            'score',
            ...COUNTER_COLUMNS.map((c) => sql<number>`${p[c]}::integer`.as(c)),
          ]),
      ),
  ).selectNoFrom(sql<number>`(SELECT count(*) FROM upd)`.as('attached'));
});

async function readExisting(db: Kysely<Database>, serviceId: string, submissionId: string): Promise<ExistingResponse> {
  return db
    .selectFrom('responses')
    .select(['id', 'service_id', 'score', 'remark', 'has_remark', 'ease', 'completed', 'received_at'])
    .where('service_id', '=', serviceId)
    .where('submission_id', '=', submissionId)
    .executeTakeFirstOrThrow();
}

/**
 * The submissionId exists: a retry, a follow-up to attach, or a contradiction (409).
 * Optimistic and exact: stored fields are written once, so a decision on the row as read
 * stays right unless another request attaches a field first, and then the guarded update
 * changes nothing and counts nothing, and the decision is made again on the new row.
 * Each round that fails means another field was filled, so three fields need at most
 * four rounds.
 */
export async function attachToExisting(
  db: Kysely<Database>,
  service: Pick<Service, 'id' | 'followUps'>,
  submission: FeedbackSubmission,
  received: Attachable,
  at: Date | undefined,
  /** The stored response as the caller just read it, if it did. */
  known?: ExistingResponse | null,
): Promise<AttachOutcome> {
  const incoming = { ...received };
  // Follow-ups the service has not switched on are ignored, not stored.
  if (!service.followUps.includes('ease')) incoming.ease = null;
  if (!service.followUps.includes('completed')) incoming.completed = null;
  const now = at ?? new Date();
  let existing = known ?? (await readExisting(db, service.id, submission.submissionId));
  const analyse = await loadAnalyser();
  for (let round = 0; round < 4; round += 1) {
    const changes = decide(existing, submission.score, incoming, now);
    if (changes === 'retry') return { status: 'retry', id: existing.id };
    const delta = rollupDelta({
      response: false,
      remark: changes.remark !== undefined,
      ease: changes.ease ?? null,
      completed: changes.completed ?? null,
    });
    const { rows } = await db.executeQuery(
      attachStatement({
        serviceId: existing.service_id,
        id: existing.id,
        setRemark: changes.remark !== undefined,
        remark: changes.remark ?? null,
        analysis:
          changes.remark === undefined || changes.remark === null ? null : encodeAnalysis(analyse(changes.remark, submission.lang ?? 'nl')),
        setEase: changes.ease !== undefined,
        ease: changes.ease ?? null,
        setCompleted: changes.completed !== undefined,
        completed: changes.completed ?? null,
        at: at?.toISOString() ?? null,
        ...Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, delta[c] ?? 0])),
      } as Parameters<typeof attachStatement>[0]),
    );
    if (Number(rows[0]?.attached ?? 0) > 0) return { status: 'attached', id: existing.id };
    existing = await readExisting(db, service.id, submission.submissionId);
  }
  throw new Error('A follow-up could not be attached in four rounds; fields are written once, so this cannot happen.');
}
