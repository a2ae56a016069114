import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AlertDeliverer } from './deliver-events.js';
import { evaluateAlerts, type CreatedEvent } from './evaluate-alerts.js';
import { takeEvaluationTurn } from './alert-events.js';

declare module 'fastify' {
  interface FastifyInstance {
    alerts: {
      /** Evaluates every rule now and starts delivering what it made (without waiting for it). */
      evaluate(now?: Date): Promise<CreatedEvent[]>;
      /** Starts delivering due events in the background (a run in progress is joined, not repeated). */
      deliverSoon(): void;
      /** Resolves when the delivery run in progress, if any, has finished. */
      idle(): Promise<void>;
    };
  }
}

/**
 * Alerts in every instance: evaluates the rules on a timer (evaluateEveryMs; the first
 * instance to take a period's turn does it) and delivers the outbox on another
 * (deliverEveryMs), both unref'd and stopped on close. Instances never send an event
 * twice: the outbox's unique key and SKIP LOCKED see to that.
 * Deliveries never run inside a request: the API answers at once.
 */
export default fp(
  async function alerts(app: FastifyInstance) {
    const settings = app.config.alerts;
    const deliverer = new AlertDeliverer(app.db, settings);
    let delivering: Promise<void> | null = null;
    let again = false;
    let closing = false;

    const deliverSoon = () => {
      if (closing) return;
      if (delivering) {
        again = true;
        return;
      }
      delivering = (async () => {
        do {
          again = false;
          try {
            await deliverer.deliverDue();
          } catch (err) {
            app.log.warn({ err }, 'delivering alerts failed; retrying on the next run');
          }
        } while (again && !closing);
      })().finally(() => (delivering = null));
    };

    const evaluate = async (now = new Date()) => {
      const created = await evaluateAlerts(app.db, { now, timezone: app.config.timezone });
      if (created.length > 0) {
        app.log.info({ events: created.length }, 'alert events made');
        deliverSoon();
      }
      return created;
    };

    app.decorate('alerts', { evaluate, deliverSoon, idle: async () => void (await delivering) });

    const timers: NodeJS.Timeout[] = [];
    app.addHook('onReady', async () => {
      if (settings.deliverEveryMs !== null) timers.push(setInterval(deliverSoon, settings.deliverEveryMs).unref());
      if (settings.evaluateEveryMs !== null) {
        const every = settings.evaluateEveryMs;
        // One instance per period does the work; the others find the turn taken and skip it.
        const run = () =>
          void takeEvaluationTurn(app.db, every)
            .then((mine) => (mine ? evaluate() : undefined))
            .catch((err: unknown) => app.log.warn({ err }, 'evaluating alerts failed; retrying on the next run'));
        timers.push(setTimeout(run, Math.min(every, 60_000)).unref(), setInterval(run, every).unref());
      }
    });
    app.addHook('onClose', async () => {
      closing = true;
      for (const timer of timers) clearTimeout(timer);
      await delivering;
      deliverer.close();
    });
  },
  { name: 'alerts', dependencies: ['db'] },
);
