// The topics quality protocol (issue 18, point 9), shared by `pnpm bench:topics` and
// topics-quality.test.ts: a corpus recorded through the real write path as one service,
// then per planted problem whether it is whole (one top-10 topic holds 70-130 % of its
// remarks, at least 70 % of them its own) and pure (the topic's examples are all its own
// remarks), how many top-10 topics are unplanted, and whether the topics are the same over
// shuffled orders and in a second organisation's service holding the same remarks.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Language } from '@feedbackinstrument/shared/constants';
import type { Database } from '../../db/database.js';
import { recordFeedback } from '../../feedback/record-feedback.js';
import { insertOrganisation } from '../../organisations/organisations.js';
import { findService, insertService } from '../../services/services.js';
import { seededRandom } from '../../demo/workload.js';
import { serviceNames } from '../../topics/shown-rows.js';
import { analysed, findTopics, topicsOf, type FoundTopics } from '../../topics/find-topics.js';
import type { CorpusFile } from './corpora.js';

export const TOP = 10;
export const WHOLE_MIN = 0.7;
export const WHOLE_MAX = 1.3;
export const EXAMPLES = 3;
export const CORPUS_YEAR = 2026;

/** Response id → planted problem (null: a one-off). */
export type Truth = Map<string, string | null>;

export interface LoadedService {
  serviceId: string;
  truth: Truth;
}

/** Shuffles a copy deterministically (Fisher-Yates with a seeded PRNG). */
export function shuffled<T>(list: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...list];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Records a corpus as one service of `organisationId`, in an order shuffled by `seed`, on days spread over CORPUS_YEAR. */
export async function loadCorpusFile(
  db: Kysely<Database>,
  corpus: CorpusFile,
  organisationId: string,
  serviceId: string,
  seed: number,
): Promise<LoadedService> {
  if (!(await db.selectFrom('organisations').select('id').where('id', '=', organisationId).executeTakeFirst())) {
    await insertOrganisation(db, { id: organisationId, name: organisationId, level: 'vlaams', policyDomain: 'Benchmark' });
  }
  await insertService(db, {
    id: serviceId,
    organisationId,
    name: { nl: corpus.service.name },
    audience: 'burgers',
    channel: 'e-loket',
    allowedOrigins: [],
    followUps: [],
  });
  const service = (await findService(db, serviceId))!;
  const random = seededRandom(seed + 1);
  const truth: Truth = new Map();
  const remarks = shuffled(corpus.remarks, seed);
  for (let start = 0; start < remarks.length; start += 8) {
    await Promise.all(
      remarks.slice(start, start + 8).map(async (remark) => {
        const at = new Date(Date.UTC(CORPUS_YEAR, Math.floor(random() * 12), 1 + Math.floor(random() * 27), 8 + Math.floor(random() * 10)));
        const score = Math.min(5, Math.max(1, Math.round(remark.score)));
        const outcome = await recordFeedback(
          db,
          service,
          { serviceId, submissionId: randomUUID(), score, remark: remark.text, lang: remark.lang as Language },
          'Europe/Brussels',
          { at },
        );
        truth.set(outcome.id, remark.problem);
      }),
    );
  }
  return { serviceId, truth };
}

/** Which parts of the finder a protocol run uses: the concept lexicon, the bilingual dictionary. */
export interface FinderParts {
  lexicon: boolean;
  dictionary: boolean;
}
export const ALL_PARTS: FinderParts = { lexicon: true, dictionary: true };

/** The topics of a corpus's service; `seed`: GSDMM's draws from another seed than the finder's own. */
export const topicsOfService = (db: Kysely<Database>, serviceId: string, parts: FinderParts = ALL_PARTS, seed?: number) =>
  findTopics(db, {
    serviceIds: [serviceId],
    from: `${CORPUS_YEAR}-01-01`,
    to: `${CORPUS_YEAR}-12-31`,
    limit: TOP,
    minCount: 3,
    ...parts,
    ...(seed === undefined ? {} : { seed }),
  });

/** Other seeds for GSDMM's draws: the finder's figure should not be one lucky draw. */
export const OTHER_SEEDS: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** Whole and pure for each of OTHER_SEEDS. */
export async function withOtherSeeds(db: Kysely<Database>, serviceId: string, parts: FinderParts, truth: Truth): Promise<number[]> {
  const out: number[] = [];
  for (const seed of OTHER_SEEDS) out.push(scoreTopics(await topicsOfService(db, serviceId, parts, seed), truth).wholeAndPure);
  return out;
}

export interface ProblemScore {
  problem: string;
  remarks: number;
  whole: boolean;
  pure: boolean;
  /** Its own remarks in its best topic, as a share of its remarks. */
  share: number;
}

export interface ProtocolScore {
  problems: ProblemScore[];
  wholeAndPure: number;
  unplanted: number;
}

/** The examples the API shows. */
export const exampleRows = (found: FoundTopics, topic: FoundTopics['topics'][number]): number[] => found.examplesOf(topic, EXAMPLES);

export function scoreTopics(found: FoundTopics, truth: Truth): ProtocolScore {
  const sizes = new Map<string, number>();
  for (const problem of truth.values()) if (problem) sizes.set(problem, (sizes.get(problem) ?? 0) + 1);
  const top = found.topics.slice(0, TOP).map((topic) => {
    const counts = new Map<string, number>();
    for (const id of topic.remarkIds) {
      const problem = truth.get(id);
      if (problem) counts.set(problem, (counts.get(problem) ?? 0) + 1);
    }
    const [problem, own] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [null, 0];
    const owner = problem !== null && own >= 0.5 * topic.count ? problem : null;
    const examples = exampleRows(found, topic).map((i) => truth.get(found.rows[i]!.id) ?? null);
    return { topic, owner, own, pure: owner !== null && examples.every((e) => e === owner) };
  });
  const problems = [...sizes]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([problem, remarks]): ProblemScore => {
      const own = top.filter((t) => t.owner === problem).sort((a, b) => b.own - a.own);
      const best = own[0];
      const whole = best !== undefined && best.own >= WHOLE_MIN * remarks && best.topic.count <= WHOLE_MAX * remarks;
      return { problem, remarks, whole, pure: best?.pure ?? false, share: (best?.own ?? 0) / remarks };
    });
  return {
    problems,
    wholeAndPure: problems.filter((p) => p.whole && p.pure).length,
    unplanted: top.filter((t) => t.owner === null).length,
  };
}

/** What must be the same between two runs: each topic's label, terms, the texts of its remarks and its examples. */
export function topicSignature(found: FoundTopics): string {
  const text = new Map(found.rows.map((r) => [r.id, `${r.lang}:${r.remark}`]));
  return JSON.stringify(
    found.topics.map((t) => [
      t.key,
      t.label,
      t.terms,
      t.count,
      t.remarkIds.map((id) => text.get(id)!).sort(),
      exampleRows(found, t).map((i) => text.get(found.rows[i]!.id)!),
    ]),
  );
}

/** Whether the finder gives the same topics when the same remarks come in `orders` other orders. */
export async function sameOverOrders(
  db: Kysely<Database>,
  serviceId: string,
  found: FoundTopics,
  orders: number,
  parts: FinderParts = ALL_PARTS,
): Promise<boolean> {
  const rows = await analysed(found.rows);
  const names = await serviceNames(db, [serviceId]);
  const reference = topicSignature(found);
  for (let seed = 1; seed <= orders; seed += 1) {
    const again = await topicsOf(shuffled(rows, seed), null, { limit: TOP, minCount: 3, serviceNames: names, ...parts });
    if (topicSignature(again) !== reference) return false;
  }
  return true;
}
