import { LANGUAGES, LEVELS, type Language } from '@feedbackinstrument/shared/constants';
import { PUBLIC_MIN_RESPONSES } from '@feedbackinstrument/shared';
import { escapeHtml } from '../kernel/escape.js';
import { pageShell } from '../kernel/page-shell.js';
import type { OpenFigures, OpenService } from './open-figures.js';
import { Format, collator, nameIn } from './open-format.js';
import { OPEN_MESSAGES } from './open-messages.js';
import { FIRST_OPEN_YEAR, OPEN_PAGE_SIZE, OPEN_SORTS, overviewHref, serviceHref, type OpenQuery } from './open-query.js';
import { pageCount, selectServices } from './open-selection.js';
import { figureList, groupedServices, monthFigure, serviceCard } from './open-service-html.js';
import { OPEN_CSS_HREF } from './open-style.js';

// The public /open pages, rendered on the server: plain HTML that works without JavaScript,
// every text escaped (service names and query strings included), charts as inline SVG from
// shared/src/charts, each with a data table.

const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' };

interface Layout {
  lang: Language;
  title: string;
  /** The same page in another language. */
  hrefIn: (lang: Language) => string;
  body: string;
}

function layout({ lang, title, hrefIn, body }: Layout): string {
  const t = OPEN_MESSAGES[lang];
  const languages = LANGUAGES.map(
    (l) =>
      `<li><a href="${escapeHtml(hrefIn(l))}" lang="${l}" hreflang="${l}"${l === lang ? ' aria-current="true"' : ''}>${LANGUAGE_NAMES[l]}</a></li>`,
  ).join('');
  return pageShell({
    lang,
    title,
    stylesheet: { href: OPEN_CSS_HREF },
    head: LANGUAGES.map((l) => `<link rel="alternate" hreflang="${l}" href="${escapeHtml(hrefIn(l))}">`).join('\n'),
    skipLink: t.skip,
    header: `<header class="site">
<p class="brand">Vlaanderen · feedbackinstrument</p>
<nav class="languages" aria-label="${escapeHtml(t.languages)}"><ul>${languages}</ul></nav>
</header>`,
    main: body,
  });
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escapeHtml(value)}"${selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
}

function filterForm(figures: OpenFigures, q: OpenQuery, thisYear: number, f: Format): string {
  const t = f.t;
  const years: number[] = [];
  for (let y = thisYear; y >= Math.max(FIRST_OPEN_YEAR, thisYear - 9); y -= 1) years.push(y);
  if (!years.includes(q.year)) years.push(q.year);
  const domains = [...new Set(figures.services.map((s) => s.organisation.policyDomain).filter((d): d is string => d !== null))].sort(
    collator(q.lang).compare,
  );
  const organisations = [...new Map(figures.services.map((s) => [s.organisation.id, s.organisation.name])).entries()].sort(([, a], [, b]) =>
    collator(q.lang).compare(a, b),
  );
  const select = (name: string, label: string, options: string) =>
    `<div><label for="f-${name}">${escapeHtml(label)}</label><select id="f-${name}" name="${name}">${options}</select></div>`;
  return `<form class="filters" method="get" action="/open" aria-labelledby="filters-h">
<h2 id="filters-h">${escapeHtml(t.filters)}</h2>
${q.lang !== 'nl' ? `<input type="hidden" name="lang" value="${q.lang}">` : ''}
${select('year', t.year, years.map((y) => option(String(y), String(y), y === q.year)).join(''))}
${select('level', t.level, option('', t.allLevels, q.level === null) + LEVELS.map((l) => option(l, t.levels[l], l === q.level)).join(''))}
${select('domain', t.policyDomain, option('', t.allDomains, q.domain === null) + domains.map((d) => option(d, d, d === q.domain)).join(''))}
${select('organisation', t.organisation, option('', t.allOrganisations, q.organisation === null) + organisations.map(([id, name]) => option(id, name, id === q.organisation)).join(''))}
<div><label for="f-q">${escapeHtml(t.search)}</label><input id="f-q" name="q" type="search" maxlength="100" value="${escapeHtml(q.q ?? '')}"></div>
${select('sort', t.sort, OPEN_SORTS.map((s) => option(s, t.sortOptions[s], s === q.sort)).join(''))}
<div><button type="submit">${escapeHtml(t.show)}</button></div>
</form>`;
}

function downloads(year: number, f: Format): string {
  const t = f.t;
  return `<section class="downloads" aria-labelledby="downloads-h">
<h2 id="downloads-h">${escapeHtml(t.downloads)}</h2>
<ul class="downloads">
<li><a href="/open/figures.csv?year=${year}" download>${escapeHtml(t.csv)}</a></li>
<li><a href="/v1/public/figures?year=${year}">${escapeHtml(t.json)}</a></li>
<li><a href="/open/dcat.jsonld">${escapeHtml(t.dcat)}</a></li>
</ul>
</section>`;
}

