import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { findService, insertService } from '../services/services.js';
import { useCliDatabase } from '../testing/cli-database.js';
import { BACKENDS } from '../testing/test-database.js';
import { record } from '../demo/workload.js';

describe.each(BACKENDS)('the analyst commands of the CLI on %s', (kind) => {
  const under = useCliDatabase(kind);
  const { cli, open } = under;

  beforeAll(async () => {
    const database = open();
    try {
      await migrate(database.db);
      await insertOrganisation(database.db, { id: 'stad-gent', name: 'Stad Gent', level: 'lokaal' });
      await insertService(database.db, {
        id: 'gent-afspraak',
        organisationId: 'stad-gent',
        name: { nl: 'Afspraak; "maken"' },
        audience: 'burgers',
        channel: 'stad.gent',
      });
      const service = (await findService(database.db, 'gent-afspraak'))!;
      for (const [i, score] of [5, 4, 2, 4].entries()) {
        await record(
          database.db,
          service,
          { serviceId: service.id, submissionId: randomUUID(), score, remark: 'Oud' },
          new Date(Date.UTC(2026, i * 3, 2)),
        );
      }
    } finally {
      await database.close();
    }
  }, 120_000);

  it('writes the yearly report to a file in each format, with progress on stderr', async () => {
    const csv = join(under.dir, 'report.csv');
    const { stdout, stderr } = await cli('report', '--year', '2026', '--organisation', 'stad-gent', '--format', 'csv-excel', '--out', csv);
    expect(stdout).toMatch(/Wrote the csv-excel report of 2026 \(1 services, 4 responses\)/);
    expect(stderr).toContain('Report 2026: 1/1 services');
    const rows: Record<string, string>[] = parse(readFileSync(csv, 'utf8'), { columns: true, delimiter: ';', bom: true });
    expect(rows[0]).toMatchObject({ Dienst: 'Afspraak; "maken"', Antwoorden: '4', 'Gemiddelde score': '3,75' });

    const html = join(under.dir, 'report.html');
    await cli('report', '--year', '2026', '--organisation', 'stad-gent', '--format', 'html', '--out', html);
    expect(readFileSync(html, 'utf8')).toContain('Afspraak; &quot;maken&quot;');
    const json = join(under.dir, 'report.json');
    await cli('report', '--year', '2026', '--organisation', 'stad-gent', '--out', json);
    expect(JSON.parse(readFileSync(json, 'utf8')).totals.responses).toBe(4);
  });

  it('refuses a report without a scope or with an unknown one', async () => {
    await expect(cli('report', '--year', '2026', '--out', join(under.dir, 'x'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('--organisation'),
    });
    await expect(cli('report', '--year', '2026', '--organisation', 'nergens', '--out', join(under.dir, 'x'))).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('nergens'),
    });
  });

  it('rebuilds the roll-ups and purges old remark texts, counts unchanged', async () => {
    // PGlite allows one process per data folder: the test's own handle is closed while the CLI runs.
    const withDatabase = async <T>(work: (database: DatabaseHandle) => Promise<T>): Promise<T> => {
      const database = open();
      try {
        return await work(database);
      } finally {
        await database.close();
      }
    };
    const monthly = (database: DatabaseHandle) => database.db.selectFrom('response_rollups_monthly').selectAll().orderBy('month').execute();
    const before = await withDatabase(async (database) => {
      const rows = await monthly(database);
      await database.db.deleteFrom('response_rollups_daily').execute();
      return rows;
    });
    const { stdout } = await cli('rollups', 'rebuild');
    expect(stdout).toMatch(/Rebuilt the roll-ups from the raw responses: 4 daily and 4 monthly rows/);
    expect(await withDatabase(monthly)).toEqual(before);

    const cutoff = new Date();
    cutoff.setUTCMonth(cutoff.getUTCMonth() - 1);
    const purged = await cli('remarks', 'purge', '--months', '1');
    await withDatabase(async (database) => {
      const rows = await database.db.selectFrom('responses').select(['remark', 'has_remark', 'received_at']).execute();
      const old = rows.filter((r) => new Date(r.received_at) < cutoff);
      expect(purged.stdout).toContain(`Erased ${old.length} remark texts older than 1 months`);
      for (const row of rows) expect(row).toMatchObject({ has_remark: true, remark: new Date(row.received_at) < cutoff ? null : 'Oud' });
      expect(await monthly(database)).toEqual(before);
      // Both are changes made on the command line, with their audit rows.
      const audit = await database.db
        .selectFrom('audit_log')
        .select(['action', 'via', 'after'])
        .where('action', 'in', ['rollups.rebuild', 'remark.purge'])
        .orderBy('at')
        .execute();
      expect(audit).toEqual([
        { action: 'rollups.rebuild', via: 'cli', after: { daily: 4, monthly: 4 } },
        ...(old.length > 0 ? [{ action: 'remark.purge', via: 'cli', after: { erased: old.length } }] : []),
      ]);
    });
  });
});
