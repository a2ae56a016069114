// Today's (before issue 13) topic finder, kept unchanged as the baseline of the topics benchmark only:
// phrases of PostgreSQL text-search lexemes. The server uses server/src/topics/.
import type { Kysely } from 'kysely';
import { LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';
import type { Remark, Topic as CurrentTopic, Topics as CurrentTopics } from '@feedbackinstrument/shared';
import type { Database } from '../../../db/database.js';
import { previousYear } from '../../../kernel/calendar.js';
import { periodOut } from '../../../figures/service-figures.js';
import { percentage, roundRatio } from '../../../figures/stats.js';
import { toRemark } from '../../../remarks/to-remark.js';
import { remarkTexts, type RemarkFilter, type RemarkRow } from '../../../remarks/remarks.js';
import { lexemesOf } from './lexemes.js';
import { phrasesOf, type Phrase, type Token } from './phrases.js';
import { bestLabel, collect, remarksOf, selectTopics } from './select-topics.js';
import { isNegation, words } from './words.js';

// The answer as it was before topics gained their key, matches and explained examples.
type Topic = Omit<CurrentTopic, 'key' | 'matches' | 'examples'> & {
  examples: Remark[] /** Added for the benchmark's scoring: the response ids it counts. */;
  remarkIds: string[];
};
export type Topics = Omit<CurrentTopics, 'topics'> & { topics: Topic[] };

/** At most this many of the newest remarks of a period are analysed (bounded time and memory). */
export const MAX_REMARKS_ANALYSED = 20_000;
const EXAMPLES = 3;

const languageOf = (lang: string): Language => (LANGUAGES.includes(lang as Language) ? (lang as Language) : 'nl');

/** Splits remarks into tokens, with lexemes from PostgreSQL's configuration of each remark's language. */
async function tokenise(db: Kysely<Database>, remarks: readonly RemarkRow[]): Promise<Token[][]> {
  const split = remarks.map((r) => ({ lang: languageOf(r.lang), words: words(r.remark) }));
  const lexemes = new Map<Language, Map<string, string | null>>();
  for (const lang of LANGUAGES) {
    const distinct = [...new Set(split.filter((s) => s.lang === lang).flatMap((s) => s.words))];
    lexemes.set(lang, await lexemesOf(db, lang, distinct));
  }
  return split.map(({ lang, words: list }) =>
    list.map((word) => {
      const lexeme = lexemes.get(lang)!.get(word) ?? null;
      // Numbers and single letters carry no topic.
      const meaningful = lexeme !== null && word.length > 1 && !/^\d+$/.test(word);
      return { word, lexeme: meaningful ? lexeme : null, negation: isNegation(lang, word) };
    }),
  );
}

export interface TopicOptions {
  limit: number;
  minCount: number;
  timezone: string;
}

/** GET /v1/services/:id/topics: the recurring topics of a period, with their trend. */
export async function findTopics(db: Kysely<Database>, filter: RemarkFilter, options: TopicOptions): Promise<Topics> {
  const before = previousYear(filter.period);
  const [current, previous] = await Promise.all([
    remarkTexts(db, filter, MAX_REMARKS_ANALYSED),
    remarkTexts(db, { ...filter, period: before }, MAX_REMARKS_ANALYSED),
  ]);
  const [currentTokens, previousTokens] = await Promise.all([tokenise(db, current), tokenise(db, previous)]);
  const currentPhrases: Phrase[][] = currentTokens.map(phrasesOf);
  const chosen = selectTopics(collect(currentPhrases), options);

  // Last period's remarks that a topic would have counted (any of its phrases, once each).
  const topicKeys = chosen.map((c) => new Set([c.base, ...c.alike].map((s) => s.phrase.key)));
  const previousCounts = chosen.map(() => 0);
  for (const tokens of previousTokens) {
    const keys = new Set(phrasesOf(tokens).map((p) => p.key));
    topicKeys.forEach((own, t) => {
      if ([...own].some((key) => keys.has(key))) previousCounts[t]! += 1;
    });
  }

  const topics: Topic[] = chosen.map((topic, t) => {
    const { base, named } = topic;
    const counted = remarksOf(topic);
    const rows = counted.map((i) => current[i]!);
    const share = percentage(counted.length, current.length)!;
    const previousCount = previousCounts[t]!;
    const previousShare = percentage(previousCount, previous.length);
    const seen = new Set<string>();
    const examples = rows.filter((r) => !seen.has(r.remark) && seen.add(r.remark)).slice(0, EXAMPLES);
    return {
      label: bestLabel(named.labels),
      terms: base.phrase.terms,
      count: counted.length,
      share,
      meanScore: roundRatio(
        rows.reduce((sum, r) => sum + r.score, 0),
        rows.length,
        2,
      )!,
      previous: { count: previousCount, share: previousShare },
      // The finder before had no other count: its own, as the contract now asks for (bench baseline only).
      comparable: { count: counted.length, share },
      trend: trendOf(counted.length, current.length, previousCount, previous.length),
      examples: examples.map(toRemark),
      remarkIds: rows.map((r) => r.id),
    };
  });
  return {
    period: periodOut(filter.period, options.timezone),
    previousPeriod: periodOut(before, options.timezone),
    remarks: current.length,
    previousRemarks: previous.length,
    tooFewRemarks: current.length < options.minCount,
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