function about(f: Format): string {
  const t = f.t;
  return `<section class="about" aria-labelledby="about-h">
<h2 id="about-h">${escapeHtml(t.about)}</h2>
<p>${escapeHtml(t.aboutText(PUBLIC_MIN_RESPONSES))}</p>
<dl class="definitions">${t.definitions.map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`).join('')}</dl>
</section>`;
}

/** GET /open: the published services the filters let through, one page of them. */
export function overviewPage(figures: OpenFigures, q: OpenQuery, thisYear: number): string {
  const t = OPEN_MESSAGES[q.lang];
  const f = new Format(t);
  const all = selectServices(figures, q);
  const pages = pageCount(all.length);
  const services = all.slice((q.page - 1) * OPEN_PAGE_SIZE, q.page * OPEN_PAGE_SIZE);
  const list =
    services.length === 0
      ? `<p>${escapeHtml(t.nothingFound)}</p>`
      : q.sort === 'name'
        ? groupedServices(services, q, thisYear, f)
        : `<section aria-labelledby="all-h"><h2 id="all-h">${escapeHtml(t.allServices)}</h2><div class="services">${services.map((s) => serviceCard(s, q, thisYear, 3, true, f)).join('\n')}</div></section>`;
  const pager =
    pages <= 1
      ? ''
      : `<nav class="pager" aria-label="${escapeHtml(t.pages)}"><p>${escapeHtml(t.pageOf(q.page, pages))}</p><ul>${
          q.page > 1
            ? `<li><a rel="prev" href="${escapeHtml(overviewHref(q, thisYear, { page: q.page - 1 }))}">${escapeHtml(t.previousPage)}</a></li>`
            : ''
        }${q.page < pages ? `<li><a rel="next" href="${escapeHtml(overviewHref(q, thisYear, { page: q.page + 1 }))}">${escapeHtml(t.nextPage)}</a></li>` : ''}</ul></nav>`;
  const body = `<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro(PUBLIC_MIN_RESPONSES))}</p>
<p>${escapeHtml(t.period(f.day(figures.period.from), f.day(figures.period.to)))}</p>
${filterForm(figures, q, thisYear, f)}
<p class="count" role="status">${escapeHtml(t.found(all.length))}</p>
${list}
${pager}
${downloads(q.year, f)}
${about(f)}`;
  return layout({ lang: q.lang, title: `${t.title} (${q.year})`, hrefIn: (lang) => overviewHref(q, thisYear, { lang }), body });
}

/** GET /open/services/:id: one published service. */
export function servicePage(figures: OpenFigures, service: OpenService, q: OpenQuery, thisYear: number): string {
  const t = OPEN_MESSAGES[q.lang];
  const f = new Format(t);
  const name = nameIn(service, q.lang);
  const content = service.suppressed
    ? `<p class="suppressed">${escapeHtml(t.tooFew(PUBLIC_MIN_RESPONSES))}</p>`
    : `${figureList(service, f, true)}${monthFigure(service, service.byMonth!, q.year, q.lang, f, true)}`;
  const body = `<p><a href="${escapeHtml(overviewHref(q, thisYear))}">${escapeHtml(t.backToOverview)}</a></p>
<h1>${escapeHtml(t.serviceTitle(name))}</h1>
<p class="org">${escapeHtml(service.organisation.name)} · ${escapeHtml(t.levels[service.organisation.level])}${service.organisation.policyDomain ? ` · ${escapeHtml(service.organisation.policyDomain)}` : ''}</p>
<p>${escapeHtml(t.period(f.day(figures.period.from), f.day(figures.period.to)))}</p>
${content}
${downloads(q.year, f)}
${about(f)}`;
  return layout({
    lang: q.lang,
    title: `${t.serviceTitle(name)} (${q.year})`,
    hrefIn: (lang) => serviceHref(service.id, lang, q.year, thisYear),
    body,
  });
}

/** A 400 or 404 page in the page's language: what went wrong and the way back. */
export function openErrorPage(status: 400 | 404, lang: Language): string {
  const t = OPEN_MESSAGES[lang];
  const body = `<h1>${escapeHtml(t.errorTitle(status))}</h1>
<p>${escapeHtml(status === 404 ? t.notFound : t.badRequest)}</p>
<p><a href="${lang === 'nl' ? '/open' : `/open?lang=${lang}`}">${escapeHtml(t.backToOverview)}</a></p>`;
  return layout({ lang, title: t.errorTitle(status), hrefIn: (l) => (l === 'nl' ? '/open' : `/open?lang=${l}`), body });
}
