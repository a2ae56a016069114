import { LANGUAGES, LEVELS, type Language } from '@feedbackinstrument/shared/constants';
import { PUBLIC_MIN_RESPONSES, dataTable, monthlyChart, numberFormat, type ChartLanguage } from '@feedbackinstrument/shared';
import { escapeHtml } from '../kernel/escape.js';
import { pageShell } from '../kernel/page-shell.js';
import type { OpenFigures, OpenMonth, OpenService } from './open-figures.js';
import { OPEN_MESSAGES, type OpenMessages } from './open-messages.js';
import { FIRST_OPEN_YEAR, OPEN_PAGE_SIZE, OPEN_SORTS, overviewHref, serviceHref, type OpenQuery } from './open-query.js';
import { OPEN_CSS_HREF } from './open-style.js';

// The public /open pages, rendered on the server: plain HTML that works without JavaScript,
// every text escaped (service names and query strings included), charts as inline SVG from
// shared/src/charts, each with a data table.

const LANGUAGE_NAMES: Record<Language, string> = { nl: 'Nederlands', fr: 'Français', en: 'English', de: 'Deutsch' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/** Numbers, shares and dates in the page's language (formatters made once and reused). */
class Format {
  constructor(readonly t: OpenMessages) {}
  number(value: number, decimals = 0): string {
    return numberFormat(this.t.locale, decimals).format(value);
  }
  percent(value: number | null): string {
    return value === null ? '–' : `${this.number(value, 1)}\u00a0%`;
  }
  points(value: number): string {
    const text = this.number(Math.abs(value), 1);
    return this.t.changeValue(value > 0 ? `+${text}` : value < 0 ? `−${text}` : text);
  }
  day(day: string): string {
    return dateFormat(this.t.locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${day}T00:00:00Z`));
  }
  month(month: string, style: 'short' | 'long'): string {
    return dateFormat(this.t.locale, style === 'long' ? { month: 'long', year: 'numeric' } : { month: 'short' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  }
}

// One collator per language: localeCompare(…, locale) would make a new one for every comparison.
const collators = new Map<Language, Intl.Collator>();
function collator(lang: Language): Intl.Collator {
  let c = collators.get(lang);
  if (!c) {
    c = new Intl.Collator(lang);
    collators.set(lang, c);
  }
  return c;
}

const nameIn = (service: OpenService, lang: Language) => service.name[lang] ?? service.name.nl;

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

function chartLanguage(t: OpenMessages): ChartLanguage {
  return { locale: t.locale, responses: t.chartResponses, noResponses: t.chartNoResponses };
}

function monthFigure(
  service: OpenService,
  months: readonly OpenMonth[],
  year: number,
  lang: Language,
  f: Format,
  tableOpen: boolean,
): string {
  const t = f.t;
  const name = nameIn(service, lang);
  const chart = monthlyChart({
    id: `chart-${service.id}`,
    title: t.chartTitle(name, year),
    months: months.map((m) => ({
      label: f.month(m.month, 'short'),
      satisfied: m.satisfied ?? 0,
      neutral: m.neutral ?? 0,
      dissatisfied: m.dissatisfied ?? 0,
      ...(m.satisfied === null && { countOnly: m.responses }),
    })),
    legend: t.legend,
    language: chartLanguage(t),
    width: 640,
    height: 220,
  });
  const table = dataTable({
    caption: t.monthTable(name, year),
    headers: [t.month, t.responses, t.satisfiedCount, t.neutralCount, t.dissatisfiedCount, t.satisfiedShare],
    rows: months.map((m) => [
      f.month(m.month, 'long'),
      f.number(m.responses),
      m.satisfied === null ? '–' : f.number(m.satisfied),
      m.neutral === null ? '–' : f.number(m.neutral),
      m.dissatisfied === null ? '–' : f.number(m.dissatisfied),
      m.satisfied === null || m.responses === 0 ? '–' : f.percent(Math.round((1000 * m.satisfied) / m.responses) / 10),
    ]),
  });
  // A wide table scrolls on its own at 320 px; the region can take focus, so a keyboard can scroll it.
  const wrapped = `<div class="table-wrap" role="region" tabindex="0" aria-label="${escapeHtml(t.monthTable(name, year))}">${table}</div>`;
  return `<figure><figcaption>${escapeHtml(t.chartTitle(name, year))}. ${escapeHtml(t.chartNote)}</figcaption>${chart}</figure>
${tableOpen ? wrapped : `<details><summary>${escapeHtml(t.monthTable(name, year))}</summary>${wrapped}</details>`}`;
}

function figureList(service: OpenService, f: Format, detailed: boolean): string {
  const t = f.t;
  const s = service.figures!;
  // [term, value, value is a sentence rather than a number]
  const items: [string, string, boolean?][] = [
    [t.responses, f.number(s.responses)],
    [t.satisfied, f.percent(s.satisfied)],
    [t.margin, s.satisfiedInterval ? `${f.number(s.satisfiedInterval.low, 1)}–${f.percent(s.satisfiedInterval.high)}` : '–'],
    [t.change, service.change === null ? t.noChange : f.points(service.change), service.change === null],
  ];
  if (detailed)
    items.push(
      [t.mean, s.mean === null ? '–' : f.number(s.mean, 2)],
      [t.dissatisfied, f.percent(s.dissatisfied)],
      [t.lastYear, f.percent(service.previousSatisfied)],
    );
  return `<dl class="figures">${items.map(([term, value, sentence]) => `<div><dt>${escapeHtml(term)}</dt><dd${sentence ? ' class="sentence"' : ''}>${escapeHtml(value)}</dd></div>`).join('')}</dl>`;
}

function serviceCard(service: OpenService, q: OpenQuery, thisYear: number, heading: number, showOrganisation: boolean, f: Format): string {
  const name = nameIn(service, q.lang);
  const id = `service-${service.id}`;
  const body = service.suppressed
    ? `<p class="suppressed">${escapeHtml(f.t.tooFew(PUBLIC_MIN_RESPONSES))}</p>`
    : `${figureList(service, f, false)}${monthFigure(service, service.byMonth!, q.year, q.lang, f, false)}`;
  return `<article class="service" aria-labelledby="${escapeHtml(id)}">
<h${heading} id="${escapeHtml(id)}"><a href="${escapeHtml(serviceHref(service.id, q.lang, q.year, thisYear))}">${escapeHtml(name)}</a></h${heading}>
${showOrganisation ? `<p class="org">${escapeHtml(service.organisation.name)}</p>` : ''}
${body}
</article>`;
}

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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function groupedServices(services: OpenService[], q: OpenQuery, thisYear: number, f: Format): string {
  const t = f.t;
  const parts: string[] = [];
  for (const level of LEVELS) {
    const ofLevel = services.filter((s) => s.organisation.level === level);
    if (ofLevel.length === 0) continue;
    parts.push(`<section aria-labelledby="level-${level}"><h2 id="level-${level}">${escapeHtml(t.levels[level])}</h2>`);
    // The services come in the order of the groups (selectServices), so groups keep it.
    for (const [domain, ofDomain] of groupBy(ofLevel, (s) => s.organisation.policyDomain ?? '')) {
      parts.push(`<h3>${escapeHtml(domain === '' ? t.noPolicyDomain : domain)}</h3>`);
      for (const [, ofOrganisation] of groupBy(ofDomain, (s) => s.organisation.id)) {
        parts.push(`<h4>${escapeHtml(ofOrganisation[0]!.organisation.name)}</h4>`);
        parts.push(`<div class="services">${ofOrganisation.map((s) => serviceCard(s, q, thisYear, 5, false, f)).join('\n')}</div>`);
      }
    }
    parts.push('</section>');
  }
  return parts.join('\n');
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

/** How many pages a list of `count` services takes (at least 1, for "nothing found"). */
export const pageCount = (count: number) => Math.max(1, Math.ceil(count / OPEN_PAGE_SIZE));

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
