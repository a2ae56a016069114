import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedbackSubmission, Service } from '@feedbackinstrument/shared';
import type { Database } from '../db/database.js';
import { recordFeedback } from '../feedback/record-feedback.js';
import { ApiError } from '../http/api-error.js';

// The seeded PRNG (kernel/seeded-random.ts) that the demo's and the tests' data are drawn with.
export { seededRandom } from '../kernel/seeded-random.js';

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Records through the real path; a 409 (a contradicting resend) is an expected outcome, not a failure. */
export async function record(
  db: Kysely<Database>,
  service: Service,
  submission: FeedbackSubmission,
  at: Date,
  timezone = 'Europe/Brussels',
) {
  try {
    return await recordFeedback(db, service, submission, timezone, { at });
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 409) return { status: 'conflict' as const };
    throw error;
  }
}

const REMARKS = [
  'Vlot gegaan.',
  'De kalender toont geen vrije dagen.',
  'Itsme login werkt niet',
  'Le formulaire est trop long.',
  'Te veel stappen.',
  '=SUM(A1)',
];

/**
 * A random workload on the given services around the given instants: new responses,
 * identical retries (some concurrent), follow-ups that attach a remark and follow-up
 * answers, contradicting resends (409) and follow-ups after the window (409).
 */
export async function randomWorkload(
  db: Kysely<Database>,
  services: readonly Service[],
  instants: () => Date,
  random: () => number,
  operations: number,
): Promise<void> {
  for (let i = 0; i < operations; i += 1) {
    const service = pick(random, services);
    const at = instants();
    const submission: FeedbackSubmission = {
      serviceId: service.id,
      submissionId: randomUUID(),
      score: 1 + Math.floor(random() * 5),
      context: pick(random, ['transaction', 'support', 'continuous'] as const),
      lang: pick(random, ['nl', 'fr', 'en', 'de'] as const),
      ...(random() < 0.3 && { channel: pick(random, ['mijn-burgerprofiel', 'e-loket-ondernemers']) }),
      ...(random() < 0.2 && { remark: pick(random, REMARKS) }),
    };
    // The first send, sometimes raced by concurrent identical retries.
    const copies = random() < 0.2 ? 3 : 1;
    await Promise.all(Array.from({ length: copies }, () => record(db, service, submission, at)));
    const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
    if (random() < 0.4) {
      const followUp: FeedbackSubmission = {
        ...submission,
        remark: submission.remark ?? (random() < 0.7 ? pick(random, REMARKS) : undefined),
        ease: 1 + Math.floor(random() * 5),
        completed: pick(random, ['yes', 'partly', 'no'] as const),
      };
      const times = random() < 0.3 ? 2 : 1;
      await Promise.all(Array.from({ length: times }, () => record(db, service, followUp, later(5))));
    }
    if (random() < 0.1) await record(db, service, { ...submission, score: (submission.score % 5) + 1 }, later(1));
    if (random() < 0.1) await record(db, service, { ...submission, remark: 'Te laat toegevoegd' }, later(90));
  }
}
