import { sql } from 'kysely';

// Rule: an item is stored, or attached to its stored response, only when its rate-limit hit
// is within the limit (rate-limit-hit.ts), its service is active (where the caller asked for
// that check) and the service allows its browser origin (or it came without one). Read
// against the item `i`, its service `s` and its hit `l`.

const ref = (c: string) => sql.ref(c);

/** The item's browser origin is one its service allows, or it has none. */
export const originAllowed = sql<boolean>`(${ref('i.origin')} IS NULL OR ${ref('i.origin')} = ANY(${ref('s.allowed_origins')}))`;

export const passesChecks = sql<boolean>`((${ref('i.rl_key')} IS NULL OR ${ref('l.position')} <= ${ref('i.rl_max')})
    AND (NOT ${ref('i.check_active')} OR ${ref('s.active')}) AND ${originAllowed})`;
