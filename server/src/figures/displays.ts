import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.js';
import { statementTemplate, templateBuilder } from '../db/prepared-statements.js';
import type { DayPeriod } from '../kernel/calendar.js';

/**
 * Counts one showing of the widget on today's local day (or on the local day of `at`:
 * internal, for tests and the benchmark). Nothing about the visitor is kept. The
 * per-service, per-day row is itself the roll-up of displays.
 */
export async function countDisplay(db: Kysely<Database>, serviceId: string, timezone: string, at?: Date): Promise<void> {
  const instant = at ? sql`${at.toISOString()}::timestamptz` : sql`now()`;
  await db
    .insertInto('display_counts')
    .values({ service_id: serviceId, day: sql<string>`(${instant} AT TIME ZONE ${timezone})::date`, count: 1 })
    .onConflict((oc) => oc.columns(['service_id', 'day']).doUpdateSet({ count: sql<number>`display_counts.count + 1` }))
    .execute();
}

/** The statement of countDisplayIfAllowed, per shape (origin to check or not): built once, then filled in. */
const countStatement = (checkOrigin: boolean) =>
  statementTemplate<'serviceId' | 'origin' | 'timezone', { active: boolean; counted: boolean }>(['serviceId', 'origin', 'timezone'], (p) =>
    (templateBuilder as unknown as Kysely<any>)
      .with('svc', (qc) =>
        qc.selectFrom('services').select(['id', 'active', 'allowed_origins']).where('id', '=', sql`${p.serviceId}::text`),
      )
      .with('counted', (qc) =>
        qc
          .insertInto('display_counts')
          .columns(['service_id', 'day', 'count'])
          .expression(
            qc
              .selectFrom('svc')
              .select([
                sql`${sql.ref('svc.id')}`.as('service_id'),
                sql`(now() AT TIME ZONE ${p.timezone}::text)::date`.as('day'),
                sql.lit(1).as('count'),
              ])
              .where('svc.active', '=', sql.lit(true))
              .$if(checkOrigin, (q) => q.where(sql<boolean>`${p.origin}::text = ANY(${sql.ref('svc.allowed_origins')})`)),
          )
          .onConflict((oc) => oc.columns(['service_id', 'day']).doUpdateSet({ count: sql<number>`display_counts.count + 1` }))
          .returning('service_id'),
      )
      .selectFrom('svc')
      .select(['svc.active', sql<boolean>`EXISTS (SELECT 1 FROM counted)`.as('counted')]),
  );
const countStatements = { withOrigin: countStatement(true), withoutOrigin: countStatement(false) };

/**
 * POST /v1/displays in one round trip: counts one showing when the service is active and
 * allows the browser origin (null: none to check), in the statement that reads the
 * service. Returns what the caller needs to explain a refusal: whether the service is
 * active (null: unknown) and whether the display was counted.
 */
export async function countDisplayIfAllowed(
  db: Kysely<Database>,
  serviceId: string,
  origin: string | null,
  timezone: string,
): Promise<{ active: boolean | null; counted: boolean }> {
  const statement = origin === null ? countStatements.withoutOrigin : countStatements.withOrigin;
  const { rows } = await db.executeQuery(statement({ serviceId, origin, timezone }));
  const row = rows[0];
  return row ? { active: row.active, counted: row.counted } : { active: null, counted: false };
}

export interface DisplayRow {
  service_id: string;
  /** First day of the local month. */
  month: string;
  displays: number;
}

/** Displays per service and local month within a period. */
export async function displayTotals(db: Kysely<Database>, serviceIds: readonly string[], period: DayPeriod): Promise<DisplayRow[]> {
  if (serviceIds.length === 0) return [];
  return db
    .selectFrom('display_counts')
    .select((s) => ['service_id', sql<string>`date_trunc('month', day)::date`.as('month'), s.fn.sum<number>('count').as('displays')])
    .where('service_id', 'in', serviceIds)
    .where('day', '>=', period.from)
    .where('day', '<=', period.to)
    .groupBy(['service_id', sql`date_trunc('month', day)`])
    .execute();
}
