import { SIGN_IN_ERRORS, type SignInError } from '@feedbackinstrument/shared';

// Client-side routes under /dashboard/. The server answers every such path with the app,
// so each view has a real URL that can be bookmarked, shared and reloaded.

export const BASE = '/dashboard/';

export type Route =
  | { name: 'overview'; year: number | null; organisation: string | null }
  | { name: 'service'; serviceId: string; year: number | null }
  | { name: 'alerts' }
  | { name: 'sign-in'; error: SignInError | null }
  | { name: 'no-access'; reason: string | null; organisation: string | null }
  | { name: 'manage'; organisation: string | null }
  | { name: 'service-form'; serviceId: string | null; organisation: string | null }
  | { name: 'embed'; serviceId: string }
  | { name: 'installation'; serviceId: string }
  | { name: 'tokens'; organisation: string | null }
  | { name: 'audit'; organisation: string | null }
  | { name: 'not-found' };

const yearOf = (value: string | null): number | null => {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null;
};

export function parseRoute(url: URL): Route {
  const path = url.pathname.startsWith(BASE) ? url.pathname.slice(BASE.length).replace(/\/$/, '') : null;
  const params = url.searchParams;
  if (path === null) return { name: 'not-found' };
  if (path === '') return { name: 'overview', year: yearOf(params.get('year')), organisation: params.get('organisation') };
  if (path === 'sign-in') {
    const error = params.get('error');
    return { name: 'sign-in', error: (SIGN_IN_ERRORS as readonly string[]).includes(error ?? '') ? (error as SignInError) : null };
  }
  if (path === 'alerts') return { name: 'alerts' };
  if (path === 'no-access') return { name: 'no-access', reason: params.get('reason'), organisation: params.get('organisation') };
  if (path === 'manage') return { name: 'manage', organisation: params.get('organisation') };
  if (path === 'manage/new') return { name: 'service-form', serviceId: null, organisation: params.get('organisation') };
  if (path === 'tokens') return { name: 'tokens', organisation: params.get('organisation') };
  if (path === 'audit') return { name: 'audit', organisation: params.get('organisation') };
  const managed = /^manage\/services\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/(embed|installation))?$/.exec(path);
  if (managed) {
    const serviceId = managed[1]!;
    if (managed[2] === 'embed') return { name: 'embed', serviceId };
    if (managed[2] === 'installation') return { name: 'installation', serviceId };
    return { name: 'service-form', serviceId, organisation: null };
  }
  const service = /^services\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(path);
  if (service) return { name: 'service', serviceId: service[1]!, year: yearOf(params.get('year')) };
  return { name: 'not-found' };
}

export function overviewHref(year: number | null, organisation: string | null): string {
  const params = new URLSearchParams();
  if (year !== null) params.set('year', String(year));
  if (organisation) params.set('organisation', organisation);
  const search = params.toString();
  return `${BASE}${search ? `?${search}` : ''}`;
}

export const alertsHref = `${BASE}alerts`;

export const serviceHref = (serviceId: string, year: number | null) =>
  `${BASE}services/${encodeURIComponent(serviceId)}${year !== null ? `?year=${year}` : ''}`;

/** The self-service pages: a service's settings, its embed page and its installation check. */
export const manageHref = (organisation: string | null = null) =>
  `${BASE}manage${organisation ? `?organisation=${encodeURIComponent(organisation)}` : ''}`;
export const newServiceHref = (organisation: string | null) =>
  `${BASE}manage/new${organisation ? `?organisation=${encodeURIComponent(organisation)}` : ''}`;
export const manageServiceHref = (serviceId: string, part: 'settings' | 'embed' | 'installation' = 'settings') =>
  `${BASE}manage/services/${encodeURIComponent(serviceId)}${part === 'settings' ? '' : `/${part}`}`;
export const tokensHref = (organisation: string | null = null) =>
  `${BASE}tokens${organisation ? `?organisation=${encodeURIComponent(organisation)}` : ''}`;
export const auditHref = (organisation: string | null = null) =>
  `${BASE}audit${organisation ? `?organisation=${encodeURIComponent(organisation)}` : ''}`;

/** Fired on window after the app changed its URL itself; `detail.moveFocus` says whether the new view takes focus. */
export const NAVIGATED = 'fi-navigated';

/**
 * Goes to another view of the app. A link moves focus to the new page's heading; a
 * choice on the page (year, organisation) keeps focus where the user is.
 */
export function navigate(href: string, options: { replace?: boolean; keepFocus?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.dispatchEvent(new CustomEvent(NAVIGATED, { detail: { moveFocus: !options.keepFocus } }));
}

/** Same-app links are followed without reloading the page (plain clicks only). */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest?.('a');
    if (!link || link.target || link.hasAttribute('download') || link.dataset.reload !== undefined) return;
    const url = new URL(link.href, location.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(BASE) || url.pathname.startsWith(`${BASE}auth/`)) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}
