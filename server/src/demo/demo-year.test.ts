import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createToken } from '../auth/create-token.js';
import type { Database } from '../db/database.js';
import { rebuildRollups } from '../figures/rollups.js';
import { useCliDatabase } from '../testing/cli-database.js';
import { ADMIN_TOKEN, ALLOWED_ORIGIN, FIXTURE_SERVICES, startTestApp, type TestApp } from '../testing/test-app.js';
import { BACKENDS, openTestDatabase } from '../testing/test-database.js';
import { seedIfEmpty } from '../imports/seed.js';
import { insertAlertSubscription } from '../alerts/alert-subscriptions.js';
import { insertAnnotation } from '../annotations/annotations.js';
import { loadDemoData as loadDemo, removeDemoData as removeDemo } from './demo-changes.js';
import { cliActor } from '../changes/run-change.js';
import { DEMO_ORGANISATION, DEMO_SERVICE_PREFIX, hasDemoData } from './demo-year.js';

const loadDemoData = (db: Kysely<Database>, options: { timezone: string; now?: Date }) => loadDemo(db, cliActor(), options);
const removeDemoData = (db: Kysely<Database>) => removeDemo(db, cliActor());

// The demo year of a first start goes in through the write path of real feedback (its
// roll-ups are what a rebuild from the raw responses gives), has the shapes it promises,
// and `demo remove` takes out exactly it.

const NOW = new Date('2026-06-15T10:00:00Z');
const TIMEZONE = 'Europe/Brussels';
const REAL_SERVICES = Object.values(FIXTURE_SERVICES).map((s) => s.id);

/** Every row of the tables that hold response data, of the given services, in a stable order. */
async function dataOf(db: Kysely<Database>, services: readonly string[]) {
  if (services.length === 0) return { responses: [], daily: [], monthly: [], displays: [] };
  return {
    responses: await db
      .selectFrom('responses')
      .selectAll()
      .where('service_id', 'in', services)
      .orderBy('service_id')
      .orderBy('submission_id')
      .execute(),
    daily: await db
      .selectFrom('response_rollups_daily')
      .selectAll()
      .where('service_id', 'in', services)
      .orderBy('service_id')
      .orderBy('day')
      .orderBy('context')
      .orderBy('channel')
      .orderBy('score')
      .execute(),
    monthly: await db
      .selectFrom('response_rollups_monthly')
      .selectAll()
      .where('service_id', 'in', services)
      .orderBy('service_id')
      .orderBy('month')
      .orderBy('context')
      .orderBy('channel')
      .orderBy('score')
      .execute(),
    displays: await db
      .selectFrom('display_counts')
      .selectAll()
      .where('service_id', 'in', services)
      .orderBy('service_id')
      .orderBy('day')
      .execute(),
  };
}

const demoServiceIds = async (db: Kysely<Database>) =>
  (await db.selectFrom('services').select('id').where('organisation_id', '=', DEMO_ORGANISATION.id).orderBy('id').execute()).map(
    (s) => s.id,
  );

