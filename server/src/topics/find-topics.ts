// The topic finder: the remarks of some services in a period, weighed against the other
// services' remarks of that period, grouped into the recurring problems they share. All of
// it runs in this process (no external service): terms.ts turns remarks into terms,
// cluster.ts picks the topics, explain.ts says why each remark belongs.
import type { Kysely } from 'kysely';
import type { Topic, TopicExample, Topics } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { previousYear, type DayPeriod } from '../figures/period.js';
import { periodOut } from '../figures/service-figures.js';
import { percentage, roundRatio } from '../figures/stats.js';
import { toRemark } from '../remarks/to-remark.js';
import type { RemarkRow } from '../repositories/remarks.js';
import { backgroundRemarks, remarksOfServices, serviceNames } from '../repositories/topic-remarks.js';
import { clusterTopics, remarksMatching } from './cluster.js';
import { formsOf, labelOf, matchedTokens } from './explain.js';
import { NEGATION_TERM } from './language.js';
import type { RemarkAnalysis } from './analyse-remark.js';
import { dictionaryWords } from './dictionary.js';
import { analyseTexts, concepts, resolveTexts, type AnalysedText } from './terms.js';

/** At most this many of the newest remarks of a period are analysed (bounded time and memory). */
export const MAX_REMARKS_ANALYSED = 20_000;
/** At most this many of the other services' newest remarks of the period are the background (enough for word counts; bounded time). */
export const MAX_BACKGROUND_REMARKS = 5_000;
const EXAMPLES = 3;

/** A remark with its analysis as stored when it was written (remark_terms). */
export type AnalysedRemark = RemarkRow & { analysis: RemarkAnalysis };

export interface TopicQuery {
  serviceIds: readonly string[];
  /** Local days, both included. */
  from: string;
  to: string;
  scores?: readonly number[] | undefined;
  limit?: number;
  minCount?: number;
  /** Also count each topic in this other period (e.g. the year or the weeks before). */
  compareWith?: DayPeriod | undefined;
}

export interface FoundTopic {
  key: string;
  label: string;
  /** Its terms; "¬" last when most of its remarks say it negated. */
  terms: string[];
  count: number;
  /** count as a percentage of the remarks analysed, 1 decimal. */
  share: number;
  /** The response ids of its remarks, newest first. */
  remarkIds: string[];
  matches: Topic['matches'];
  /** The remarks of the compared period with its first term or two of its terms (when compareWith was given). */
  compared: { count: number; share: number | null } | null;
}

export interface FoundTopics {
  remarks: number;
  comparedRemarks: number | null;
  topics: FoundTopic[];
  /** The analysed remarks, newest first, and why each belongs to its topics. */
  rows: RemarkRow[];
  matchedIn: (topic: FoundTopic, row: number) => TopicExample['matched'];
  rowsOf: (topic: FoundTopic) => number[];
}

/**
 * The recurring topics of the remarks of `serviceIds` between `from` and `to`. Callers:
 * GET /v1/services/:id/topics, and the alert rules ("topic.rising") with `compareWith`.
 */
export async function findTopics(db: Kysely<Database>, query: TopicQuery): Promise<FoundTopics> {
  const period = { from: query.from, to: query.to };
  const [current, background, compared, names] = await Promise.all([
    remarksOfServices(db, { serviceIds: query.serviceIds, period, scores: query.scores }, MAX_REMARKS_ANALYSED),
    backgroundRemarks(db, { serviceIds: query.serviceIds, period }, MAX_BACKGROUND_REMARKS),
    query.compareWith ? remarksOfServices(db, { serviceIds: query.serviceIds, period: query.compareWith, scores: query.scores }, MAX_REMARKS_ANALYSED) : null,
    serviceNames(db, query.serviceIds),
  ]);
  return topicsOf(current, background, compared, { limit: query.limit ?? 10, minCount: query.minCount ?? 3, serviceNames: names });
}

