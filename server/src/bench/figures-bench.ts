// pnpm bench: yearly figures and an organisation's report from the roll-ups, against the
// same figures computed by a raw GROUP BY over the responses, in the same run, on a
// throwaway PostgreSQL with 10 million responses over 200 services (BENCH_RESPONSES to change).
// Prints medians and their ratio; it is a measurement, not a test.
import { cpus } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { ADMIN } from '../kernel/principal.js';
import { yearPeriod } from '../kernel/calendar.js';
import { rawFigureSource } from '../figures/raw-figure-rows.js';
import { serviceFigures, type FigureContext } from '../figures/service-figures.js';
import { buildReport } from '../reports/build-report.js';
import { findService } from '../services/services.js';
import { organisationId, serviceId } from './load-dataset.js';
import { medianMs as median, withBenchDataset } from './bench-kit.js';
import { measureReadReplica } from './read-replica-bench.js';

const TOTAL = Number(process.env.BENCH_RESPONSES ?? 10_000_000);
const YEAR = 2026;
const log = (line: string) => console.log(line);

const started = Date.now();
log(
  `feedbackinstrument figures benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}: ${TOTAL.toLocaleString('en')} responses over 200 services (2025–2026)`,
);
await withBenchDataset(TOTAL, log, async (database, where) => {
  const rollups: FigureContext = { db: database.db, timezone: 'Europe/Brussels' };
  const raw: FigureContext = { ...rollups, source: rawFigureSource, concurrent: true };
  const big = (await findService(database.db, serviceId(0)))!;
  const typical = (await findService(database.db, serviceId(100)))!;
  const organisation = organisationId(0);
  const period = yearPeriod(YEAR);
  const count = async (id: string) =>
    Number(
      (
        await database.db
          .selectFrom('response_rollups_monthly')
          .select((s) => s.fn.sum<number>('responses').as('n'))
          .where('service_id', '=', id)
          .where('month', '>=', period.from)
          .where('month', '<=', period.to)
          .executeTakeFirstOrThrow()
      ).n,
    );

  // The same answers both ways, or the comparison means nothing.
  for (const service of [big, typical]) {
    if (!isDeepStrictEqual(await serviceFigures(rollups, service, period), await serviceFigures(raw, service, period))) {
      throw new Error(`Roll-ups and raw scan disagree for ${service.id}`);
    }
  }
  const strip = ({ generatedAt: _g, ...rest }: { generatedAt: string }) => rest;
  const reportBy = (ctx: FigureContext) => buildReport(ctx, ADMIN, YEAR, { organisation });
  if (!isDeepStrictEqual(strip((await reportBy(rollups))!), strip((await reportBy(raw))!))) throw new Error('Reports disagree');

  const rows: [string, number, number][] = [];
  for (const [label, service] of [
    [`service figures, largest service (${(await count(big.id)).toLocaleString('en')} responses in ${YEAR})`, big],
    [`service figures, typical service (${(await count(typical.id)).toLocaleString('en')} responses in ${YEAR})`, typical],
  ] as const) {
    rows.push([
      label,
      await median(31, () => serviceFigures(rollups, service, period)),
      await median(5, () => serviceFigures(raw, service, period)),
    ]);
  }
  rows.push([
    `report of ${organisation} (10 services, json)`,
    await median(15, () => reportBy(rollups)),
    await median(3, () => reportBy(raw)),
  ]);

  log('');
  log(`Results (median, ms; raw = the same figures from a GROUP BY over the raw responses, summed by the same query, same run;`);
  log(`the period and the previous year read at once on two connections; roll-ups = one query)`);
  log(`${'what'.padEnd(66)} ${'roll-ups'.padStart(9)} ${'raw scan'.padStart(10)} ${'ratio'.padStart(8)}`);
  for (const [label, fast, slow] of rows) {
    log(`${label.padEnd(66)} ${fast.toFixed(1).padStart(9)} ${slow.toFixed(1).padStart(10)} ${`${Math.round(slow / fast)}×`.padStart(8)}`);
  }
  log('');
  for (const [label, fast, slow] of rows) {
    const ratio = slow / fast;
    log(
      `Target (< 50 ms and ≥ 100× the scan) for ${label.split(' (')[0]}: ${fast < 50 && ratio >= 100 ? 'met' : `NOT met (${fast.toFixed(1)} ms, ${Math.round(ratio)}×)`}`,
    );
  }
  await measureReadReplica(database, where, { big, typical, organisation, period, year: YEAR, ingestService: serviceId(1) }, log);
  log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
});