describe.each(BACKENDS)('the demo year on %s', (kind) => {
  let t: TestApp;
  let open: TestApp | null = null;
  afterEach(async () => {
    await open?.close();
    open = null;
  });
  const start = async () => (t = open = await startTestApp(kind));

  const admin = (url: string) => t.app.inject({ url, headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });

  /** A real response and a display of a real service, through the public API. */
  async function realFeedback() {
    const feedback = await t.app.inject({
      method: 'POST',
      url: '/v1/feedback',
      headers: { origin: ALLOWED_ORIGIN },
      payload: { serviceId: FIXTURE_SERVICES.gent.id, submissionId: randomUUID(), score: 4, remark: 'Vlot gegaan', context: 'transaction' },
    });
    expect(feedback.statusCode).toBe(201);
    const display = await t.app.inject({
      method: 'POST',
      url: '/v1/displays',
      headers: { origin: ALLOWED_ORIGIN },
      payload: { serviceId: FIXTURE_SERVICES.gent.id },
    });
    expect(display.statusCode).toBe(204);
  }

  it('goes in through the write path: its roll-ups equal a rebuild, with the year, languages and shapes it promises', async () => {
    await start();
    const db = t.database.db;
    const loaded = (await loadDemoData(db, { timezone: TIMEZONE, now: NOW }))!;
    expect(loaded).toMatchObject({ organisation: DEMO_ORGANISATION, services: 5, from: '2025-06-01', to: '2026-06-14' });
    const services = await demoServiceIds(db);
    expect(services).toHaveLength(5);
    expect(services.every((id) => id.startsWith(DEMO_SERVICE_PREFIX))).toBe(true);

    const stored = await dataOf(db, services);
    expect(stored.responses).toHaveLength(loaded.responses);
    expect(loaded.responses).toBeGreaterThan(3000);
    // Nothing before the window, nothing today or later.
    const days = stored.responses.map((r) => r.local_day).sort();
    expect(days[0]! >= loaded.from && days.at(-1)! <= loaded.to).toBe(true);
    // Remarks in Dutch and in French, follow-up answers and displays.
    const remarksIn = (lang: string) => stored.responses.filter((r) => r.remark !== null && r.lang === lang).length;
    expect(remarksIn('nl')).toBeGreaterThan(500);
    expect(remarksIn('fr')).toBeGreaterThan(50);
    expect(stored.responses.filter((r) => r.ease !== null).length).toBeGreaterThan(500);
    expect(stored.responses.filter((r) => r.completed !== null).length).toBeGreaterThan(500);
    expect(stored.displays.reduce((sum, d) => sum + d.count, 0)).toBeGreaterThan(loaded.responses * 4);

    // The roll-ups were written with each response, exactly as a rebuild makes them.
    const live = await dataOf(db, services);
    await rebuildRollups(db);
    expect(await dataOf(db, services)).toEqual(live);

    // The API's figures: every month of the window has responses; the confirm button that
    // broke in the story's months 2–4 (August–October 2025) and was fixed: a dip and a recovery.
    const res = await admin(`/v1/services/${DEMO_SERVICE_PREFIX}erfbelasting-aangifte/figures?from=${loaded.from}&to=${loaded.to}`);
    expect(res.statusCode).toBe(200);
    const figures = res.json();
    expect(figures.byMonth).toHaveLength(13);
    expect(figures.byMonth.every((m: { responses: number }) => m.responses > 0)).toBe(true);
    expect(figures.responses).toBe(stored.responses.filter((r) => r.service_id === `${DEMO_SERVICE_PREFIX}erfbelasting-aangifte`).length);
    const satisfied = (months: string[]) => {
      const rows = figures.byMonth.filter((m: { month: string }) => months.includes(m.month));
      return rows.reduce((sum: number, m: { satisfied: number }) => sum + m.satisfied, 0) / rows.length;
    };
    const before = satisfied(['2025-06', '2025-07']);
    const dip = satisfied(['2025-08', '2025-09', '2025-10']);
    const after = satisfied(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(dip).toBeLessThan(before - 10);
    expect(after).toBeGreaterThan(dip + 20);

    // Flagged for the dashboard; the real organisations are not.
    const organisations = (await admin('/v1/organisations')).json().organisations as { id: string; demo: boolean }[];
    expect(organisations.filter((o) => o.demo).map((o) => o.id)).toEqual([DEMO_ORGANISATION.id]);
    expect(organisations.length).toBeGreaterThan(1);
    // Loaded once: a second load adds nothing.
    expect(await loadDemoData(db, { timezone: TIMEZONE, now: NOW })).toBeNull();
    expect(await dataOf(db, services)).toEqual(live);
  });

  it('remove deletes the demo organisation with all of its data, and nothing else', async () => {
    await start();
    const db = t.database.db;
    await realFeedback();
    const real = await dataOf(db, REAL_SERVICES);
    const realServices = await db.selectFrom('services').selectAll().orderBy('id').execute();
    const realOrganisations = await db.selectFrom('organisations').selectAll().orderBy('id').execute();
    const tokens = await db.selectFrom('api_tokens').selectAll().orderBy('id').execute();

    const loaded = (await loadDemoData(db, { timezone: TIMEZONE, now: NOW }))!;
    const services = await demoServiceIds(db);
    await realFeedback();
    const realAfterMore = await dataOf(db, REAL_SERVICES);
    expect(realAfterMore.responses).toHaveLength(real.responses.length + 1);
    // Someone tried the demo: a note on one of its services and an alert subscription.
    await insertAnnotation(db, services[0]!, '2026-03-01', 'versie 3.2: opladen hersteld');
    await insertAlertSubscription(db, {
      organisationId: DEMO_ORGANISATION.id,
      channel: 'email',
      url: null,
      email: 'team@example.org',
      events: ['digest.weekly'],
      services: null,
      language: 'nl',
      includeRemarks: false,
      secret: null,
    });

    const removed = await removeDemoData(db);
    expect(removed).toEqual({ organisations: 1, services: 5, responses: loaded.responses, keptOrganisations: [] });
    expect(await hasDemoData(db)).toBe(false);
    expect(await dataOf(db, services)).toEqual({ responses: [], daily: [], monthly: [], displays: [] });
    // Everything real is as it was, including what came in while the demo data was there.
    expect(await dataOf(db, REAL_SERVICES)).toEqual(realAfterMore);
    expect(await db.selectFrom('services').selectAll().orderBy('id').execute()).toEqual(realServices);
    expect(await db.selectFrom('organisations').selectAll().orderBy('id').execute()).toEqual(realOrganisations);
    expect(await db.selectFrom('api_tokens').selectAll().orderBy('id').execute()).toEqual(tokens);
    expect(await db.selectFrom('annotations').selectAll().where('service_id', 'in', services).execute()).toEqual([]);
    expect(await db.selectFrom('alert_subscriptions').selectAll().where('organisation_id', '=', DEMO_ORGANISATION.id).execute()).toEqual(
      [],
    );
    expect(await removeDemoData(db)).toEqual({ organisations: 0, services: 0, responses: 0, keptOrganisations: [] });
  });

  it('does not make a database less empty: the sample services are still imported on a first start after `demo load`', async () => {
    const database = await openTestDatabase(kind);
    try {
      await loadDemoData(database.db, { timezone: TIMEZONE, now: NOW });
      expect(await seedIfEmpty(database.db)).toBe(true);
      expect(await seedIfEmpty(database.db)).toBe(false);
      const sample = await database.db.selectFrom('services').select('id').where('id', '=', 'groeipakket-aanvragen').execute();
      expect(sample).toHaveLength(1);
      // The server's own change is audited as the system, not as a person or the command line.
      const rows = await database.db
        .selectFrom('audit_log')
        .select(['via', 'actor'])
        .where('target_id', '=', 'groeipakket-aanvragen')
        .execute();
      expect(rows).toEqual([{ via: 'system', actor: 'system: first start, sample services' }]);
    } finally {
      await database.close();
    }
  });

  it('keeps a demo organisation that a token was made for, without its services', async () => {
    await start();
    const db = t.database.db;
    await loadDemoData(db, { timezone: TIMEZONE, now: NOW });
    await createToken(db, { name: 'demo analyst', organisationId: DEMO_ORGANISATION.id });
    const removed = await removeDemoData(db);
    expect(removed).toMatchObject({ organisations: 0, services: 5, keptOrganisations: [DEMO_ORGANISATION.id] });
    expect(await demoServiceIds(db)).toEqual([]);
    expect(await db.selectFrom('api_tokens').select('name').where('organisation_id', '=', DEMO_ORGANISATION.id).execute()).toEqual([
      { name: 'demo analyst' },
    ]);
  });
});

describe.each(BACKENDS)('pnpm cli demo load / remove on %s', (kind) => {
  const { cli, open } = useCliDatabase(kind);

  // Four CLI processes, each opening (and for PGlite, starting) its database.
  it('loads the demo year into the database on request and removes it again', { timeout: 120_000 }, async () => {
    const load = await cli('demo', 'load');
    expect(load.stdout).toMatch(/Loaded \d+ demo responses .* in 5 services of "Demo: Vlaamse Belastingdienst"/);
    await expect(cli('demo', 'load')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('loaded already') });
    let database = open();
    try {
      expect(await hasDemoData(database.db)).toBe(true);
      expect(await demoServiceIds(database.db)).toHaveLength(5);
    } finally {
      await database.close();
    }
    const remove = await cli('demo', 'remove');
    expect(remove.stdout).toMatch(/Removed the demo data: 1 organisation\(s\), 5 services and \d+ responses/);
    database = open();
    try {
      expect(await hasDemoData(database.db)).toBe(false);
      expect(await database.db.selectFrom('responses').select('id').execute()).toEqual([]);
      expect(await database.db.selectFrom('response_rollups_daily').select('service_id').execute()).toEqual([]);
    } finally {
      await database.close();
    }
  });
});
