// The topic finder: the remarks of some services in a period partitioned into the recurring
// problems they say. All of it runs in this process (no external service):
// analyse-remark.ts turns one remark into terms (stored at write time), batch-terms.ts makes
// the batch's decisions (compounds, typos, cognates), partition.ts groups the remarks
// (GSDMM, then cohesion), explain.ts says why each remark belongs. Only the service's own
// remarks count: no other service's or organisation's remarks can change its topics.
// findTopics reads the analyses stored at write time (responses.remark_analysis); a remark
// without one the current analyser can read (CURRENT_VERSIONS) is analysed on the fly (topics/topic-remarks.ts).
import type { Kysely } from 'kysely';
import type { Topic, TopicExample } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../kernel/calendar.js';
import { percentage } from '../figures/stats.js';
import { serviceNames } from './shown-rows.js';
import { analysesOfServices, remarksOfServices, type AnalysedRemark, type TopicRemark } from './topic-remarks.js';

export type { AnalysedRemark } from './topic-remarks.js';
import { loadAnalyser, type RemarkAnalysis } from './analyse-remark.js';
import { encodeAnalysis } from './analysis-codec.js';
import { batchTerms, batchTermsWithUses, type AnalysedText } from './batch-terms.js';
import { formsOf, labelOf, matchedTokens } from './explain.js';
import { NEGATION_TERM } from './language.js';
import { partitionTopics } from './partition.js';
import { sidesOf } from './score-side.js';
import { countedAlike } from './topic-of-remark.js';
import { translations } from './translations.js';

/** At most this many of the newest remarks of a period are analysed (bounded time and memory). */
export const MAX_REMARKS_ANALYSED = 20_000;

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
  /** false: without the concept lexicon (the benchmark measures what it adds). */
  lexicon?: boolean;
  /** false: without the bilingual dictionary (translations.ts; the benchmark measures what it adds). */
  dictionary?: boolean;
  /** false: leave the texts out (`rows[].remark` is '' unless analysed on the fly); the caller reads the rows it shows. */
  texts?: boolean;
  /** Another seed for GSDMM's draws (the benchmark measures how much the topics depend on them). */
  seed?: number;
}

export interface FoundTopic {
  key: string;
  label: string;
  /** Its terms; "¬" last when most of its remarks say it negated. */
  terms: string[];
  count: number;
  /** count as a percentage of the remarks analysed, 1 decimal. */
  share: number;
  /** The response ids of its remarks, in the finder's canonical order (by analysis and id): the same whatever order they came in. */
  remarkIds: string[];
  matches: Topic['matches'];
  /**
   * The remarks of the compared period that would be in it: two of its terms (one for a topic
   * of one term), best topic only. hereCount, hereShare: this period's remarks counted the same
   * way, so that a trend or a rise compares like with like (count holds the partition's, which
   * also takes remarks that say one of its terms).
   */
  compared: { count: number; share: number | null; hereCount: number; hereShare: number } | null;
}

export interface FoundTopics {
  remarks: number;
  comparedRemarks: number | null;
  /** Fewer remarks than MIN_REMARKS or minCount: too few to find anything recurring (topics is empty). */
  tooFew: boolean;
  topics: FoundTopic[];
  /**
   * The analysed remarks, in the order given (their text unless `texts: false`: read the rows
   * shown with remarkRows); rowsOf gives a topic's rows, most typical first; matchedIn why one belongs.
   */
  rows: TopicRemark[];
  matchedIn: (topic: FoundTopic, row: number) => TopicExample['matched'];
  rowsOf: (topic: FoundTopic) => number[];
  /** Up to `count` rows to show as its examples: distinct texts among the remarks that say its terms (two of them, or its only one). */
  examplesOf: (topic: FoundTopic, count: number) => number[];
}

/** The remarks with their analysis, made here (findTopics reads the stored one instead). */
export async function analysed<T extends { remark: string; lang: string }>(
  rows: readonly T[],
): Promise<(T & { analysis: RemarkAnalysis })[]> {
  const analyse = await loadAnalyser();
  return rows.map((row) => ({ ...row, analysis: analyse(row.remark, row.lang) }));
}

