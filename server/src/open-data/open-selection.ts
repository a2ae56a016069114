import { LEVELS } from '@feedbackinstrument/shared/constants';
import type { OpenFigures, OpenService } from './open-figures.js';
import { collator, nameIn } from './open-format.js';
import { OPEN_PAGE_SIZE, type OpenQuery } from './open-query.js';

// Which services the /open overview lists, in which order, on how many pages.

/** The services the filters let through, in the chosen order. */
export function selectServices(figures: OpenFigures, q: OpenQuery): OpenService[] {
  const needle = q.q?.toLocaleLowerCase('nl');
  const selected = figures.services.filter(
    (s) =>
      (q.level === null || s.organisation.level === q.level) &&
      (q.domain === null || s.organisation.policyDomain === q.domain) &&
      (q.organisation === null || s.organisation.id === q.organisation) &&
      (needle === undefined || Object.values(s.name).some((n) => n.toLocaleLowerCase('nl').includes(needle))),
  );
  const compare = collator(q.lang).compare;
  const byName = (a: OpenService, b: OpenService) => compare(nameIn(a, q.lang), nameIn(b, q.lang));
  // Withheld figures go last in every ranking: they are not "lowest".
  const ranked = (value: (s: OpenService) => number | null | undefined) => (a: OpenService, b: OpenService) => {
    const [x, y] = [value(a) ?? null, value(b) ?? null];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byName(a, b);
    return y - x || byName(a, b);
  };
  switch (q.sort) {
    case 'name':
      // In the order of the groups: level, policy domain (none last), organisation, service.
      return selected.sort(
        (a, b) =>
          LEVELS.indexOf(a.organisation.level) - LEVELS.indexOf(b.organisation.level) ||
          (a.organisation.policyDomain === null ? 1 : 0) - (b.organisation.policyDomain === null ? 1 : 0) ||
          compare(a.organisation.policyDomain ?? '', b.organisation.policyDomain ?? '') ||
          compare(a.organisation.name, b.organisation.name) ||
          a.organisation.id.localeCompare(b.organisation.id) ||
          byName(a, b),
      );
    case 'responses':
      return selected.sort(ranked((s) => s.figures?.responses));
    case 'satisfied':
      return selected.sort(ranked((s) => s.figures?.satisfied));
    case 'change':
      return selected.sort(ranked((s) => s.change));
  }
}

/** How many pages a list of `count` services takes (at least 1, for "nothing found"). */
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / OPEN_PAGE_SIZE));
