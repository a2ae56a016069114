// The demo year's topics read right on the first screen a newcomer sees: every example
// says its topic's terms (the top topic of the inheritance tax return, a confirm button
// that does nothing, never shows "Het invullen van de erfgenamen is ingewikkeld."), and no
// remark is counted under two topics.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, openTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { topicsReport } from '../topics/topics-report.js';
import { loadDemoData } from './demo-changes.js';
import { cliActor } from '../changes/run-change.js';
import { DEMO_ORGANISATION } from './demo-year.js';

const TIMEZONE = 'Europe/Brussels';

describe.each(BACKENDS)('the demo year’s topics on %s', (kind) => {
  let database: TestDatabase;
  let period: { from: string; to: string };
  let services: string[];
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const loaded = (await loadDemoData(database.db, cliActor(), { timezone: TIMEZONE, now: new Date('2026-06-15T10:00:00Z') }))!;
    period = { from: loaded.from, to: loaded.to };
    services = (
      await database.db.selectFrom('services').select('id').where('organisation_id', '=', DEMO_ORGANISATION.id).orderBy('id').execute()
    ).map((s) => s.id);
  }, 120_000);
  afterAll(() => database.close());

  it('shows as examples only remarks that say the topic’s terms, each remark under one topic at most', async () => {
    for (const serviceId of services) {
      const report = await topicsReport(database.db, { serviceId, period, limit: 10, minCount: 3, timezone: TIMEZONE });
      const shown = new Set<string>();
      expect(report.topics.reduce((sum, t) => sum + t.count, 0)).toBeLessThanOrEqual(report.remarks);
      for (const topic of report.topics) {
        const own = topic.terms.filter((t) => t !== '¬');
        for (const example of topic.examples) {
          const said = new Set(example.matched.flatMap((m) => m.terms));
          expect(said.size, `${topic.label}: ${example.remark}`).toBeGreaterThanOrEqual(Math.min(2, own.length));
          expect(shown.has(example.id), example.remark).toBe(false);
          shown.add(example.id);
        }
      }
    }
  });

  it('keeps the broken confirm button of the inheritance tax return apart from filling in the heirs', async () => {
    const report = await topicsReport(database.db, {
      serviceId: services.find((s) => s.endsWith('erfbelasting-aangifte'))!,
      period,
      limit: 10,
      minCount: 3,
      timezone: TIMEZONE,
    });
    const button = report.topics.find((t) => /bevestig|knop/u.test(t.label))!;
    expect(button).toBeDefined();
    for (const example of button.examples) expect(example.remark).not.toMatch(/erfgenamen/u);
    const heirs = report.topics.find((t) => /erfgenamen/u.test(t.label));
    if (heirs) for (const example of heirs.examples) expect(example.remark).not.toMatch(/bevestig/u);
  });
});
