// The one place where alerts and annotations use the topic finder. Today it calls
// findTopics (server/src/topics/find-topics.ts) for the period in focus, and counts each
// topic's remarks in a comparison period by the topic's defining phrase (its terms), with
// the finder's own tokens and phrases. A new finder replaces the body of this file only.
import type { Kysely } from 'kysely';
import { LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';
import type { Database } from '../db/database.js';
import type { DayPeriod } from '../figures/period.js';
import { percentage } from '../figures/stats.js';
import { remarkTexts } from '../repositories/remarks.js';
import { findTopics, MAX_REMARKS_ANALYSED } from '../topics/find-topics.js';
import { lexemesOf } from '../topics/lexemes.js';
import { phrasesOf } from '../topics/phrases.js';
import { isNegation, words } from '../topics/words.js';

export interface PeriodTopic {
  /** Stable for the same problem: the topic's stemmed terms. */
  key: string;
  label: string;
  count: number;
  share: number;
  comparisonCount: number;
  comparisonShare: number | null;
  /** Up to 3 remark texts with the topic, newest first. */
  examples: string[];
}

export interface PeriodTopics {
  remarks: number;
  comparisonRemarks: number;
  topics: PeriodTopic[];
}

const languageOf = (lang: string): Language => (LANGUAGES.includes(lang as Language) ? (lang as Language) : 'nl');

/** The phrase keys of each remark, as the finder makes them. */
async function phraseKeys(db: Kysely<Database>, remarks: ReadonlyArray<{ lang: string; remark: string }>): Promise<Set<string>[]> {
  const split = remarks.map((r) => ({ lang: languageOf(r.lang), words: words(r.remark) }));
  const lexemes = new Map<Language, Map<string, string | null>>();
  for (const lang of LANGUAGES) {
    const distinct = [...new Set(split.filter((s) => s.lang === lang).flatMap((s) => s.words))];
    lexemes.set(lang, await lexemesOf(db, lang, distinct));
  }
  return split.map(({ lang, words: list }) => {
    const tokens = list.map((word) => {
      const lexeme = lexemes.get(lang)!.get(word) ?? null;
      const meaningful = lexeme !== null && word.length > 1 && !/^\d+$/.test(word);
      return { word, lexeme: meaningful ? lexeme : null, negation: isNegation(lang, word) };
    });
    return new Set(phrasesOf(tokens).map((p) => p.key));
  });
}

/** The topics of `focus` (most shared first) with their counts in `comparison`. */
export async function topicsOfPeriod(
  db: Kysely<Database>,
  serviceId: string,
  focus: DayPeriod,
  comparison: DayPeriod,
  options: { timezone: string; limit: number; minCount: number },
): Promise<PeriodTopics> {
  const [found, earlier] = await Promise.all([
    findTopics(db, { serviceId, period: focus }, options),
    remarkTexts(db, { serviceId, period: comparison }, MAX_REMARKS_ANALYSED),
  ]);
  const earlierKeys = found.topics.length > 0 ? await phraseKeys(db, earlier) : [];
  return {
    remarks: found.remarks,
    comparisonRemarks: earlier.length,
    topics: found.topics.map((topic) => {
      const key = topic.terms.join(' ');
      const comparisonCount = earlierKeys.filter((keys) => keys.has(key)).length;
      return {
        key,
        label: topic.label,
        count: topic.count,
        share: topic.share,
        comparisonCount,
        comparisonShare: percentage(comparisonCount, earlier.length),
        examples: topic.examples.map((e) => e.remark),
      };
    }),
  };
}
