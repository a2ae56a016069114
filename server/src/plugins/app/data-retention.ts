import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ALERT_EVENT_KEEP_DAYS, pruneAlertEvents } from '../../alerts/alert-event-retention.js';
import { purgeExpiredRemarks } from '../../remarks/remarks.js';
import { forgetDecodedAnalyses } from '../../topics/decoded-analyses.js';

/**
 * Erases remark texts older than REMARK_RETENTION_MONTHS, and deletes alert events (with their
 * delivery attempts) older than ALERT_EVENT_KEEP_DAYS (90), on a timer (soon after start, then
 * every remarkPurgeIntervalMs). Every instance runs it; that is safe, as the purge skips rows
 * another instance is erasing and erasing twice changes nothing. The timers are unref'd so
 * they never keep the process alive, and a failed run is retried on the next tick.
 */
export default fp(
  async function remarkRetention(app: FastifyInstance) {
    const every = app.config.remarkPurgeIntervalMs;
    if (every === null) return;
    let running: Promise<void> | null = null;
    const run = () => {
      running ??= purgeExpiredRemarks(app.db, app.config.remarkRetentionMonths)
        .then(async (erased) => {
          if (erased > 0) {
            app.log.info({ erased }, 'erased remark texts past their retention period');
            // Committed: their analyses go from this instance's memory too (topics/decoded-analyses.ts).
            forgetDecodedAnalyses();
          }
          const pruned = await pruneAlertEvents(app.db);
          if (pruned > 0) app.log.info({ pruned, keepDays: ALERT_EVENT_KEEP_DAYS }, 'deleted alert events past their retention period');
        })
        .catch((err: unknown) => {
          // Batches before the failure may have committed: their analyses go too.
          forgetDecodedAnalyses();
          app.log.warn({ err }, 'erasing remark texts or alert events past retention failed; retrying on the next run');
        })
        .finally(() => (running = null));
    };
    let first: NodeJS.Timeout | null = null;
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onReady', async () => {
      first = setTimeout(run, Math.min(every, 30_000)).unref();
      timer = setInterval(run, every).unref();
    });
    app.addHook('onClose', async () => {
      if (first) clearTimeout(first);
      if (timer) clearInterval(timer);
      await running;
    });
  },
  { name: 'remark-retention', dependencies: ['db'] },
);
