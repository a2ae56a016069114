import type { Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { addDays, localDay } from '../kernel/calendar.js';
import { seedDashboardDemo } from './demo-year-generator.js';

// The demo data of a first start: a made-up organisation whose five services have a year
// of realistic feedback (remarks in Dutch and French that share recurring problems,
// follow-up answers, display counts, a dip and its recovery), so the dashboard, topics and
// reports show real shapes at once. Made by the generator of the dashboard tests, recorded
// through the write path of real feedback (so its roll-ups are exactly right), and flagged
// (organisations.demo) so the dashboard marks it and `pnpm cli demo remove` finds it.

export const DEMO_ORGANISATION = { id: 'demo-belastingdienst', name: 'Demo: Vlaamse Belastingdienst' } as const;
/** Before every demo service's id, so no real service id is taken. */
export const DEMO_SERVICE_PREFIX = 'demo-';

export interface DemoLoaded {
  organisation: { id: string; name: string };
  services: number;
  responses: number;
  /** The days with demo feedback (YYYY-MM-DD, both included). */
  from: string;
  to: string;
}

/**
 * Writes the demo year with the caller's transaction (demo/demo-changes.ts): from the
 * first day of the month a year ago up to yesterday (local days; nothing today or later, so
 * every response of today is a real one). Null when demo data is there already.
 */
export async function writeDemoData(trx: Kysely<Database>, options: { timezone: string; now?: Date }): Promise<DemoLoaded | null> {
  const today = localDay(options.now ?? new Date(), options.timezone);
  const to = addDays(today, -1);
  const from = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7)}-01`;
  if (await hasDemoData(trx)) return null;
  const { responses } = await seedDashboardDemo(trx, {
    year: Number(to.slice(0, 4)),
    from,
    until: to,
    story: 'rolling',
    organisation: DEMO_ORGANISATION,
    servicePrefix: DEMO_SERVICE_PREFIX,
    frenchShare: 0.15,
    timezone: options.timezone,
  });
  await trx.updateTable('organisations').set({ demo: true }).where('id', '=', DEMO_ORGANISATION.id).execute();
  const services = await trx.selectFrom('services').select('id').where('organisation_id', '=', DEMO_ORGANISATION.id).execute();
  return { organisation: { ...DEMO_ORGANISATION }, services: services.length, responses, from, to };
}

export async function hasDemoData(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('organisations').select('id').where('demo', '=', true).limit(1).executeTakeFirst()) !== undefined;
}

export interface DemoRemoved {
  organisations: number;
  services: number;
  responses: number;
  /** Demo organisations kept because API tokens were made for them (their services and data are gone). */
  keptOrganisations: string[];
}

/**
 * Deletes every demo organisation's services with their responses, roll-ups, display
 * counts, annotations and alert subscriptions, and the organisation itself, with the
 * caller's transaction (demo/demo-changes.ts); nothing of any other organisation. An
 * organisation that API tokens were made for stays (empty, still flagged), so no token is
 * deleted behind its owner's back.
 */
export async function deleteDemoData(trx: Kysely<Database>): Promise<DemoRemoved> {
  const organisations = (await trx.selectFrom('organisations').select('id').where('demo', '=', true).execute()).map((o) => o.id);
  if (organisations.length === 0) return { organisations: 0, services: 0, responses: 0, keptOrganisations: [] };
  const services = (await trx.selectFrom('services').select('id').where('organisation_id', 'in', organisations).execute()).map((s) => s.id);
  let responses = 0;
  if (services.length > 0) {
    // Roll-ups first: their rows are locked in the order every writer locks them.
    await trx.deleteFrom('response_rollups_daily').where('service_id', 'in', services).execute();
    await trx.deleteFrom('response_rollups_monthly').where('service_id', 'in', services).execute();
    await trx.deleteFrom('display_counts').where('service_id', 'in', services).execute();
    const counted = await trx
      .selectFrom('responses')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('service_id', 'in', services)
      .executeTakeFirstOrThrow();
    responses = Number(counted.n);
    await trx.deleteFrom('remark_terms').where('service_id', 'in', services).execute();
    await trx.deleteFrom('responses').where('service_id', 'in', services).execute();
    // Notes made on the demo services go with them (installation rows cascade).
    await trx.deleteFrom('annotations').where('service_id', 'in', services).execute();
    await trx.deleteFrom('services').where('id', 'in', services).execute();
  }
  // Alert subscriptions of a demo organisation are about its demo services only.
  await trx.deleteFrom('alert_subscriptions').where('organisation_id', 'in', organisations).execute();
  const withTokens = (
    await trx.selectFrom('api_tokens').select('organisation_id').distinct().where('organisation_id', 'in', organisations).execute()
  ).map((t) => t.organisation_id!);
  const removable = organisations.filter((id) => !withTokens.includes(id));
  if (removable.length > 0) await trx.deleteFrom('organisations').where('id', 'in', removable).execute();
  return { organisations: removable.length, services: services.length, responses, keptOrganisations: withTokens };
}
