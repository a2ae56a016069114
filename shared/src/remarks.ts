import { z } from 'zod';
import { COMPLETED_VALUES, CONTEXTS, LANGUAGES } from './constants.js';
import { checkPeriod, LocalDay, Period, periodFields } from './figures.js';

/** `score=1&score=2`, `score=1,2` or `score=2`: one or several scores. */
const Scores = z
  .preprocess(
    (value) => {
      const parts = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
      return parts.map((p) => (typeof p === 'string' && /^\s*\d+\s*$/.test(p) ? Number(p) : p));
    },
    z.array(z.number().int().min(1).max(5)).min(1).max(5),
  )
  .meta({ description: 'Only these scores: `score=1&score=2` or `score=1,2`.' });

export const RemarksQuery = z
  .object({
    ...periodFields,
    score: Scores.optional(),
    q: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .meta({
        description:
          'Free text. Searched with PostgreSQL full-text search in the language of each remark (nl: Dutch, fr: French, ' +
          'en: English, de: German stemming and stop words), and as plain words: "kalender" also finds "kalenders". ' +
          'Supports "quoted phrases", OR and -excluded words.',
      }),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().min(1).max(200).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
  })
  .strict()
  .superRefine(checkPeriod);
export type RemarksQuery = z.infer<typeof RemarksQuery>;

export const Remark = z
  .object({
    id: z.uuid().meta({ description: 'The id of the response the remark belongs to.' }),
    receivedAt: z.string().meta({ description: 'When the score was received (ISO 8601, UTC).' }),
    day: LocalDay,
    score: z.number().int().min(1).max(5),
    remark: z.string().meta({ description: 'The text, as plain text: render it as text, never as HTML.' }),
    lang: z.enum(LANGUAGES),
    context: z.enum(CONTEXTS),
    channel: z.string(),
    step: z.string().nullable(),
    ease: z.number().int().min(1).max(5).nullable(),
    completed: z.enum(COMPLETED_VALUES).nullable(),
  })
  .meta({ id: 'Remark' });
export type Remark = z.infer<typeof Remark>;

export const RemarksPage = z
  .object({
    period: Period,
    remarks: z.array(Remark).meta({ description: 'Newest first. Erased remarks are not listed.' }),
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
  })
  .meta({ id: 'RemarksPage' });
export type RemarksPage = z.infer<typeof RemarksPage>;

export const TopicsQuery = z
  .object({
    ...periodFields,
    score: Scores.optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10).meta({ description: 'At most this many topics.' }),
    minCount: z.coerce.number().int().min(2).max(10_000).default(3).meta({
      description: 'A topic must be shared by at least this many remarks.',
    }),
  })
  .strict()
  .superRefine(checkPeriod);
export type TopicsQuery = z.infer<typeof TopicsQuery>;

export const TOPIC_TRENDS = ['new', 'up', 'down', 'stable'] as const;

export const TopicTerm = z
  .object({
    term: z
      .string()
      .meta({ description: 'A concept of the lexicon (e.g. "password": wachtwoord, mot de passe, Passwort) or a stemmed word.' }),
    remarks: z.number().int().min(0).meta({ description: "How many of the topic's remarks use it." }),
    forms: z.array(z.string()).meta({
      description: 'How users wrote it, most frequent first (up to 5), e.g. ["wachtwoord", "wachtwoordherstel", "mot de passe"].',
    }),
    keyness: z.number().nullable().meta({
      description:
        "Null: topics no longer weigh a term against other services' remarks (the field stays for clients of the earlier finder, which gave a log-likelihood keyness in standard errors here).",
    }),
  })
  .meta({ id: 'TopicTerm' });
export type TopicTerm = z.infer<typeof TopicTerm>;

export const TopicExample = Remark.extend({
  matched: z
    .array(z.object({ form: z.string().meta({ description: 'The word(s) as written in the remark.' }), terms: z.array(z.string()) }))
    .meta({ description: "Why the remark belongs to the topic: its words that gave the topic's terms." }),
}).meta({ id: 'TopicExample' });
export type TopicExample = z.infer<typeof TopicExample>;

export const Topic = z
  .object({
    key: z.string().meta({
      description:
        'The term that started the topic (a concept or a stem); stable from period to period while the problem is said the same way.',
    }),
    label: z.string().meta({ description: 'The words as users most often wrote them, e.g. "wachtwoord herstellen".' }),
    terms: z.array(z.string()).meta({
      description:
        'The terms that define the topic, the one that started it first ("¬" last when most of its remarks say it negated). Its remarks are those of its group that say one of them, and remarks of no group that say two.',
    }),
    matches: z
      .array(TopicTerm)
      .meta({ description: 'Per term (but "¬"): how many remarks use it, how they wrote it, how distinctive it is.' }),
    count: z
      .number()
      .int()
      .min(0)
      .meta({ description: 'Remarks in the period that belong to the topic. A remark belongs to one topic at most.' }),
    share: z.number().min(0).max(100).meta({ description: 'count as a percentage of the remarks analysed in the period, 1 decimal.' }),
    meanScore: z.number().meta({ description: 'Average score of the responses with these remarks, 2 decimals.' }),
    previous: z.object({ count: z.number().int().min(0), share: z.number().min(0).max(100).nullable() }).meta({
      description:
        'The same topic in the previous period (the same days one year earlier): the remarks that say two of its terms, or its one term (but "¬").',
    }),
    comparable: z.object({ count: z.number().int().min(0), share: z.number().min(0).max(100) }).meta({
      description:
        'This period counted as previous is (the remarks that say two of its terms, or its one term): what trend compares with previous. Its count may differ from count, which holds the remarks of its group.',
    }),
    trend: z.enum(TOPIC_TRENDS).meta({
      description:
        'new: not in the previous period; up / down: its share of remarks grew / fell by at least a fifth, both periods counted alike (remarks with two of its terms, or its one term); stable otherwise.',
    }),
    examples: z
      .array(TopicExample)
      .max(3)
      .meta({ description: 'Up to 3 remarks of the topic, its most typical first, each with the words that made it belong.' }),
  })
  .meta({ id: 'Topic' });
export type Topic = z.infer<typeof Topic>;

export const Topics = z
  .object({
    period: Period,
    previousPeriod: Period,
    remarks: z.number().int().min(0).meta({ description: 'Remarks analysed in the period (erased remarks have no text left).' }),
    previousRemarks: z.number().int().min(0),
    tooFewRemarks: z.boolean().meta({
      description:
        'True when the period has too few remarks to find any topic: fewer than 6, or fewer than `minCount` (topics is then empty).',
    }),
    topics: z.array(Topic).meta({ description: 'Most shared first.' }),
  })
  .meta({ id: 'Topics' });
export type Topics = z.infer<typeof Topics>;
