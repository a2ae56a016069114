/**
 * What an onRequest hook demands of its caller. Auth hooks are marked with it, so the app can
 * tell a protected route from a public one by its hooks alone: the OpenAPI document derives
 * each operation's security and 401/403 answers from it, and the auth sweep test finds every
 * protected route, including those added later.
 *
 * - `authenticated`: any valid token or dashboard session; answers 401 without one.
 * - `restricted`: also checks who the caller is (admin, a role) and may answer 403.
 */
export type Access = 'authenticated' | 'restricted';

const ACCESS = Symbol('feedbackinstrument.access');

type Hook = (...args: never[]) => unknown;

/** Marks an auth hook with what it demands. Mark every new auth or role hook with it. */
export function demands<T extends Hook>(access: Access, hook: T): T {
  Object.defineProperty(hook, ACCESS, { value: access });
  return hook;
}

/** The strictest demand among a route's onRequest hooks; null for a public route. */
export function accessOf(hooks: unknown): Access | null {
  const list: unknown[] = Array.isArray(hooks) ? hooks : hooks ? [hooks] : [];
  let found: Access | null = null;
  for (const hook of list) {
    const access = (hook as { [ACCESS]?: Access } | null)?.[ACCESS];
    if (access === 'restricted') return access;
    if (access) found = access;
  }
  return found;
}
