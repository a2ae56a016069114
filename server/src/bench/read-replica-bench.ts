// Part of bench:figures: the figures and the report while feedback is written at the same
// time, read from the primary and from a hot standby (DATABASE_READ_URL), side by side, with
// the ingest rate of each arm. Both servers run on this one machine: a standby elsewhere
// also takes its reads off the primary's CPU and disks, which one machine cannot show.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { ADMIN } from '../kernel/principal.js';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import type { DatabaseHandle } from '../db/connect.js';
import { connectDatabase } from '../db/connect.js';
import type { yearPeriod } from '../kernel/calendar.js';
import { serviceFigures } from '../figures/service-figures.js';
import { buildReport } from '../reports/build-report.js';
import type { Service } from '@feedbackinstrument/shared';
import type { ThrowawayPostgres } from '../../../tests/support/postgres-server.js';
import { medianMs } from './bench-kit.js';

const WRITERS = 4;

export async function measureReadReplica(
  database: DatabaseHandle,
  where: { server: ThrowawayPostgres; url: string; name: string },
  subject: {
    big: Service;
    typical: Service;
    organisation: string;
    period: ReturnType<typeof yearPeriod>;
    year: number;
    ingestService: string;
  },
  log: (line: string) => void,
): Promise<void> {
  const standby = await where.server.startStandby();
  const standbyUrl = new URL(standby.url);
  standbyUrl.pathname = `/${where.name}`;
  const read = connectDatabase({ databaseUrl: standbyUrl.toString(), dataDir: null, log: () => {} });
  // The writers: the real API (in this process) taking feedback on the primary.
  const app = await buildApp(testConfig({ databaseUrl: where.url, rateLimitPerMinute: 1_000_000 }), { database, migrate: false });
  try {
    const lag = async () => {
      const { rows } = await sql<{
        lag: number | null;
      }>`SELECT EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp())::float8 AS lag`.execute(read.db);
      return rows[0]!.lag;
    };
    const arm = async (label: string, db: DatabaseHandle['db']) => {
      let stop = false;
      let written = 0;
      const writers = Array.from({ length: WRITERS }, async () => {
        while (!stop) {
          const res = await app.inject({
            method: 'POST',
            url: '/v1/feedback',
            payload: { serviceId: subject.ingestService, submissionId: randomUUID(), score: 4 },
          });
          if (res.statusCode !== 201) throw new Error(`ingest answered ${res.statusCode}`);
          written += 1;
        }
      });
      const started = performance.now();
      const ctx = { db, timezone: 'Europe/Brussels' };
      const big = await medianMs(15, () => serviceFigures(ctx, subject.big, subject.period));
      const typical = await medianMs(15, () => serviceFigures(ctx, subject.typical, subject.period));
      const report = await medianMs(9, () => buildReport(ctx, ADMIN, subject.year, { organisation: subject.organisation }));
      const seconds = (performance.now() - started) / 1000;
      stop = true;
      await Promise.all(writers);
      return { label, big, typical, report, rate: written / seconds };
    };
    const onPrimary = await arm('primary (no DATABASE_READ_URL)', database.db);
    const onStandby = await arm('hot standby (DATABASE_READ_URL)', read.db);
    const standbyLag = await lag();
    log('');
    log(
      `Figures while ${WRITERS} writers post feedback through the API (median, ms; ingest in responses/s during the reads; one machine):`,
    );
    log(`${'read from'.padEnd(34)} ${'largest'.padStart(9)} ${'typical'.padStart(9)} ${'report'.padStart(9)} ${'ingest/s'.padStart(10)}`);
    for (const r of [onPrimary, onStandby]) {
      log(
        `${r.label.padEnd(34)} ${r.big.toFixed(1).padStart(9)} ${r.typical.toFixed(1).padStart(9)} ${r.report.toFixed(1).padStart(9)} ${Math.round(r.rate).toString().padStart(10)}`,
      );
    }
    log(`Standby replay lag after the run: ${standbyLag === null ? 'n/a' : `${standbyLag.toFixed(2)} s`}`);
  } finally {
    await app.close();
    await read.close();
  }
}
