import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { testConfig } from '../config.js';
import { ADMIN_TOKEN, startTestApp, type TestApp } from '../testing/test-app.js';
import { connectDatabase, type DatabaseHandle } from './connect.js';

// DATABASE_READ_URL: analysts' reads come from the read database, writes and self-service
// pages from the primary. Two databases of the test run's PostgreSQL stand in for primary
// and standby, with different contents, so each answer shows where it was read.

describe('DATABASE_READ_URL', () => {
  let primary: TestApp;
  let standby: TestApp;
  let database: DatabaseHandle;
  let app: FastifyInstance;
  const SERVICE = 'groeipakket-aanvragen';
  const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
  const feedback = (target: FastifyInstance) =>
    target.inject({ method: 'POST', url: '/v1/feedback', payload: { serviceId: SERVICE, submissionId: randomUUID(), score: 5 } });
  const count = async (handle: DatabaseHandle) =>
    (
      await handle.db
        .selectFrom('responses')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;

  beforeAll(async () => {
    [primary, standby] = await Promise.all([startTestApp('postgres'), startTestApp('postgres')]);
    // Three responses only the "standby" has.
    for (let i = 0; i < 3; i++) expect((await feedback(standby.app)).statusCode).toBe(201);
    database = connectDatabase({ databaseUrl: primary.database.url, databaseReadUrl: standby.database.url, dataDir: null, log: () => {} });
    app = await buildApp(
      testConfig({ adminToken: ADMIN_TOKEN, databaseUrl: primary.database.url, databaseReadUrl: standby.database.url }),
      { database, migrate: false },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await primary?.close();
    await standby?.close();
  });

  it('figures and reports read the read database', async () => {
    const figures = await app.inject({ url: `/v1/services/${SERVICE}/figures`, headers: admin });
    expect(figures.statusCode).toBe(200);
    expect(figures.json().responses).toBe(3);
    const year = new Date().getFullYear();
    const report = await app.inject({ url: `/v1/reports/${year}?organisation=opgroeien`, headers: admin });
    expect(report.statusCode).toBe(200);
    expect(JSON.stringify(report.json())).toContain('"responses":3');
  });

  it("writes, and reads right after one's own change, go to the primary", async () => {
    expect((await feedback(app)).statusCode).toBe(201);
    expect(await count(primary.database)).toBe(1);
    expect(await count(standby.database)).toBe(3);
    // A manager's change is read back from the primary at once (the self-service pages).
    const changed = await app.inject({
      method: 'PATCH',
      url: `/v1/services/${SERVICE}`,
      headers: admin,
      payload: { name: { nl: 'Groeipakket aanvragen (nieuw)' } },
    });
    expect(changed.statusCode).toBe(200);
    const read = await app.inject({ url: `/v1/services/${SERVICE}`, headers: admin });
    expect(read.json().name.nl).toBe('Groeipakket aanvragen (nieuw)');
  });
});
