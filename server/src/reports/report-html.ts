import {
  COMPLETED_LABELS_NL,
  CONTEXT_LABELS_NL,
  FIGURE_DEFINITIONS_NL,
  SCORE_LABELS_NL,
  dataTable,
  distributionChart,
  monthlyChart,
  placeAnnotations,
  type Annotation,
  type MonthFigures,
  type PeriodFigures,
  type Report,
  type ReportProblems,
  type SatisfactionFigures,
  type ServiceFigures,
} from '@feedbackinstrument/shared';
import { escapeHtml } from '../kernel/escape.js';
import { pageShell } from '../kernel/page-shell.js';
import { interval, longDate, monthLabel, num, pct, shortDate } from './report-format.js';
import { problemsHtml } from './report-problems-html.js';
import { REPORT_STYLE } from './report-style.js';

// A self-contained printable report (A4): no script, no external resource, every text
// escaped. Charts are inline SVG from shared/src/charts, each with a data table.

function cards(f: PeriodFigures, previous: PeriodFigures | null): string {
  const items: [string, string, string][] = [
    [num(f.responses), 'antwoorden', previous ? `vorig jaar ${num(previous.responses)}` : ''],
    [num(f.mean, 2), 'gemiddelde score (1–5)', previous ? `vorig jaar ${num(previous.mean, 2)}` : ''],
    [pct(f.satisfied), 'tevreden (4–5)', `marge ${interval(f)}`],
    [pct(f.dissatisfied), 'ontevreden (1–2)', previous ? `vorig jaar ${pct(previous.dissatisfied)}` : ''],
    [num(f.remarks), 'met opmerking', ''],
    [pct(f.responseRate), 'responsgraad', `${num(f.displays)} keer getoond`],
  ];
  return `<div class="cards">${items
    .map(
      ([value, label, note]) =>
        `<div class="card"><span class="value">${escapeHtml(value)}</span><span class="label">${escapeHtml(label)}</span>${note ? `<span class="note">${escapeHtml(note)}</span>` : ''}</div>`,
    )
    .join('')}</div>`;
}

function distributionFigure(id: string, f: SatisfactionFigures): string {
  const counts = [f.distribution['1'], f.distribution['2'], f.distribution['3'], f.distribution['4'], f.distribution['5']] as const;
  return `<figure><figcaption>Verdeling van de scores</figcaption>${distributionChart({
    id,
    title: 'Verdeling van de scores',
    counts,
    labels: SCORE_LABELS_NL,
    width: 330,
  })}</figure>`;
}

function monthlyFigure(id: string, months: readonly MonthFigures[], annotations: readonly Annotation[] = []): string {
  const placed = placeAnnotations(
    months.map((m) => m.month),
    annotations,
    shortDate,
  );
  const notes = placed.length ? `<ol class="annotations">${placed.map((a) => `<li>${escapeHtml(a.text)}</li>`).join('')}</ol>` : '';
  const chart = monthlyChart({
    annotations: placed,
    annotationsLabel: 'Notities',
    id,
    title: 'Antwoorden per maand: tevreden, neutraal en ontevreden',
    months: months.map((m) => ({
      label: monthLabel(m.month),
      satisfied: m.distribution['4'] + m.distribution['5'],
      neutral: m.distribution['3'],
      dissatisfied: m.distribution['1'] + m.distribution['2'],
    })),
    legend: { satisfied: 'tevreden (4–5)', neutral: 'neutraal (3)', dissatisfied: 'ontevreden (1–2)' },
    width: 680,
    height: 200,
  });
  return `<figure><figcaption>Antwoorden per maand (het percentage boven elke kolom is het aandeel tevreden${placed.length ? '; de genummerde lijnen zijn notities' : ''})</figcaption>${chart}${notes}</figure>`;
}

