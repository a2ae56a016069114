// The rule for an allowed origin, without zod: the dashboard checks as the user types with
// the same function the API's schema uses, and the widget may import it without zod.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const ORIGIN_RULE =
  'an exact origin such as "https://www.gent.be": https (http only for localhost, 127.0.0.1 or [::1]), host and port only, no path or trailing slash';

/** Why a value is not an allowed origin, or null when it is one: `https://host[:port]`, or http on a loopback host. */
export function originProblem(value: string): 'not_a_url' | 'not_exact' | 'not_https' | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not_a_url';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'not_https';
  if (url.origin !== value) return 'not_exact';
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) return 'not_https';
  return null;
}

export const isAllowedOrigin = (value: string): boolean => originProblem(value) === null;
