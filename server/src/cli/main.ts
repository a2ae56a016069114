#!/usr/bin/env -S npx tsx
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { OrganisationInput, REPORT_FORMATS, ServiceInput, TokenInput, type ReportFormat } from '@feedbackinstrument/shared';
import { ADMIN } from '../auth/principal.js';
import { importOrganisationsAndServices, readImportFile } from '../admin/import-file.js';
import { createToken } from '../auth/create-token.js';
import { loadConfigOrExit } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { loadDemoData, removeDemoData } from '../demo/demo-data.js';
import { insertOrganisation, organisationExists } from '../repositories/organisations.js';
import { insertService } from '../repositories/services.js';
import { revokeToken } from '../repositories/tokens.js';
import { purgeExpiredRemarks } from '../repositories/remarks.js';
import { rebuildRollups } from '../repositories/rollups.js';
import { reindexRemarkTerms } from '../topics/reindex-terms.js';
import { reindexProgress } from './progress-bar.js';
import { buildReport } from '../reports/build-report.js';
import { reportCsv } from '../reports/report-csv.js';
import { reportHtml } from '../reports/report-html.js';

const USAGE = `feedbackinstrument — administration from the command line (uses DATABASE_URL or DATA_DIR)

  pnpm cli migrate
  pnpm cli import FILE.yaml|FILE.json
  pnpm cli organisation create --id ID --name NAME --level vlaams|provinciaal|lokaal [--policy-domain NAME]
  pnpm cli service create --id ID --organisation ID --name NL-NAME --audience burgers|ondernemingen|verenigingen|lokale-besturen
                          --channel CHANNEL [--origin https://… ...] [--follow-up ease|completed ...] [--publish]
                          [--product IPDC-NUMBER]
  pnpm cli token create --name NAME (--organisation ID [--role manager|analyst] | --admin)
  pnpm cli token revoke TOKEN-ID
  pnpm cli report --year YYYY (--organisation ID | --policy-domain NAME) [--format json|csv|csv-excel|html] --out FILE
  pnpm cli rollups rebuild           recompute the daily and monthly roll-ups from the raw responses (one transaction)
  pnpm cli remarks purge [--months N] erase remark texts older than N months (default REMARK_RETENTION_MONTHS); counts stay
  pnpm cli topics reindex [--batch-size N] [--max-batches N]
                                     analyse the remarks stored before their analysis was (or by an older analyser);
                                     resumable: stopped half-way, the next run continues; topics stay right meanwhile
  pnpm cli demo load                 load a year of made-up feedback in a demo organisation (the first start of the
                                     embedded database does it by itself; with DATABASE_URL only on this request)
  pnpm cli demo remove               delete the demo organisation with its services, responses, roll-ups and displays
`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function check<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('\n'));
  return parsed.data;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    name: { type: 'string' },
    level: { type: 'string' },
    'policy-domain': { type: 'string' },
    organisation: { type: 'string' },
    audience: { type: 'string' },
    channel: { type: 'string' },
    origin: { type: 'string', multiple: true },
    'follow-up': { type: 'string', multiple: true },
    publish: { type: 'boolean' },
    product: { type: 'string' },
    admin: { type: 'boolean' },
    role: { type: 'string' },
    year: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    months: { type: 'string' },
    'batch-size': { type: 'string' },
    'max-batches': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

const command = positionals.slice(0, 2).join(' ');
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(0);
}