function monthTable(months: readonly MonthFigures[], annotations: readonly Annotation[] = []): string {
  const notesOf = (month: string) =>
    annotations
      .filter((a) => a.day.startsWith(month))
      .map((a) => `${shortDate(a.day)}: ${a.text}`)
      .join('; ');
  const withNotes = annotations.some((a) => months.some((m) => a.day.startsWith(m.month)));
  return dataTable({
    caption: 'Cijfers per maand',
    headers: [
      'Maand',
      'Antwoorden',
      'Gemiddelde',
      'Tevreden',
      'Ontevreden',
      'Opmerkingen',
      'Getoond',
      'Responsgraad',
      ...(withNotes ? ['Notities'] : []),
    ],
    rows: months.map((m) => [
      `${monthLabel(m.month)} ${m.month.slice(0, 4)}`,
      num(m.responses),
      num(m.mean, 2),
      pct(m.satisfied),
      pct(m.dissatisfied),
      num(m.remarks),
      num(m.displays),
      pct(m.responseRate),
      ...(withNotes ? [notesOf(m.month)] : []),
    ]),
  });
}

function followUpTables(f: PeriodFigures): string {
  const parts: string[] = [];
  if (f.ease) {
    const e = f.ease;
    parts.push(
      dataTable({
        caption: `Was het makkelijk? Gemiddeld ${num(e.mean, 2)} op 5 (${num(e.answered)} antwoorden)`,
        headers: ['Score', '1', '2', '3', '4', '5'],
        rows: [['Aantal', ...(['1', '2', '3', '4', '5'] as const).map((k) => num(e.distribution[k]))]],
      }),
    );
  }
  if (f.completed) {
    const c = f.completed;
    parts.push(
      dataTable({
        caption: `Hebt u gedaan gekregen wat u wilde doen? (${num(c.answered)} antwoorden)`,
        headers: ['', COMPLETED_LABELS_NL.yes, COMPLETED_LABELS_NL.partly, COMPLETED_LABELS_NL.no],
        rows: [
          ['Aantal', num(c.counts.yes), num(c.counts.partly), num(c.counts.no)],
          ['Aandeel', pct(c.shares.yes), pct(c.shares.partly), pct(c.shares.no)],
        ],
      }),
    );
  }
  return parts.join('');
}

function breakdownTables(s: ServiceFigures): string {
  const context = dataTable({
    caption: 'Per context',
    headers: ['Context', 'Antwoorden', 'Gemiddelde', 'Tevreden'],
    rows: s.byContext.map((c) => [CONTEXT_LABELS_NL[c.context], num(c.responses), num(c.mean, 2), pct(c.satisfied)]),
  });
  const channel = dataTable({
    caption: 'Per kanaal',
    headers: ['Kanaal', 'Antwoorden', 'Gemiddelde', 'Tevreden'],
    rows:
      s.byChannel.length > 0
        ? s.byChannel.map((c) => [c.channel, num(c.responses), num(c.mean, 2), pct(c.satisfied)])
        : [['geen antwoorden', '', '', '']],
  });
  return `<div class="columns"><div>${context}</div><div>${channel}</div></div>`;
}

function serviceSection(
  s: ServiceFigures,
  index: number,
  organisationName: string,
  annotations: readonly Annotation[],
  problems: ReportProblems | undefined,
): string {
  const id = `s${index}`;
  const followUps = followUpTables(s);
  return `<section class="service" aria-labelledby="${id}-h">
<h2 id="${id}-h">${escapeHtml(s.service.name.nl)}</h2>
<p class="subtitle">${escapeHtml(organisationName)} · dienst-id ${escapeHtml(s.service.id)}</p>
${cards(s, s.previousYear)}
<div class="columns"><div>${distributionFigure(`${id}-dist`, s)}</div><div>${followUps || '<p class="muted">Deze dienst stelt geen extra vragen (gemak, gelukt).</p>'}</div></div>
${monthlyFigure(`${id}-month`, s.byMonth, annotations)}
${monthTable(s.byMonth, annotations)}
${breakdownTables(s)}
${problemsHtml(problems)}
</section>`;
}

