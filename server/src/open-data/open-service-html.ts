import type { Language } from '@feedbackinstrument/shared/constants';
import { LEVELS } from '@feedbackinstrument/shared/constants';
import { PUBLIC_MIN_RESPONSES, dataTable, monthlyChart, type ChartLanguage } from '@feedbackinstrument/shared';
import { escapeHtml } from '../kernel/escape.js';
import type { OpenMonth, OpenService } from './open-figures.js';
import { nameIn, type Format } from './open-format.js';
import type { OpenMessages } from './open-messages.js';
import { serviceHref, type OpenQuery } from './open-query.js';

// A published service on the /open pages: its figures, its monthly chart with a data table,
// its card in the overview, and the overview's groups (level, policy domain, organisation).

function chartLanguage(t: OpenMessages): ChartLanguage {
  return { locale: t.locale, responses: t.chartResponses, noResponses: t.chartNoResponses };
}

export function monthFigure(
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

export function figureList(service: OpenService, f: Format, detailed: boolean): string {
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

export function serviceCard(
  service: OpenService,
  q: OpenQuery,
  thisYear: number,
  heading: number,
  showOrganisation: boolean,
  f: Format,
): string {
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

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

export function groupedServices(services: OpenService[], q: OpenQuery, thisYear: number, f: Format): string {
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
