import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { recordFeedback } from '../../feedback/record-feedback.js';
import { insertOrganisation } from '../../organisations/organisations.js';
import { findService, insertService } from '../../services/services.js';
import { seededRandom } from '../../demo/workload.js';
import { corpusRemarks, CORPUS } from './corpus.js';

export const CORPUS_YEAR = 2026;
export const CORPUS_ORGANISATION = 'topics-corpus';

/** Where each recorded remark came from: its service and planted problem (null: a one-off). */
export type CorpusTruth = Map<string, { serviceId: string; problem: string | null }>;

/**
 * Records the corpus through the real write path (recordFeedback: scrubbing, roll-ups), on
 * days spread over CORPUS_YEAR; a planted problem's remarks come with low scores.
 */
export async function loadCorpus(db: Kysely<Database>): Promise<CorpusTruth> {
  if (!(await db.selectFrom('organisations').select('id').where('id', '=', CORPUS_ORGANISATION).executeTakeFirst())) {
    await insertOrganisation(db, { id: CORPUS_ORGANISATION, name: 'Topics corpus', level: 'vlaams', policyDomain: 'Benchmark' });
  }
  for (const service of CORPUS) {
    await insertService(db, {
      id: service.id,
      organisationId: CORPUS_ORGANISATION,
      name: { nl: service.name },
      audience: 'burgers',
      channel: 'e-loket',
      allowedOrigins: [],
      followUps: [],
    });
  }
  const services = new Map(await Promise.all(CORPUS.map(async (s) => [s.id, (await findService(db, s.id))!] as const)));
  const random = seededRandom(13);
  const truth: CorpusTruth = new Map();
  const planned = corpusRemarks().map((remark) => ({
    remark,
    at: new Date(Date.UTC(CORPUS_YEAR, Math.floor(random() * 12), 1 + Math.floor(random() * 27), 8 + Math.floor(random() * 10))),
    score: remark.problem ? 1 + Math.floor(random() * 2) : 2 + Math.floor(random() * 4),
  }));
  // A few at a time, as the users of three services would send them.
  for (let start = 0; start < planned.length; start += 8) {
    await Promise.all(
      planned.slice(start, start + 8).map(async ({ remark, at, score }) => {
        const outcome = await recordFeedback(
          db,
          services.get(remark.serviceId)!,
          { serviceId: remark.serviceId, submissionId: randomUUID(), score, remark: remark.text, lang: remark.lang },
          'Europe/Brussels',
          { at },
        );
        truth.set(outcome.id, { serviceId: remark.serviceId, problem: remark.problem });
      }),
    );
  }
  return truth;
}
