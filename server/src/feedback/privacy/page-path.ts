import { PAGE_MAX_LENGTH } from '@feedbackinstrument/shared/constants';

/**
 * Keeps only the path of a page: no scheme, host, query string or fragment, which can
 * carry identifiers of the person. Returns null when nothing usable is left.
 */
export function pagePath(page: string | undefined): string | null {
  if (page === undefined) return null;
  let path: string;
  try {
    path = new URL(page, 'http://path.invalid').pathname;
  } catch {
    return null;
  }
  if (!path.startsWith('/')) return null;
  return path.slice(0, PAGE_MAX_LENGTH);
}
