import type { FastifyInstance } from 'fastify';
import type { ServiceInput } from '@feedbackinstrument/shared';
import { buildApp } from '../app.js';
import { createToken } from '../auth/create-token.js';
import { testConfig, type AppConfig } from '../config.js';
import type { DatabaseKind } from '../db/connect.js';
import { insertOrganisation } from '../organisations/organisations.js';
import { insertService } from '../services/services.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

export const ALLOWED_ORIGIN = 'https://www.gent.be';
export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Two organisations with a service each: enough to test scoping between them. */
export const FIXTURE_SERVICES = {
  gent: {
    id: 'gent-afspraak-burgerzaken',
    organisationId: 'stad-gent',
    name: { nl: 'Afspraak maken bij Burgerzaken', fr: "Prendre rendez-vous à l'état civil" },
    audience: 'burgers',
    channel: 'stad.gent',
    allowedOrigins: [ALLOWED_ORIGIN],
    followUps: ['ease', 'completed'],
  },
  groeipakket: {
    id: 'groeipakket-aanvragen',
    organisationId: 'opgroeien',
    name: { nl: 'Groeipakket aanvragen' },
    audience: 'burgers',
    channel: 'mijn-burgerprofiel',
    allowedOrigins: ['https://www.burgerprofiel.be'],
    followUps: [],
  },
} satisfies Record<string, ServiceInput>;

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** Clear tokens of each organisation. */
  tokens: { gent: string; opgroeien: string };
  close(): Promise<void>;
}

/** A full app on a fresh database of the given kind, with the fixture organisations, services and tokens. */
export async function startTestApp(kind: DatabaseKind, overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const database = await openTestDatabase(kind);
  await insertOrganisation(database.db, { id: 'stad-gent', name: 'Stad Gent', level: 'lokaal' });
  await insertOrganisation(database.db, { id: 'opgroeien', name: 'Opgroeien', level: 'vlaams', policyDomain: 'Welzijn' });
  for (const service of Object.values(FIXTURE_SERVICES)) await insertService(database.db, service);
  const gent = await createToken(database.db, { name: 'gent analyst', organisationId: 'stad-gent' });
  const opgroeien = await createToken(database.db, { name: 'opgroeien analyst', organisationId: 'opgroeien' });
  const app = await buildApp(testConfig({ adminToken: ADMIN_TOKEN, ...overrides }), { database, migrate: false });
  await app.ready();
  return {
    app,
    database,
    tokens: { gent: gent!.token, opgroeien: opgroeien!.token },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