/**
 * The recurring topics of the remarks of `serviceIds` between `from` and `to`. Callers:
 * GET /v1/services/:id/topics, and the alert rules ("topic.rising") with `compareWith`.
 */
export async function findTopics(db: Kysely<Database>, query: TopicQuery): Promise<FoundTopics> {
  const period = { from: query.from, to: query.to };
  // The other services' remarks are not read: a service's topics come from its own remarks only.
  const [current, compared, names] = await Promise.all([
    remarksOfServices(db, { serviceIds: query.serviceIds, period, scores: query.scores }, MAX_REMARKS_ANALYSED, {
      texts: query.texts !== false,
    }),
    query.compareWith
      ? analysesOfServices(db, { serviceIds: query.serviceIds, period: query.compareWith, scores: query.scores }, MAX_REMARKS_ANALYSED)
      : null,
    serviceNames(db, query.serviceIds),
  ]);
  return topicsOf(current, compared, {
    limit: query.limit ?? 10,
    minCount: query.minCount ?? 3,
    serviceNames: names,
    lexicon: query.lexicon ?? true,
    dictionary: query.dictionary ?? true,
    ...(query.seed === undefined ? {} : { seed: query.seed }),
  });
}

/** Fewer remarks than this: too few to find anything recurring. */
export const MIN_REMARKS = 6;

/**
 * The canonical order of a set of remarks: by their analysis as stored (its language, then
 * its words: analysis-codec.ts), then sameAnalysisOrder, so arrival order never matters.
 * Sorted by the analysis, not the text, so that the finder need not read 20,000 texts: the
 * stored one is read (`key`), the others (made on the fly) are encoded here, once per analysis.
 */
function canonical(rows: readonly AnalysedRemark[]): number[] {
  const keys = keysOf(rows);
  // Each analysis is sorted once, then its remarks among themselves. Keyed by the string itself
  // (no key to build per remark); the default sort compares strings by UTF-16 code units, as
  // `<` does, without a call per comparison.
  const groups = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i += 1) {
    const key = keys[i]!;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const sorted = [...groups.keys()].sort();
  const order: number[] = [];
  for (const key of sorted) {
    const group = groups.get(key)!;
    if (group.length > 1) group.sort((a, b) => sameAnalysisOrder(rows[a]!, rows[b]!));
    for (const i of group) order.push(i);
  }
  return order;
}

/** Each remark's analysis as stored: read, or encoded (once per analysis object: remarks share them). */
function keysOf(rows: readonly AnalysedRemark[]): string[] {
  const made = new Map<RemarkAnalysis, string>();
  return rows.map((row) => {
    if (row.key !== undefined) return row.key;
    let key = made.get(row.analysis);
    if (key === undefined) {
      key = encodeAnalysis(row.analysis);
      made.set(row.analysis, key);
    }
    return key;
  });
}
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Remarks with one analysis, in order: by their text's hash (read with them; else their
 * text: remarks analysed here), then id. Remarks written alike up to case and punctuation
 * share an analysis; which one a topic shows must not depend on their ids, nor on whether
 * the texts were read (a read without them has the text of a remark analysed on the fly only).
 */
const sameAnalysisOrder = (a: AnalysedRemark, b: AnalysedRemark) =>
  (a.textHash !== undefined && b.textHash !== undefined ? a.textHash - b.textHash : compare(a.remark, b.remark)) || compare(a.id, b.id);

/** What makes two examples the same: their text (its hash when read without it). */
const exampleText = (row: AnalysedRemark): string | number => row.textHash ?? row.remark;

/**
 * The same, on remarks already loaded and analysed. Only the service's own remarks count,
 * so that nothing another service or organisation writes can change its topics.
 */
