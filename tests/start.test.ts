import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '@feedbackinstrument/server/db/connect';

// The README's first command on a fresh data folder: the whole system comes up on the
// embedded database, seeded with the sample services, and counts a feedback.

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

interface Started {
  child: ChildProcess;
  output: () => string;
  api: string;
  examples: string;
}

async function startSystem(dataDir: string): Promise<Started> {
  const { DATABASE_URL: _url, FEEDBACK_ADMIN_TOKEN: _token, ...env } = process.env;
  const child = spawn(TSX, [join(ROOT, 'scripts/start-system.ts')], {
    cwd: ROOT,
    env: { ...env, PORT: '0', EXAMPLES_PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 60_000;
  while (!/Example pages:\s+(\S+)/.test(output)) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited early:\n${output}`);
    if (Date.now() > deadline) throw new Error(`pnpm start did not come up:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const api = /Health:\s+(\S+)\/readyz/.exec(output)![1]!;
  const examples = /Example pages:\s+(\S+?)\/?$/m.exec(output)![1]!;
  return { child, output: () => output, api, examples };
}

async function stop(started: Started) {
  if (started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once('exit', resolve));
  started.child.kill('SIGTERM');
  await exited;
}

describe('pnpm start on a fresh data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves a ready API, the example pages and a first admin token, and counts a feedback', async () => {
    const first = await startSystem(dataDir);
    try {
      expect(await (await fetch(`${first.api}/readyz`)).json()).toEqual({ status: 'ok', database: 'pglite' });
      const token = /Admin token \(shown once[^)]*\): (\S+)/.exec(first.output())?.[1];
      expect(token).toMatch(/^fi_/);
      const services = await (await fetch(`${first.api}/v1/services`, { headers: { authorization: `Bearer ${token}` } })).json();
      expect(services.services.map((s: { id: string }) => s.id)).toContain('gent-afspraak-burgerzaken');

      const page = await fetch(`${first.examples}/gent-afspraak-bevestiging.html`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain(`<script type="module" src="${first.api}/widget.js">`);

      const feedback = await fetch(`${first.api}/v1/feedback`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ serviceId: 'gent-afspraak-burgerzaken', submissionId: randomUUID(), score: 5, context: 'transaction' }),
      });
      expect(feedback.status).toBe(201);
    } finally {
      await stop(first);
    }

    // A second start keeps the data, imports nothing again and prints no new token.
    const second = await startSystem(dataDir);
    try {
      expect(second.output()).not.toMatch(/Admin token \(shown once/);
    } finally {
      await stop(second);
    }
    const database = connectDatabase({ databaseUrl: null, dataDir });
    try {
      const responses = await database.db.selectFrom('responses').select(['service_id', 'score']).execute();
      expect(responses).toEqual([{ service_id: 'gent-afspraak-burgerzaken', score: 5 }]);
      const tokens = await database.db.selectFrom('api_tokens').select('id').execute();
      expect(tokens).toHaveLength(1);
    } finally {
      await database.close();
    }
  });
});