function overviewTable(report: Report, organisationName: Map<string, string>): string {
  const t = report.totals;
  const body = report.services
    .map(
      (s) =>
        `<tr><th scope="row">${escapeHtml(s.service.name.nl)}${report.organisations.length > 1 ? `<br><span class="muted">${escapeHtml(organisationName.get(s.service.organisationId) ?? '')}</span>` : ''}</th><td>${num(s.responses)}</td><td>${num(s.mean, 2)}</td><td>${pct(s.satisfied)}</td><td>${interval(s)}</td><td>${pct(s.dissatisfied)}</td><td>${num(s.remarks)}</td><td>${pct(s.responseRate)}</td><td>${pct(s.previousYear.satisfied)}</td></tr>`,
    )
    .join('');
  return `<table class="overview">
<caption>Alle diensten</caption>
<thead><tr><th scope="col">Dienst</th><th scope="col">Antwoorden</th><th scope="col">Gemiddelde</th><th scope="col">Tevreden</th><th scope="col">Marge (95&nbsp;%)</th><th scope="col">Ontevreden</th><th scope="col">Opmerkingen</th><th scope="col">Responsgraad</th><th scope="col">Tevreden vorig jaar</th></tr></thead>
<tbody>${body}</tbody>
<tfoot><tr><th scope="row">Totaal</th><td>${num(t.responses)}</td><td>${num(t.mean, 2)}</td><td>${pct(t.satisfied)}</td><td>${interval(t)}</td><td>${pct(t.dissatisfied)}</td><td>${num(t.remarks)}</td><td>${pct(t.responseRate)}</td><td>${pct(t.previousYear.satisfied)}</td></tr></tfoot>
</table>`;
}

/** The printable yearly report, with each service's annotations on its monthly chart and table. */
export function reportHtml(report: Report, annotations: ReadonlyMap<string, readonly Annotation[]> = new Map()): string {
  const organisationName = new Map(report.organisations.map((o) => [o.id, o.name]));
  const scope =
    report.scope.policyDomain !== null
      ? `Beleidsdomein ${report.scope.policyDomain} (${report.organisations.length} ${report.organisations.length === 1 ? 'organisatie' : 'organisaties'})`
      : (report.organisations[0]?.name ?? '');
  const title = `Jaarrapport gebruikerstevredenheid ${report.year}`;
  const generated = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeStyle: 'short', timeZone: report.period.timezone }).format(
    new Date(report.generatedAt),
  );
  return pageShell({
    lang: 'nl',
    title: `${title} – ${scope}`,
    stylesheet: { inline: REPORT_STYLE },
    noindex: true,
    main: `<header class="band">
<p class="brand">Vlaanderen · feedbackinstrument</p>
<h1>${escapeHtml(title)}</h1>
<p class="scope">${escapeHtml(scope)}</p>
<dl class="meta">
<dt>Periode</dt><dd>${escapeHtml(`${longDate(report.period.from)} tot en met ${longDate(report.period.to)} (Belgische tijd)`)}</dd>
<dt>Diensten</dt><dd>${report.services.length}</dd>
<dt>Gemaakt op</dt><dd>${escapeHtml(generated)}</dd>
</dl>
</header>
<section class="totals" aria-labelledby="totals-h">
<h2 id="totals-h">Samenvatting</h2>
<p class="subtitle">Alle antwoorden op alle diensten samen.</p>
${cards(report.totals, report.totals.previousYear)}
${overviewTable(report, organisationName)}
${monthlyFigure('totals-month', report.totals.byMonth)}
</section>
${report.services
  .map((s, i) =>
    serviceSection(
      s,
      i,
      organisationName.get(s.service.organisationId) ?? '',
      annotations.get(s.service.id) ?? [],
      report.problems.find((p) => p.serviceId === s.service.id),
    ),
  )
  .join('\n')}
<section class="definitions" aria-labelledby="definitions-h">
<h2 id="definitions-h">Wat betekenen de cijfers?</h2>
<dl class="definitions">${FIGURE_DEFINITIONS_NL.map((d) => `<dt>${escapeHtml(d.term)}</dt><dd>${escapeHtml(d.definition)}</dd>`).join('')}</dl>
</section>`,
  });
}
