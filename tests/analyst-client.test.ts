import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '@feedbackinstrument/server/testing/test-app';
import { clientTypes, TYPES_FILE } from '../examples/analyst-client/generate-types.js';

// The analyst's example (examples/analyst-client/) as an analyst runs it: its own process,
// a listening server, an organisation token, and a client generated from /openapi.json.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SCRIPT = 'examples/analyst-client/year-of-figures.ts';
const GENT = FIXTURE_SERVICES.gent.id;

/** Runs the script in its own process; never blocks this one, which serves its requests. */
function runScript(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, ...args],
      { cwd: ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe('the generated-client example', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await startTestApp('pglite');
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    for (const score of [5, 4, 4, 2, 1]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/v1/feedback',
        headers: { origin: ALLOWED_ORIGIN },
        payload: { serviceId: GENT, submissionId: randomUUID(), score, remark: score < 3 ? 'Het formulier liep vast.' : undefined },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  it('its types are generated from the document the server serves now', async () => {
    const generated = await clientTypes((await t.app.inject('/openapi.json')).json());
    // After an API change: FEEDBACK_URL=<a running server> pnpm --filter @feedbackinstrument/examples generate:client
    expect(generated === readFileSync(TYPES_FILE, 'utf8'), 'examples/analyst-client/api.d.ts is out of date: run generate:client').toBe(
      true,
    );
  });

  it("pulls a year of figures for every service of the token's organisation", async () => {
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Brussels', year: 'numeric' }).format(new Date()));
    const run = await runScript(['--organisation', 'stad-gent', '--year', String(year), '--format', 'json'], {
      FEEDBACK_URL: base,
      FEEDBACK_TOKEN: t.tokens.gent,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { serviceId: string; figures: unknown }[];
    expect(rows.map((row) => row.serviceId)).toEqual([GENT]);
    const direct = await t.app.inject({
      url: `/v1/services/${GENT}/figures?year=${year}`,
      headers: { authorization: `Bearer ${t.tokens.gent}` },
    });
    expect(rows[0]!.figures).toEqual(direct.json());
    expect(rows[0]!.figures).toMatchObject({ responses: 5, mean: 3.2, remarks: 2 });
  });

  it('prints a CSV an analyst opens in Excel, and stops with a clear message without a valid token', async () => {
    const csv = await runScript(['--organisation', 'stad-gent'], { FEEDBACK_URL: base, FEEDBACK_TOKEN: t.tokens.gent });
    expect(csv.stdout.split('\n')[0]).toBe('service;name;responses;mean;satisfied %;remarks;displays;response rate %');
    expect(csv.stdout).toContain(`${GENT};"Afspraak maken bij Burgerzaken";5;3,2;60;2;0;`);
    const refused = await runScript(['--organisation', 'stad-gent'], { FEEDBACK_URL: base, FEEDBACK_TOKEN: 'fi_not-a-token' });
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('Listing services: Send a valid API token');
  });
});
