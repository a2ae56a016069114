#!/usr/bin/env -S npx tsx
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { FIRST_INPUT_YEAR, lastInputYear, REPORT_FORMATS, type ReportFormat } from '@feedbackinstrument/shared';
import { ADMIN } from '../kernel/principal.js';
import { readImportFile } from '../imports/import-file.js';
import { loadDemoData, removeDemoData } from '../demo/demo-changes.js';
import { importFile } from '../imports/import-changes.js';
import { rebuildAllRollups } from '../figures/maintenance-changes.js';
import { purgeRemarks } from '../remarks/remark-erasure.js';
import { changeOrganisation, createOrganisation } from '../organisations/organisation-changes.js';
import { cliActor } from '../changes/run-change.js';
import { createService } from '../services/service-changes.js';
import { createToken, revokeToken } from '../auth/token-changes.js';
import { loadConfigOrExit } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { ApiError } from '../http/api-error.js';
import { reindexRemarkTerms } from '../topics/reindex-terms.js';
import { useDictionaryDir } from '../topics/translations.js';
import { reindexProgress } from './progress-bar.js';
import { USAGE } from './usage.js';
import { buildReport } from '../reports/build-report.js';
import { reportCsv } from '../reports/report-csv.js';
import { reportHtml } from '../reports/report-html.js';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/**
 * Makes a change through the change layer (server/src/changes/), as the command line: a
 * refused change (bad input, an unknown or taken id) ends the command with its reasons.
 */
async function change<T>(work: Promise<T>, explain?: (error: ApiError) => string | null): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const details = error.details.map((d) => `${d.path}: ${d.message}`);
    fail(explain?.(error) ?? (details.length > 0 ? details.join('\n') : error.message));
  }
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
    'complaints-url': { type: 'string' },
    'privacy-url': { type: 'string' },
    'accessibility-url': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

/** The links given on the command line: '' is none (null), '{…}' one address per language; the change layer checks them. */
function linkOptions(): Record<string, unknown> {
  const options = {
    complaintsUrl: values['complaints-url'],
    privacyUrl: values['privacy-url'],
    accessibilityUrl: values['accessibility-url'],
  };
  const links: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (value.trim() === '') links[field] = null;
    else if (value.trim().startsWith('{')) {
      try {
        links[field] = JSON.parse(value);
      } catch {
        fail(`${field}: not valid JSON; give an https address or {"nl":"https://…"}.`);
      }
    } else links[field] = value.trim();
  }
  return links;
}

const command = positionals.slice(0, 2).join(' ');
if (values.help || positionals.length === 0) {
  console.log(USAGE);
  process.exit(0);
}

