import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { purgeExpiredRemarks } from '../remarks/remarks.js';
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

/**
 * Erases remark texts older than `months` on request (`pnpm cli remarks purge`), in one
 * transaction with its audit row (none when nothing was erased). The server's own timer
 * (plugins/app/data-retention.ts) applies the retention period without a row per run.
 */
export function purgeRemarks(db: Kysely<Database>, actor: ChangeActor, months: number): Promise<number> {
  return runChange(db, actor, async ({ trx, audit }) => {
    const erased = await purgeExpiredRemarks(trx, months);
    if (erased > 0)
      await audit({
        action: 'remark.purge',
        organisationId: null,
        target: { type: 'remarks', id: `older than ${months} months` },
        after: { erased },
      });
    return erased;
  });
}
