import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { DEMO_ORGANISATION, deleteDemoData, writeDemoData, type DemoLoaded, type DemoRemoved } from './demo-year.js';
import { runChange, type ChangeActor } from '../changes/run-change.js';

/** Loads the demo year (demo/demo-year.ts) in one transaction with its audit row; null when it is there already. */
export function loadDemoData(
  db: Kysely<Database>,
  actor: ChangeActor,
  options: { timezone: string; now?: Date },
): Promise<DemoLoaded | null> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const loaded = await writeDemoData(trx, options);
    if (loaded) {
      const { services, responses, from, to } = loaded;
      await audit({
        action: 'demo.load',
        organisationId: DEMO_ORGANISATION.id,
        target: { type: 'organisation', id: DEMO_ORGANISATION.id },
        after: { services, responses, from, to },
      });
    }
    return loaded;
  });
}

/** Removes the demo data in one transaction with its audit row (none when there was nothing to remove). */
export function removeDemoData(db: Kysely<Database>, actor: ChangeActor): Promise<DemoRemoved> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const removed = await deleteDemoData(trx);
    if (removed.organisations > 0 || removed.services > 0) {
      await audit({
        action: 'demo.remove',
        organisationId: null,
        target: { type: 'organisation', id: DEMO_ORGANISATION.id },
        before: { ...removed },
      });
    }
    return removed;
  });
}
