// The app's URLs under /dashboard/ and how to go to one. The server answers every such path
// with the app, so each view has a real URL that can be bookmarked, shared and reloaded.
// Which page a URL shows is the app's business (app/router.ts).

export const BASE = '/dashboard/';

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
