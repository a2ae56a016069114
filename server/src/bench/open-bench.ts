// pnpm bench:open — what serving the public /open page costs, cached, against computing the
// published figures once (what GET /v1/public/figures does on every request, and what /open
// does once per year and time to live), measured in the same run on a throwaway PostgreSQL
// with BENCH_OPEN_RESPONSES responses (default 200,000) over 200 services that all publish.
// Prints medians and the ratio; it is a measurement, not a test.
import { cpus } from 'node:os';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { openFigures } from '../open-data/open-figures.js';
import { medianMs as median, withBenchDataset } from './bench-kit.js';

const TOTAL = Number(process.env.BENCH_OPEN_RESPONSES ?? 200_000);
const YEAR = 2026;
const log = (line: string) => console.log(line);

const started = Date.now();
log(
  `feedbackinstrument open figures benchmark, ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}: ${TOTAL.toLocaleString('en')} responses over 200 published services (2025–2026)`,
);
await withBenchDataset(TOTAL, log, async (database) => {
  await database.db.updateTable('services').set({ publish_figures: true }).execute();
  const app = await buildApp(testConfig(), { database, migrate: false });
  try {
    const inject = async (path: string, headers: Record<string, string> = {}) => {
      const res = await app.inject({ url: path, headers });
      if (res.statusCode !== 200 && res.statusCode !== 304) throw new Error(`${path}: ${res.statusCode}`);
      return res;
    };
    const page = `/open?year=${YEAR}`;
    const first = await inject(page);
    const etag = String(first.headers.etag);
    const ctx = { db: database.db, timezone: 'Europe/Brussels' };

    const rows: [string, number][] = [
      ['compute the published figures once (year, months, year before; roll-ups)', await median(15, () => openFigures(ctx, YEAR))],
      ['GET /v1/public/figures (computed on every request)', await median(15, () => inject(`/v1/public/figures?year=${YEAR}`))],
      [
        'GET /open, not cached (figures + rendering the first 20 services)',
        await median(9, () => {
          app.openSite.clear();
          return inject(page);
        }),
      ],
      ['GET /open, cached', await median(301, () => inject(page))],
      ['GET /open, cached, other language and filter', await median(301, () => inject(`${page}&lang=fr&level=vlaams&sort=satisfied`))],
      ['GET /open, If-None-Match (304)', await median(301, () => inject(page, { 'if-none-match': etag }))],
    ];
    log('');
    log(`Results (median, ms; app.inject, no network; /open: ${first.body.length.toLocaleString('en')} bytes of HTML)`);
    for (const [label, ms] of rows) log(`${label.padEnd(76)} ${ms.toFixed(2).padStart(9)}`);
    const compute = rows[0]![1];
    const cached = rows[3]![1];
    log('');
    log(
      `Serving /open cached costs ${((100 * cached) / compute).toFixed(1)} % of computing the figures once: ${Math.round(compute / cached)}× cheaper.`,
    );
    log(`Total time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await app.close();
  }
});
