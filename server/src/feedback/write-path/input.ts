import { sql, type QueryCreator, type RawBuilder } from 'kysely';
import type { FeedbackSubmission } from '@feedbackinstrument/shared';
import { pagePath } from '../privacy/page-path.js';
import { ANALYSER_VERSION } from '../../topics/analyse-remark.js';
import type { NewResponse } from './types.js';

// The batch goes to the database as one array per column, unnested into the `input` table
// the other parts read as `i`. Rule: items go in key order (service, then submissionId), so
// every writer locks rows in the same order and concurrent statements wait, never deadlock;
// `ord` keeps each item's place in the caller's list.

export const COLUMNS = {
  ord: 'integer',
  service_id: 'text',
  submission_id: 'uuid',
  score: 'smallint',
  remark: 'text',
  ease: 'smallint',
  completed: 'text',
  lang: 'text',
  context: 'text',
  channel: 'text',
  step: 'text',
  page: 'text',
  at: 'timestamptz',
  check_active: 'boolean',
  origin: 'text',
  rl_key: 'text',
  rl_max: 'integer',
  rl_window: 'integer',
  /** The remark's analysis for its response's remark_analysis, as stored (topics/analysis-codec.ts); null without a remark. */
  analysis: 'text',
} as const;
export type Column = keyof typeof COLUMNS;
export const NAMES = Object.keys(COLUMNS) as Column[];

/** The statement's parameters: one array per column, and the time zone days are counted in. */
export type Slots = Record<Column | 'timezone', unknown>;

/** `input`: one row per item. */
export const inputTable = (p: Slots) => (qc: QueryCreator<any>) =>
  qc.selectFrom(sql`unnest(${sql.join(NAMES.map((c) => sql`${p[c]}::${sql.raw(COLUMNS[c])}[]`))})`.as('u')).selectAll();

export const INPUT = `input(${NAMES.join(', ')})`;

/** The parameter arrays for a batch, in key order. Defaults of the contract are filled in here. */
export function toColumns(items: readonly NewResponse[], analyses: readonly (string | null)[]): Record<Column, unknown[]> {
  const columns = Object.fromEntries(NAMES.map((c) => [c, []])) as unknown as Record<Column, unknown[]>;
  const order = items.map((_, ord) => ord).sort((a, b) => compareKeys(items[a]!.submission, items[b]!.submission));
  for (const ord of order) {
    const { submission: s, incoming, checkActive, origin, at, rateLimit } = items[ord]!;
    columns.ord.push(ord);
    columns.service_id.push(s.serviceId);
    columns.submission_id.push(s.submissionId);
    columns.score.push(s.score);
    columns.remark.push(incoming.remark);
    columns.ease.push(incoming.ease);
    columns.completed.push(incoming.completed);
    columns.lang.push(s.lang ?? 'nl');
    columns.context.push(s.context ?? 'continuous');
    columns.channel.push(s.channel ?? null);
    columns.step.push(s.step ?? null);
    columns.page.push(pagePath(s.page));
    columns.at.push(at?.toISOString() ?? null);
    columns.check_active.push(checkActive);
    columns.origin.push(origin);
    columns.rl_key.push(rateLimit?.key ?? null);
    columns.rl_max.push(rateLimit?.max ?? null);
    columns.rl_window.push(rateLimit?.windowMs ?? null);
    columns.analysis.push(analyses[ord] ?? null);
  }
  return columns;
}

const compareKeys = (a: FeedbackSubmission, b: FeedbackSubmission) =>
  a.serviceId < b.serviceId
    ? -1
    : a.serviceId > b.serviceId
      ? 1
      : a.submissionId < b.submissionId
        ? -1
        : a.submissionId > b.submissionId
          ? 1
          : 0;

/** When the item happened: its own instant (tests, the benchmark loader), else now. */
export const instant = sql`coalesce(${sql.ref('i.at')}, now())`;

/** The analyser version stored beside a remark's analysis (`analysis`, a column or a parameter): this one's, or null without one. */
export const analyserVersionOf = (analysis: RawBuilder<unknown>) =>
  sql`CASE WHEN ${analysis} IS NOT NULL THEN ${sql.lit(ANALYSER_VERSION)}::smallint END`;
