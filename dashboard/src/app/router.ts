import { SIGN_IN_ERRORS, type SignInError } from '@feedbackinstrument/shared';
import { BASE } from '../kernel/links.js';

// Which view each URL under /dashboard/ shows (the links themselves are in kernel/links.ts).

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