/** The same, on remarks already loaded and analysed (the benchmark and tests use it directly too). */
export async function topicsOf(
  current: readonly AnalysedRemark[],
  background: readonly AnalysedRemark[],
  compared: readonly AnalysedRemark[] | null,
  options: { limit: number; minCount: number; serviceNames?: readonly { text: string; lang: string }[]; lexicon?: boolean },
): Promise<FoundTopics> {
  const names = options.serviceNames ?? [];
  const remarks = [...current, ...background, ...(compared ?? [])];
  // The stored analyses; without the lexicon (the benchmark's comparison) the texts are analysed again.
  const analysed =
    options.lexicon === false
      ? await analyseTexts(remarks.map((r) => ({ text: r.remark, lang: r.lang })), { lexicon: false })
      : resolveTexts(await dictionaryWords(), concepts(), remarks.map((r) => r.analysis));
  // The service's name in every language, as terms (each name is read in the language it is written in).
  const noStart = new Set((await analyseTexts(names, { lexicon: options.lexicon ?? true })).flatMap((a) => [...a.terms]));
  const here = analysed.slice(0, current.length);
  const elsewhere = analysed.slice(current.length, current.length + background.length);
  const before = compared ? analysed.slice(current.length + background.length) : null;
  const clustered = clusterTopics(
    here.map((a) => a.terms),
    elsewhere.map((a) => a.terms),
    { limit: options.limit, minCount: options.minCount, noStart },
  );
  const indexes = new Map<FoundTopic, number[]>();
  const topics = clustered.map((c): FoundTopic => {
    const terms = c.negated ? [...c.terms, NEGATION_TERM] : c.terms;
    const previous = before ? remarksMatching(before.map((a) => a.terms), c.terms).length : null;
    const topic: FoundTopic = {
      key: c.key,
      label: labelOf(here, c.remarks, terms),
      terms,
      count: c.remarks.length,
      share: percentage(c.remarks.length, current.length)!,
      remarkIds: c.remarks.map((i) => current[i]!.id),
      matches: c.terms.map((term) => ({
        term,
        remarks: c.remarks.filter((i) => here[i]!.terms.has(term)).length,
        forms: formsOf(here, c.remarks, term),
        keyness: c.keyness.get(term) === null ? null : Math.round(c.keyness.get(term)! * 10) / 10,
      })),
      compared: previous === null ? null : { count: previous, share: percentage(previous, before!.length) },
    };
    indexes.set(topic, c.remarks);
    return topic;
  });
  return {
    remarks: current.length,
    comparedRemarks: before ? before.length : null,
    topics,
    rows: [...current],
    rowsOf: (topic) => indexes.get(topic) ?? [],
    matchedIn: (topic, row) => explainRemark(here[row]!, topic.terms),
  };
}

function explainRemark(text: AnalysedText, terms: readonly string[]): TopicExample['matched'] {
  const own = new Set(terms);
  return matchedTokens(text, own).map((t) => ({ form: t.form, terms: t.terms.filter((term) => own.has(term)) }));
}

export interface TopicsReportQuery {
  serviceId: string;
  period: DayPeriod;
  scores?: readonly number[] | undefined;
  limit: number;
  minCount: number;
  timezone: string;
}

/** GET /v1/services/:id/topics: the recurring topics of a period, with their trend against the year before. */
export async function topicsReport(db: Kysely<Database>, query: TopicsReportQuery): Promise<Topics> {
  const before = previousYear(query.period);
  const found = await findTopics(db, {
    serviceIds: [query.serviceId],
    from: query.period.from,
    to: query.period.to,
    scores: query.scores,
    limit: query.limit,
    minCount: query.minCount,
    compareWith: before,
  });
  const topics: Topic[] = found.topics.map((topic) => {
    const indexes = found.rowsOf(topic);
    const rows = indexes.map((i) => found.rows[i]!);
    const seen = new Set<string>();
    const examples = indexes.filter((i) => !seen.has(found.rows[i]!.remark) && seen.add(found.rows[i]!.remark)).slice(0, EXAMPLES);
    const previous = topic.compared!;
    return {
      key: topic.key,
      label: topic.label,
      terms: topic.terms,
      matches: topic.matches,
      count: topic.count,
      share: topic.share,
      meanScore: roundRatio(rows.reduce((sum, r) => sum + r.score, 0), rows.length, 2)!,
      previous,
      trend: trendOf(topic.count, found.remarks, previous.count, found.comparedRemarks!),
      examples: examples.map((i) => ({ ...toRemark(found.rows[i]!), matched: found.matchedIn(topic, i) })),
    };
  });
  return {
    period: periodOut(query.period, query.timezone),
    previousPeriod: periodOut(before, query.timezone),
    remarks: found.remarks,
    previousRemarks: found.comparedRemarks!,
    tooFewRemarks: found.remarks < query.minCount,
    topics,
  };
}

/** new: absent before; up/down: its share of remarks changed by at least a fifth; else stable. */
function trendOf(count: number, total: number, previousCount: number, previousTotal: number): Topic['trend'] {
  if (previousCount === 0 || previousTotal === 0) return 'new';
  const ratio = count / total / (previousCount / previousTotal);
  if (ratio >= 1.2) return 'up';
  if (ratio <= 0.8) return 'down';
  return 'stable';
}
