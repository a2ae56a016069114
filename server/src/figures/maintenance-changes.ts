import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { rebuildRollups } from './rollups.js';
import { runChange, type ChangeActor } from '../changes/run-change.js';

/** Recomputes every roll-up from the raw responses (`pnpm cli rollups rebuild`), audited. */
export function rebuildAllRollups(db: Kysely<Database>, actor: ChangeActor): Promise<{ daily: number; monthly: number }> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const counts = await rebuildRollups(trx);
    await audit({ action: 'rollups.rebuild', organisationId: null, target: { type: 'rollups', id: 'all' }, after: counts });
    return counts;
  });
}
