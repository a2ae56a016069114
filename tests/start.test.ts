import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '@feedbackinstrument/server/db/connect';
import { startSystemProcess } from './support/server-process.js';

// The README's first command on a fresh data folder: the whole system comes up on the
// embedded database, seeded with the sample services, and counts a feedback. Here without
// the demo year (DEMO_DATA=false), which then is not loaded at all; first-start.test.ts
// starts with it.

const startSystem = (dataDir: string) => startSystemProcess({ DATA_DIR: dataDir, DEMO_DATA: 'false' });

describe('pnpm start on a fresh data folder', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'feedback-start-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('serves a ready API, the example pages and a first admin token, and counts a feedback', async () => {
    const first = await startSystem(dataDir);
    try {
      expect(await (await fetch(`${first.api}/readyz`)).json()).toEqual({ status: 'ok', database: 'pglite' });
      expect(first.output()).not.toContain('Demo data');
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
      await first.kill('SIGTERM');
    }

    // A second start keeps the data, imports nothing again and prints no new token.
    const second = await startSystem(dataDir);
    try {
      expect(second.output()).not.toMatch(/Admin token \(shown once/);
    } finally {
      await second.kill('SIGTERM');
    }
    const database = connectDatabase({ databaseUrl: null, dataDir });
    try {
      const responses = await database.db.selectFrom('responses').select(['service_id', 'score']).execute();
      expect(responses).toEqual([{ service_id: 'gent-afspraak-burgerzaken', score: 5 }]);
      const tokens = await database.db.selectFrom('api_tokens').select('id').execute();
      expect(tokens).toHaveLength(1);
      expect(await database.db.selectFrom('organisations').select('id').where('demo', '=', true).execute()).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
