// The installation check of a service (GET /v1/services/:serviceId/installation).
import { z } from 'zod';

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const InstallationOrigin = z
  .object({
    origin: z.string().meta({ description: 'The embedding origin (scheme://host:port); nothing else of the page or the person.' }),
    allowed: z.boolean().meta({ description: "Whether the service's allowedOrigins has this origin now." }),
    lastShownDay: Day.nullable().meta({ description: 'The last local (Brussels) day the widget was shown there; null: never, or not in the last ~400 days.' }),
    lastAnsweredDay: Day.nullable().meta({ description: 'The last local day someone answered there.' }),
    refusedByDay: z
      .array(z.object({ day: Day, count: z.number().int().positive() }))
      .meta({ description: 'Attempts to send feedback from this origin that were refused because it is not allowed, per local day of the last 30 days, newest first.' }),
  })
  .meta({ id: 'InstallationOrigin' });
export type InstallationOrigin = z.infer<typeof InstallationOrigin>;

export const Installation = z.object({ origins: z.array(InstallationOrigin) }).meta({ id: 'Installation' });
export type Installation = z.infer<typeof Installation>;