const config = loadConfigOrExit();
const database = connectDatabase(config);
const db = database.db;
try {
  await migrate(db);
  switch (['migrate', 'import', 'report'].includes(positionals[0]!) ? positionals[0] : command) {
    case 'migrate':
      console.log('The database is up to date.');
      break;
    case 'import': {
      const file = positionals[1] ?? fail('Name the file to import.');
      const counts = await importOrganisationsAndServices(db, await readImportFile(file));
      console.log(`Imported ${counts.organisations} organisations and ${counts.services} services.`);
      break;
    }
    case 'organisation create': {
      const input = check(OrganisationInput, { id: values.id, name: values.name, level: values.level, policyDomain: values['policy-domain'] });
      if (!(await insertOrganisation(db, input))) fail(`An organisation "${input.id}" already exists.`);
      console.log(`Created organisation ${input.id}.`);
      break;
    }
    case 'service create': {
      const input = check(ServiceInput, {
        id: values.id,
        organisationId: values.organisation,
        name: { nl: values.name },
        audience: values.audience,
        channel: values.channel,
        allowedOrigins: values.origin ?? [],
        followUps: values['follow-up'] ?? [],
        publishFigures: values.publish ?? false,
        productId: values.product ?? null,
      });
      if (!(await organisationExists(db, input.organisationId))) fail(`There is no organisation "${input.organisationId}".`);
      if (!(await insertService(db, input))) fail(`A service "${input.id}" already exists.`);
      console.log(`Created service ${input.id}.`);
      break;
    }
    case 'token create': {
      const input = check(
        TokenInput,
        values.admin ? { name: values.name, admin: true } : { name: values.name, organisationId: values.organisation, ...(values.role !== undefined && { role: values.role }) },
      );
      const created = (await createToken(db, input)) ?? fail(`There is no organisation "${values.organisation}".`);
      console.log(`Token ${created.id} (${created.admin ? 'admin' : `${created.role} of organisation ${created.organisationId}`}) — shown once:\n${created.token}`);
      break;
    }
    case 'token revoke': {
      const id = positionals[2] ?? fail('Name the id of the token to revoke.');
      if (!(await revokeToken(db, id))) fail('There is no live token with this id.');
      console.log(`Revoked token ${id}.`);
      break;
    }
    case 'report': {
      const year = Number(values.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) fail('Give the year: --year 2026.');
      if ((values.organisation === undefined) === (values['policy-domain'] === undefined)) fail('Give either --organisation ID or --policy-domain NAME.');
      const format = (values.format ?? 'json') as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) fail(`--format must be one of ${REPORT_FORMATS.join(', ')}.`);
      const out = values.out ?? fail('Name the file to write: --out FILE.');
      const progress = (done: number, total: number) => {
        const line = `Report ${year}: ${done}/${total} services`;
        // On a terminal one line is rewritten; in a log, a line per step.
        if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
        else process.stderr.write(`${line}\n`);
      };
      const report = await buildReport({ db, timezone: config.timezone }, ADMIN, year, { organisation: values.organisation, policyDomain: values['policy-domain'] }, progress);
      if (!report) fail(values.organisation !== undefined ? `There is no organisation "${values.organisation}".` : `There is no policy domain "${values['policy-domain']}".`);
      const content = format === 'json' ? JSON.stringify(report, null, 2) : format === 'html' ? reportHtml(report) : reportCsv(report, format);
      await writeFile(out, content, 'utf8');
      console.log(`Wrote the ${format} report of ${year} (${report.services.length} services, ${report.totals.responses} responses) to ${out}.`);
      break;
    }
    case 'rollups rebuild': {
      const counts = await rebuildRollups(db);
      console.log(`Rebuilt the roll-ups from the raw responses: ${counts.daily} daily and ${counts.monthly} monthly rows.`);
      break;
    }
    case 'remarks purge': {
      const months = values.months === undefined ? config.remarkRetentionMonths : Number(values.months);
      if (!Number.isInteger(months) || months < 1) fail('--months must be a whole number of months, at least 1.');
      const erased = await purgeExpiredRemarks(db, months);
      console.log(`Erased ${erased} remark texts older than ${months} months; the responses and their counts stay.`);
      break;
    }
    case 'topics reindex': {
      const batchSize = Number(values['batch-size'] ?? 500);
      const maxBatches = values['max-batches'] === undefined ? undefined : Number(values['max-batches']);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) fail('--batch-size must be a whole number from 1 to 10000.');
      if (maxBatches !== undefined && (!Number.isInteger(maxBatches) || maxBatches < 1)) fail('--max-batches must be a whole number, at least 1.');
      const result = await reindexRemarkTerms(db, { batchSize, ...(maxBatches !== undefined && { maxBatches }), progress: reindexProgress(process.stderr) });
      console.log(`Analysed ${result.analysed} remarks; ${result.complete ? 'every remark is analysed by the current analyser.' : 'some are left: run it again to continue.'}`);
      break;
    }
    case 'demo load': {
      const loaded = await loadDemoData(db, { timezone: config.timezone });
      if (!loaded) fail('The demo data is loaded already; remove it first with `pnpm cli demo remove`.');
      console.log(`Loaded ${loaded.responses} demo responses (${loaded.from} to ${loaded.to}) in ${loaded.services} services of "${loaded.organisation.name}".`);
      break;
    }
    case 'demo remove': {
      const removed = await removeDemoData(db);
      if (removed.services === 0 && removed.organisations === 0) {
        console.log('There is no demo data.');
        break;
      }
      console.log(`Removed the demo data: ${removed.organisations} organisation(s), ${removed.services} services and ${removed.responses} responses with their roll-ups and displays.`);
      if (removed.keptOrganisations.length > 0) {
        console.log(`Kept the organisation(s) ${removed.keptOrganisations.join(', ')} (now without services): API tokens were made for them.`);
      }
      break;
    }
    default:
      fail(`Unknown command "${positionals.join(' ')}".\n\n${USAGE}`);
  }
} finally {
  await database.close();
}
