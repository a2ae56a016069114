import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Service } from '@feedbackinstrument/shared';
import { findService } from '../services/services.js';
import { FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';

// Issue 19, item 9, as the attack: organisation B (Opgroeien) changes how often its own
// remarks use a word, and watches organisation A's (Gent's) topics for the change, to learn
// how often A's remarks use it. A's topics must not move: other organisations' remarks never
// count in them.

const A_PROBLEM = [
  'De kalender toont geen vrije dagen.',
  'kalender toont geen vrije dagen meer',
  'Geen vrije dagen in de kalender',
  'De kalender is leeg, geen vrije dagen',
];
const A_EVERYDAY = [
  'Vlot en duidelijk, bedankt!',
  'Goede dienstverlening.',
  'De bevestigingsmail kwam laat.',
  'Ik moest mijn adres twee keer invullen.',
  'Het loket was moeilijk bereikbaar.',
];
const B_PROBE = 'De kalender toont geen vrije dagen, kalender kalender';

describe.each(BACKENDS)('topics cannot be probed from another organisation on %s', (kind) => {
  let t: TestApp;
  let a: Service;
  let b: Service;
  let day = 0;
  // Spread over 2026 (January to November), one remark an hour.
  const at = () => new Date(Date.UTC(2026, (day++ % 300) / 30, 1 + (day % 28), 9));

  beforeAll(async () => {
    t = await startTestApp(kind);
    a = (await findService(t.database.db, FIXTURE_SERVICES.gent.id))!;
    b = (await findService(t.database.db, FIXTURE_SERVICES.groeipakket.id))!;
    for (let i = 0; i < 4; i += 1)
      for (const remark of A_PROBLEM)
        await record(t.database.db, a, { serviceId: a.id, submissionId: randomUUID(), score: 2, remark, lang: 'nl' }, at());
    for (let i = 0; i < 8; i += 1)
      for (const remark of A_EVERYDAY)
        await record(t.database.db, a, { serviceId: a.id, submissionId: randomUUID(), score: 4, remark, lang: 'nl' }, at());
    for (let i = 0; i < 4; i += 1)
      for (const remark of A_EVERYDAY)
        await record(t.database.db, b, { serviceId: b.id, submissionId: randomUUID(), score: 4, remark, lang: 'nl' }, at());
  }, 120_000);
  afterAll(() => t.close());

  const topicsOfA = async () => {
    const res = await t.app.inject({ url: `/v1/services/${a.id}/topics?year=2026`, headers: { authorization: `Bearer ${t.tokens.gent}` } });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it("gives A the same topics however often B's remarks use A's words", async () => {
    const before = await topicsOfA();
    expect(before.topics.length).toBeGreaterThan(0);
    // B floods its own remarks with A's word, then with none of it: A sees nothing of either.
    for (let i = 0; i < 60; i += 1)
      await record(t.database.db, b, { serviceId: b.id, submissionId: randomUUID(), score: 1, remark: B_PROBE, lang: 'nl' }, at());
    expect(await topicsOfA()).toEqual(before);
    for (let i = 0; i < 60; i += 1)
      await record(
        t.database.db,
        b,
        { serviceId: b.id, submissionId: randomUUID(), score: 1, remark: 'Het duurde te lang.', lang: 'nl' },
        at(),
      );
    expect(await topicsOfA()).toEqual(before);
  });
});