export async function topicsOf(
  current: readonly AnalysedRemark[],
  /** Only their analyses and scores count. */
  compared: readonly { analysis: RemarkAnalysis; score: number }[] | null,
  options: {
    limit: number;
    minCount: number;
    serviceNames?: readonly { text: string; lang: string }[];
    lexicon?: boolean;
    dictionary?: boolean;
    seed?: number;
  },
): Promise<FoundTopics> {
  const lexicon = options.lexicon ?? true;
  const dictionary = options.dictionary === false ? undefined : await translations();
  const order = canonical(current);
  const here = new Array<AnalysedText>(current.length);
  const batch = batchTermsWithUses(
    order.map((i) => current[i]!.analysis),
    { lexicon, translations: dictionary },
  );
  batch.texts.forEach((text, k) => {
    here[order[k]!] = text;
  });
  const nameTerms = batchTerms(
    (await analysed((options.serviceNames ?? []).map((n) => ({ remark: n.text, lang: n.lang })))).map((n) => n.analysis),
    { lexicon },
  );
  const noStart = new Set(nameTerms.flatMap((a) => [...a.terms]));
  const tooFew = current.length < Math.max(MIN_REMARKS, options.minCount);
  const scores = order.map((i) => current[i]!.score);
  // Each remark's side of the scores, for the partition and for the counts below (score-side.ts).
  const sides = tooFew ? [] : sidesOf(batch.texts, scores, lexicon);
  const found = tooFew
    ? []
    : partitionTopics(batch.texts, {
        limit: options.limit,
        minCount: Math.max(2, options.minCount),
        noStart,
        scores,
        sides,
        uses: batch.uses,
        lexicon,
        ...(options.seed === undefined ? {} : { gsdmm: { seed: options.seed } }),
      });
  // In any order: a batch's decisions are made on its counts, so each remark's terms (and
  // the count of each topic) are the same whatever order the remarks come in. Without a
  // topic there is nothing to count (alerts: many services' weeks have none).
  const sided = (rows: NonNullable<typeof compared>) => {
    const texts = batchTerms(
      rows.map((r) => r.analysis),
      { lexicon, translations: dictionary },
    );
    const scoresBefore = rows.map((r) => r.score);
    return { texts, sides: sidesOf(texts, scoresBefore, lexicon) };
  };
  const { previous, alike } = countedAlike(found, compared && found.length > 0 ? sided(compared) : null, {
    texts: batch.texts,
    sides,
  });
  const indexes = new Map<FoundTopic, number[]>();
  const typical = new Map<FoundTopic, number>();
  const topics = found.map((c, index): FoundTopic => {
    const rows = c.remarks.map((k) => order[k]!);
    const terms = c.negated ? [...c.terms, NEGATION_TERM] : c.terms;
    const topic: FoundTopic = {
      key: c.key,
      label: labelOf(here, rows, terms),
      terms,
      count: rows.length,
      share: percentage(rows.length, current.length)!,
      remarkIds: [...c.remarks].sort((a, b) => a - b).map((k) => current[order[k]!]!.id),
      matches: c.terms.map((term) => ({
        term,
        remarks: rows.filter((i) => here[i]!.terms.has(term)).length,
        forms: formsOf(here, rows, term),
        keyness: null,
      })),
      compared: compared
        ? {
            count: previous[index]!,
            share: percentage(previous[index]!, compared.length),
            hereCount: alike[index]!,
            hereShare: percentage(alike[index]!, current.length)!,
          }
        : null,
    };
    indexes.set(topic, rows);
    typical.set(topic, c.typical);
    return topic;
  });
  return {
    remarks: current.length,
    comparedRemarks: compared ? compared.length : null,
    tooFew,
    topics,
    rows: [...current],
    rowsOf: (topic) => indexes.get(topic) ?? [],
    examplesOf: (topic, count) => {
      const seen = new Set<string | number>();
      return (indexes.get(topic) ?? [])
        .slice(0, typical.get(topic) ?? 0)
        .filter((i) => !seen.has(exampleText(current[i]!)) && seen.add(exampleText(current[i]!)))
        .slice(0, count);
    },
    matchedIn: (topic, row) => explainRemark(here[row]!, topic.terms),
  };
}

function explainRemark(text: AnalysedText, terms: readonly string[]): TopicExample['matched'] {
  const own = new Set(terms);
  return matchedTokens(text, own).map((t) => ({ form: t.form, terms: t.terms.filter((term) => own.has(term)) }));
}
