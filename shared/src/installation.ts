// The installation check of a service (GET /v1/services/:serviceId/installation).
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const RefusedByDay = z.array(z.object({ day: Day, count: z.number().int().positive() }));

/** At most this many origins the service never saw are recorded per local day when refused; the rest count as "other origins". */
export const INSTALLATION_NEW_REFUSED_PER_DAY = 20;
/** Origins per page of the installation check, unless `pageSize` says otherwise (at most INSTALLATION_MAX_PAGE_SIZE). */
export const INSTALLATION_PAGE_SIZE = 50;
export const INSTALLATION_MAX_PAGE_SIZE = 200;

export const InstallationOrigin = z
  .object({
    origin: z.string().meta({ description: 'The embedding origin (scheme://host:port); nothing else of the page or the person.' }),
    allowed: z.boolean().meta({ description: "Whether the service's allowedOrigins has this origin now." }),
    lastShownDay: Day.nullable().meta({
      description: 'The last local (Brussels) day the widget was shown there; null: never, or not in the last ~400 days.',
    }),
    lastAnsweredDay: Day.nullable().meta({ description: 'The last local day someone answered there.' }),
    refusedByDay: RefusedByDay.meta({
      description:
        'Attempts to send feedback from this origin that were refused because it is not allowed, per local day of the last 30 days, newest first.',
    }),
  })
  .meta({ id: 'InstallationOrigin' });
export type InstallationOrigin = z.infer<typeof InstallationOrigin>;

export const InstallationQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(10_000).default(1).meta({ description: 'The page, from 1.' }),
    pageSize: z.coerce
      .number()
      .int()
      .min(1)
      .max(INSTALLATION_MAX_PAGE_SIZE)
      .default(INSTALLATION_PAGE_SIZE)
      .meta({ description: 'Origins per page (1–200, default 50).' }),
  })
  .strict();

export const Installation = z
  .object({
    origins: z.array(InstallationOrigin).meta({
      description: 'This page of the origins: the allowed ones first (in the service\u2019s order), then the others seen, by origin.',
    }),
    otherOrigins: z.object({ refusedByDay: RefusedByDay }).meta({
      description:
        `Refused attempts from origins never seen before, once ${INSTALLATION_NEW_REFUSED_PER_DAY} such origins had a row of their own that day: ` +
        'counted together, per local day of the last 30 days (anyone can send any Origin header, so their number is bounded). The same on every page.',
    }),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0).meta({ description: 'How many origins there are on all pages together.' }),
    nextPage: z.number().int().min(2).nullable().meta({ description: 'The next page, or null on the last.' }),
  })
  .meta({ id: 'Installation' });
export type Installation = z.infer<typeof Installation>;
