import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { countDisplay } from '../figures/displays.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { findService, insertService } from '../services/services.js';
import { pick, record, seededRandom } from '../demo/workload.js';

export const DEMO_ORGANISATION = 'agentschap-wonen';

/**
 * A realistic organisation for looking at reports: three services with different volumes,
 * satisfaction that shifts over the year, follow-ups and remarks, over 2025 and 2026.
 */
export async function seedDemoOrganisation(db: Kysely<Database>, options: { responses?: number } = {}): Promise<void> {
  await insertOrganisation(db, { id: DEMO_ORGANISATION, name: 'Agentschap Wonen-Vlaanderen', level: 'vlaams', policyDomain: 'Omgeving' });
  const specs = [
    {
      id: 'huurpremie-aanvragen',
      name: 'Vlaamse huurpremie aanvragen',
      channel: 'mijn-burgerprofiel',
      followUps: ['ease', 'completed'] as ('ease' | 'completed')[],
      weight: 5,
      bias: 0.8,
    },
    {
      id: 'renovatiepremie',
      name: 'Mijn VerbouwPremie <aanvraag & opvolging>',
      channel: 'mijn-verbouwpremie',
      followUps: ['ease'] as ('ease' | 'completed')[],
      weight: 3,
      bias: -0.4,
    },
    {
      id: 'energielening',
      name: 'Mijn EnergieLening',
      channel: 'e-loket-burgers',
      followUps: [] as ('ease' | 'completed')[],
      weight: 1,
      bias: 0.2,
    },
  ];
  for (const spec of specs) {
    await insertService(db, {
      id: spec.id,
      organisationId: DEMO_ORGANISATION,
      name: { nl: spec.name },
      audience: 'burgers',
      channel: spec.channel,
      followUps: spec.followUps,
    });
  }
  const random = seededRandom(42);
  const total = options.responses ?? 600;
  const weights = specs.flatMap((s) => Array<typeof s>(s.weight).fill(s));
  const remarks = [
    'De kalender toont geen vrije dagen.',
    'Itsme login werkt niet.',
    'Duidelijk en snel.',
    'Te veel documenten nodig.',
    'Ik vond de knop om te bevestigen niet.',
  ];
  for (let i = 0; i < total; i += 1) {
    const spec = pick(random, weights);
    const service = (await findService(db, spec.id))!;
    const day = Math.floor(random() * 730);
    const at = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000 + Math.floor(random() * 86_400_000));
    // Satisfaction drifts over the year: a dip in spring, better towards winter.
    const month = at.getUTCMonth();
    const mood = spec.bias + (month >= 2 && month <= 4 ? -0.9 : 0) + (month >= 9 ? 0.5 : 0) + (random() - 0.5) * 3;
    const score = Math.max(1, Math.min(5, Math.round(3.4 + mood)));
    await record(
      db,
      service,
      {
        serviceId: service.id,
        submissionId: randomUUID(),
        score,
        context: pick(random, ['transaction', 'transaction', 'support', 'continuous'] as const),
        channel: random() < 0.8 ? spec.channel : 'vlaanderen.be',
        ...(random() < 0.3 && { remark: pick(random, remarks) }),
        ...(random() < 0.6 && { ease: Math.max(1, Math.min(5, score + Math.round(random() * 2 - 1))) }),
        ...(random() < 0.6 && { completed: score >= 4 ? 'yes' : score === 3 ? 'partly' : pick(random, ['partly', 'no'] as const) }),
      },
      at,
    );
    for (let d = 0; d < 4; d += 1) if (random() < 0.9) await countDisplay(db, service.id, 'Europe/Brussels', at);
  }
}