const config = loadConfigOrExit();
// The yearly report's recurring problems are found with the configured dictionaries.
useDictionaryDir(config.topicsDictionaryDir);
const actor = cliActor();
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
      const counts = await change(
        importFile(db, actor, await readImportFile(file)),
        (e) => `${file}: ${e.message}\n${e.details.map((d) => `  ${d.path}: ${d.message}`).join('\n')}`,
      );
      console.log(`Imported ${counts.organisations} organisations and ${counts.services} services.`);
      break;
    }
    case 'organisation create': {
      const input = { id: values.id, name: values.name, level: values.level, policyDomain: values['policy-domain'], ...linkOptions() };
      const created = await change(createOrganisation(db, actor, input), (e) =>
        e.statusCode === 409 ? `An organisation "${values.id}" already exists.` : null,
      );
      console.log(`Created organisation ${created.id}.`);
      break;
    }
    case 'organisation links': {
      const id = values.id ?? fail('Name the organisation: --id ID.');
      const links = linkOptions();
      if (Object.keys(links).length === 0) fail('Give at least one of --complaints-url, --privacy-url, --accessibility-url.');
      const changed = await change(changeOrganisation(db, actor, id, links));
      const shown = (link: unknown) => (link === null ? 'none' : typeof link === 'string' ? link : JSON.stringify(link));
      console.log(
        `Links of organisation ${changed.id}: complaints ${shown(changed.complaintsUrl)}, privacy ${shown(changed.privacyUrl)}, accessibility ${shown(changed.accessibilityUrl)}.`,
      );
      break;
    }
    case 'service create': {
      const input = {
        id: values.id,
        organisationId: values.organisation,
        name: { nl: values.name },
        audience: values.audience,
        channel: values.channel,
        allowedOrigins: values.origin ?? [],
        followUps: values['follow-up'] ?? [],
        publishFigures: values.publish ?? false,
        productId: values.product ?? null,
        ...linkOptions(),
      };
      const created = await change(createService(db, actor, input), (e) =>
        e.statusCode === 409
          ? `A service "${values.id}" already exists.`
          : e.details[0]?.path === 'organisationId' && e.message.startsWith('There is no')
            ? e.message
            : null,
      );
      console.log(`Created service ${created.id}.`);
      break;
    }
    case 'token create': {
      const input = values.admin
        ? { name: values.name, admin: true }
        : { name: values.name, organisationId: values.organisation, ...(values.role !== undefined && { role: values.role }) };
      const created = await change(createToken(db, actor, input), (e) =>
        e.message === 'There is no such organisation.' ? `There is no organisation "${values.organisation}".` : null,
      );
      console.log(
        `Token ${created.id} (${created.admin ? 'admin' : `${created.role} of organisation ${created.organisationId}`}) — shown once:\n${created.token}`,
      );
      break;
    }
    case 'token revoke': {
      const id = positionals[2] ?? fail('Name the id of the token to revoke.');
      await change(revokeToken(db, actor, id), (e) => (e.statusCode === 404 ? 'There is no live token with this id.' : null));
      console.log(`Revoked token ${id}.`);
      break;
    }
    case 'report': {
      const year = Number(values.year);
      if (!Number.isInteger(year) || year < FIRST_INPUT_YEAR || year > lastInputYear())
        fail(`Give the year, ${FIRST_INPUT_YEAR} to ${lastInputYear()}: --year 2026.`);
      if ((values.organisation === undefined) === (values['policy-domain'] === undefined))
        fail('Give either --organisation ID or --policy-domain NAME.');
      const format = (values.format ?? 'json') as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) fail(`--format must be one of ${REPORT_FORMATS.join(', ')}.`);
      const out = values.out ?? fail('Name the file to write: --out FILE.');
      const progress = (done: number, total: number) => {
        const line = `Report ${year}: ${done}/${total} services`;
        // On a terminal one line is rewritten; in a log, a line per step.
        if (process.stderr.isTTY) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`);
        else process.stderr.write(`${line}\n`);
      };
      const report = await buildReport(
        { db, timezone: config.timezone },
        ADMIN,
        year,
        { organisation: values.organisation, policyDomain: values['policy-domain'] },
        progress,
      );
      if (!report)
        fail(
          values.organisation !== undefined
            ? `There is no organisation "${values.organisation}".`
            : `There is no policy domain "${values['policy-domain']}".`,
        );
      const content =
        format === 'json' ? JSON.stringify(report, null, 2) : format === 'html' ? reportHtml(report) : reportCsv(report, format);
      await writeFile(out, content, 'utf8');
      console.log(
        `Wrote the ${format} report of ${year} (${report.services.length} services, ${report.totals.responses} responses) to ${out}.`,
      );
      break;
    }
    case 'rollups rebuild': {
      const counts = await rebuildAllRollups(db, actor);
      console.log(`Rebuilt the roll-ups from the raw responses: ${counts.daily} daily and ${counts.monthly} monthly rows.`);
      break;
    }
    case 'remarks purge': {
      const months = values.months === undefined ? config.remarkRetentionMonths : Number(values.months);
      if (!Number.isInteger(months) || months < 1) fail('--months must be a whole number of months, at least 1.');
      const erased = await purgeRemarks(db, actor, months);
      console.log(`Erased ${erased} remark texts older than ${months} months; the responses and their counts stay.`);
      break;
    }
    case 'topics reindex': {
      const batchSize = Number(values['batch-size'] ?? 500);
      const maxBatches = values['max-batches'] === undefined ? undefined : Number(values['max-batches']);
      if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) fail('--batch-size must be a whole number from 1 to 10000.');
      if (maxBatches !== undefined && (!Number.isInteger(maxBatches) || maxBatches < 1))
        fail('--max-batches must be a whole number, at least 1.');
      const result = await reindexRemarkTerms(db, {
        batchSize,
        ...(maxBatches !== undefined && { maxBatches }),
        progress: reindexProgress(process.stderr),
      });
      console.log(
        `Analysed or copied ${result.analysed} remarks; ${result.complete ? 'every remark is analysed by the current analyser.' : 'some are left: run it again to continue.'}`,
      );
      break;
    }
    case 'demo load': {
      const loaded = await loadDemoData(db, actor, { timezone: config.timezone });
      if (!loaded) fail('The demo data is loaded already; remove it first with `pnpm cli demo remove`.');
      console.log(
        `Loaded ${loaded.responses} demo responses (${loaded.from} to ${loaded.to}) in ${loaded.services} services of "${loaded.organisation.name}".`,
      );
      break;
    }
    case 'demo remove': {
      const removed = await removeDemoData(db, actor);
      if (removed.services === 0 && removed.organisations === 0) {
        console.log('There is no demo data.');
        break;
      }
      console.log(
        `Removed the demo data: ${removed.organisations} organisation(s), ${removed.services} services and ${removed.responses} responses with their roll-ups and displays.`,
      );
      if (removed.keptOrganisations.length > 0) {
        console.log(
          `Kept the organisation(s) ${removed.keptOrganisations.join(', ')} (now without services): API tokens were made for them.`,
        );
      }
      break;
    }
    default:
      fail(`Unknown command "${positionals.join(' ')}".\n\n${USAGE}`);
  }
} finally {
  await database.close();
}
