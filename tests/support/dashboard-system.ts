import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createToken } from '@feedbackinstrument/server/auth/create-token';
import type { AppConfig } from '@feedbackinstrument/server/config';
import type { DatabaseKind } from '@feedbackinstrument/server/db/connect';
import { insertOrganisation } from '@feedbackinstrument/server/organisations/organisations';
import { findService, insertService, updateService } from '@feedbackinstrument/server/services/services';
import { addResponses } from '@feedbackinstrument/server/testing/bulk-responses';
import { DASHBOARD_DEMO_ORGANISATION, seedDashboardDemo } from '@feedbackinstrument/server/demo/demo-year-generator';
import { record } from '@feedbackinstrument/server/demo/workload';
import { launchChromium } from './browser.js';
import { ADMIN_CLAIM, ORGANISATION_CLAIM, SCOPES, startOidcProvider, type TestOidcProvider } from './oidc-provider.js';
import { startSystem, type RunningSystem } from './system.js';

export const DASHBOARD_DIST = fileURLToPath(new URL('../../dashboard/dist', import.meta.url));

/** The provider's accounts: an analyst of the demo organisation, one of an unknown organisation, an admin. */
export const ACCOUNTS = {
  analyst: { name: 'An Analist', [ORGANISATION_CLAIM]: DASHBOARD_DEMO_ORGANISATION.id },
  stranger: { name: 'Sam Vreemd', [ORGANISATION_CLAIM]: 'onbekende-dienst' },
  admin: { name: 'Ada Beheer', [ORGANISATION_CLAIM]: 'stad-gent', [ADMIN_CLAIM.claim]: [ADMIN_CLAIM.value] },
};

/** A remark that would run script if it were ever rendered as HTML. */
export const HOSTILE_REMARK = '<img src=x onerror="window.__xss=1;alert(1)"> en <script>window.__xss=2</script> kapot';
export const HOSTILE_SERVICE = 'registratiebelasting-aangifte';
/** The service that names an IPDC product offered by five other organisations (its comparison is shown). */
export const COMPARED_SERVICE = 'erfbelasting-aangifte';
export const COMPARED_PRODUCT = '1502';
/** The five other organisations' satisfied shares: 50, 60, 70, 80, 90 % of 30 or 40 responses. */
const ELSEWHERE = [
  { id: 'gemeente-aalst', satisfied: 15, other: 15 },
  { id: 'gemeente-brugge', satisfied: 18, other: 12 },
  { id: 'gemeente-deinze', satisfied: 28, other: 12 },
  { id: 'gemeente-eeklo', satisfied: 32, other: 8 },
  { id: 'gemeente-geel', satisfied: 27, other: 3 },
];
export const ELSEWHERE_NAMES = ELSEWHERE.map((o) => `Naam van ${o.id}`);
/** A service of another organisation (Stad Gent, from the sample seed). */
export const OTHER_SERVICE = 'gent-afspraak-burgerzaken';

export interface DashboardSystem {
  system: RunningSystem;
  oidc: TestOidcProvider;
  browser: Browser;
  year: number;
  /** A clear API token of the demo organisation (for token sign-in). */
  token: string;
}

/**
 * The year the tests look at: a complete, fixed year (with the year before it), so what
 * they see never depends on today's date. The dashboard opens on the current year by
 * default; tests ask for this one in the URL or with the year picker.
 */
export const DEMO_YEAR = 2025;

/**
 * For a dashboard browser test file: a real OIDC provider, the whole system configured to
 * sign in through it and serving the built dashboard, a realistic organisation with two
 * years of feedback, another organisation's service with a response, a hostile remark,
 * and headless Chromium. Started once before the file's tests, stopped after them.
 */
export function useDashboardSystem(kind: DatabaseKind, options: { scale?: number; config?: Partial<AppConfig> } = {}): DashboardSystem {
  const env = {} as DashboardSystem;
  beforeAll(async () => {
    if (!existsSync(`${DASHBOARD_DIST}/index.html`)) throw new Error('dashboard/dist is missing: run pnpm build first.');
    const oidc = await startOidcProvider(ACCOUNTS);
    const system = await startSystem(kind, {
      dashboardDir: DASHBOARD_DIST,
      oidc: {
        issuer: oidc.issuer,
        clientId: oidc.clientId,
        clientSecret: oidc.clientSecret,
        scopes: SCOPES,
        organisationClaim: ORGANISATION_CLAIM,
        admin: ADMIN_CLAIM,
        roles: { claim: null, manager: 'manager', analyst: 'analyst', defaultRole: 'manager' },
        providerName: 'Test-IdP',
      },
      ...options.config,
    });
    oidc.allowRedirect(`${system.api}/dashboard/auth/callback`);
    const year = DEMO_YEAR;
    const db = system.database.db;
    await seedDashboardDemo(db, { year, scale: options.scale ?? 0.4 });

    const other = (await findService(db, OTHER_SERVICE))!;
    await record(
      db,
      other,
      { serviceId: OTHER_SERVICE, submissionId: randomUUID(), score: 4, remark: 'Gent: vlot een afspraak gemaakt.' },
      new Date(`${year}-06-02T08:00:00Z`),
    );
    // The newest remark of its service in the year (still 31 December in Brussels), so the first one shown.
    const hostile = (await findService(db, HOSTILE_SERVICE))!;
    await record(
      db,
      hostile,
      { serviceId: HOSTILE_SERVICE, submissionId: randomUUID(), score: 1, remark: HOSTILE_REMARK },
      new Date(`${year}-12-31T20:59:00Z`),
    );

    // The same product at five other organisations: quartiles 60 / 70 / 80 % (PERCENTILE.INC).
    await updateService(db, COMPARED_SERVICE, { productId: COMPARED_PRODUCT });
    for (const o of ELSEWHERE) {
      await insertOrganisation(db, { id: o.id, name: `Naam van ${o.id}`, level: 'lokaal' });
      await insertService(db, {
        id: `${o.id}-dienst`,
        organisationId: o.id,
        name: { nl: `Dienst van ${o.id}` },
        audience: 'burgers',
        channel: 'gemeente.be',
        productId: COMPARED_PRODUCT,
      });
      await addResponses(db, `${o.id}-dienst`, { satisfied: o.satisfied, other: o.other }, `${year}-05-15`);
    }

    const token = (await createToken(db, { name: 'Belastingdienst analist', organisationId: DASHBOARD_DEMO_ORGANISATION.id }))!.token;
    Object.assign(env, { system, oidc, browser: await launchChromium(), year, token });
  }, 300_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.system?.close();
    await env.oidc?.close();
  });
  return env;
}
