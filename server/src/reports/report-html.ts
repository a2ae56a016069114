import {
  COMPLETED_LABELS_NL,
  CONTEXT_LABELS_NL,
  FIGURE_DEFINITIONS_NL,
  MONTH_LABELS_NL,
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
import { problemsHtml } from './report-problems-html.js';

// A self-contained printable report (A4): no script, no external resource, every text
// escaped. Charts are inline SVG from shared/src/charts, each with a data table.

const nl = (value: number, decimals = 0) =>
  new Intl.NumberFormat('nl-BE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
const num = (value: number | null, decimals = 0) => (value === null ? '–' : nl(value, decimals));
const pct = (value: number | null) => (value === null ? '–' : `${nl(value, 1)} %`);
const interval = (f: SatisfactionFigures) =>
  f.satisfiedInterval ? `${nl(f.satisfiedInterval.low, 1)}–${nl(f.satisfiedInterval.high, 1)} %` : '–';

function longDate(day: string): string {
  return new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

function monthLabel(month: string): string {
  return MONTH_LABELS_NL[Number(month.slice(5, 7)) - 1]!;
}

const STYLE = `
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-left { content: "feedbackinstrument · jaarrapport"; font: 8pt/1 Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #5f6368; }
  @bottom-right { content: "pagina " counter(page) " van " counter(pages); font: 8pt/1 Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #5f6368; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Flanders Art Sans", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.4; color: #1d1d1b; margin: 0; background: #fff; }
main { max-width: 190mm; margin: 0 auto; padding: 8mm 0; }
@media print { main { padding: 0; max-width: none; } }
h1 { font-size: 22pt; line-height: 1.15; margin: 0 0 3mm; }
h2 { font-size: 15pt; margin: 0 0 1mm; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; }
p { margin: 0 0 2mm; }
.band { border-left: 3mm solid #ffe615; padding: 1mm 0 1mm 4mm; margin-bottom: 6mm; }
.brand { font-weight: bold; text-transform: uppercase; letter-spacing: .06em; font-size: 8.5pt; color: #5f6368; margin-bottom: 2mm; }
.scope { font-size: 13pt; margin: 0 0 3mm; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 5mm; margin: 0; }
dl.meta dt { color: #5f6368; }
dl.meta dd { margin: 0; }
.subtitle { color: #5f6368; margin-bottom: 4mm; }
.cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 2mm; margin: 2mm 0 3mm; }
.card { border: 0.3mm solid #cbd2da; border-top: 1.2mm solid #0b4fa3; border-radius: 1mm; padding: 2mm 2.5mm; break-inside: avoid; }
.card .value { font-size: 14pt; font-weight: bold; display: block; line-height: 1.2; }
.card .label { font-size: 8pt; color: #3c3f42; display: block; }
.card .note { font-size: 7pt; color: #5f6368; display: block; white-space: nowrap; }
figure { margin: 0 0 2mm; break-inside: avoid; }
ol.annotations { margin: 1mm 0 0; padding-left: 6mm; font-size: 8.5pt; }
figcaption { font-weight: bold; font-size: 9.5pt; margin-bottom: 1mm; }
svg.chart { max-width: 100%; height: auto; display: block; }
.charts { display: grid; grid-template-columns: 1fr; gap: 2mm; }
table { border-collapse: collapse; width: 100%; font-size: 8pt; margin: 0 0 2.5mm; break-inside: avoid; }
caption { text-align: left; font-weight: bold; font-size: 9.5pt; padding-bottom: 1mm; }
th, td { border-bottom: 0.2mm solid #d9dde1; padding: 0.45mm 1.4mm; text-align: right; vertical-align: top; }
td { white-space: nowrap; }
th:first-child, td:first-child { text-align: left; }
thead th { border-bottom: 0.5mm solid #1d1d1b; font-weight: bold; }
tfoot td, tfoot th { border-top: 0.5mm solid #1d1d1b; font-weight: bold; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; }
table.chart-data { font-size: 8pt; }
section.service { break-before: page; }
section.definitions { break-before: page; }
dl.definitions dt { font-weight: bold; margin-top: 2.5mm; }
dl.definitions dd { margin: 0.5mm 0 0; }
.muted { color: #5f6368; }
@media screen { section.service, section.definitions { border-top: 1px solid #cbd2da; margin-top: 10mm; padding-top: 6mm; } }
`;

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

const shortDate = (day: string) =>
  new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

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
    stylesheet: { inline: STYLE },
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
