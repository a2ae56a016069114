import { Task } from '@lit/task';
import { COMPARISON_MIN_ORGANISATIONS, COMPARISON_MIN_RESPONSES } from '@feedbackinstrument/shared';
import type { ChannelFigures, ContextFigures, DataTable, MonthFigures, ProductComparison, Service, ServiceFigures, Topic, Topics } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { placeAnnotations } from '@feedbackinstrument/shared';
import { listAnnotations } from '../api/alerts-api.js';
import { getService, serviceComparison, serviceFigures, serviceTopics } from '../api/analyst-api.js';
import { charts, type LinePoint } from '../charts/index.js';
import { chartFigure, scrollingTable } from '../components/chart-figure.js';
import { changeBadge, definitions, keyFigures, yearOptions } from '../components/figure-parts.js';
import { LightElement } from '../components/light-element.js';
import { NarrowScreen } from '../components/narrow-screen.js';
import '../components/demo-banner.js';
import '../components/remarks-browser.js';
import { ANNOTATIONS_CHANGED } from '../components/service-annotations.js';
import { alertMessagesFor } from '../i18n/alert-messages.js';
import type { RemarksBrowser } from '../components/remarks-browser.js';
import { serviceName, type Formatter } from '../format.js';
import type { Messages } from '../i18n/index.js';
import { BASE, navigate, serviceHref } from '../router.js';
import { announceAfterRender, currentYear, errorBlock, isNotFound, loadingBlock, notFoundBlock } from './page-parts.js';

const PROBLEM_SCORES = [1, 2, 3];

const counts = (d: MonthFigures['distribution']): [number, number, number, number, number] => [d['1'], d['2'], d['3'], d['4'], d['5']];

/**
 * One service for a year: the key figures in a sentence and in numbers, the distribution,
 * month by month, the follow-up questions, where the feedback came from, the problems
 * that keep coming back, and the remarks themselves.
 */
export class ServicePage extends LightElement {
  static override properties = {
    serviceId: { attribute: false },
    year: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    mayChange: { attribute: false },
  };

  serviceId = '';
  /** A manager or admin adds and deletes annotations; an analyst reads them. */
  mayChange = false;
  year: number | null = null;
  m!: Messages;
  f!: Formatter;

  private readonly screen = new NarrowScreen(this);

  get selectedYear(): number {
    return this.year ?? currentYear();
  }

  // The service and its figures first (this year and last, for the comparison line);
  // the topics, which take longer, load on their own.
  private data = new Task(this, {
    task: async ([serviceId, year], { signal }) => {
      const [service, figures, previous] = await Promise.all([
        getService(serviceId, signal),
        serviceFigures(serviceId, year, signal),
        serviceFigures(serviceId, year - 1, signal),
      ]);
      return { service, figures, previous };
    },
    args: () => [this.serviceId, this.selectedYear] as const,
    onComplete: ({ service }) => announceAfterRender(this, () => serviceName(service.name, this.m.lang)),
    onError: () => announceAfterRender(this, () => this.m.notFoundTitle),
  });

  private topics = new Task(this, {
    // Problems: what people who were not satisfied (score 1–3) keep writing about.
    task: async ([serviceId, year], { signal }) => serviceTopics(serviceId, year, PROBLEM_SCORES, signal),
    args: () => [this.serviceId, this.selectedYear] as const,
  });

  // The same product elsewhere: a small request of its own, shown when it arrives.
  private comparison = new Task(this, {
    task: async ([serviceId, year], { signal }) => serviceComparison(serviceId, year, signal),
    args: () => [this.serviceId, this.selectedYear] as const,
  });

  // Notes on the timeline ("versie 3.2: opladen hersteld"): on the monthly chart and in their own section.
  private annotations = new Task(this, {
    task: async ([serviceId], { signal }) => listAnnotations(serviceId, signal),
    args: () => [this.serviceId] as const,
  });

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener(ANNOTATIONS_CHANGED, () => void this.annotations.run());
  }

  private chooseYear(event: Event) {
    navigate(serviceHref(this.serviceId, Number((event.target as HTMLSelectElement).value)), { keepFocus: true });
  }

  private readTopic(topic: Topic) {
    void this.querySelector<RemarksBrowser>('fi-remarks-browser')?.searchFor(topic.label);
  }

  override render() {
    const { m } = this;
    return this.data.render({
      pending: () => html`<h1 class="page-title" tabindex="-1">${m.loading}</h1>`,
      error: (error) => (isNotFound(error) ? notFoundBlock(m, m.notFoundService) : errorBlock(m, () => void this.data.run())),
      complete: ({ service, figures, previous }) => this.renderService(serviceName(service.name, m.lang), service, figures, previous),
    });
  }

  private renderService(name: string, service: Pick<Service, 'channel' | 'organisationId'>, figures: ServiceFigures, previous: ServiceFigures) {
    const { m, f } = this;
    const year = this.selectedYear;
    const interval = figures.satisfiedInterval;
    return html`
      <nav class="breadcrumb" aria-label=${m.breadcrumb}>
        <ol>
          <li><a href=${`${BASE}?year=${year}`}>${m.overview}</a></li>
          <li aria-current="page">${name}</li>
        </ol>
      </nav>
      <h1 class="page-title" tabindex="-1">${name}</h1>
      <fi-demo-banner .organisation=${service.organisationId} .m=${m}></fi-demo-banner>
      <p class="subtitle">${m.channelColumn}: ${service.channel}</p>
      <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="choose-year">${m.yearLabel}</label>
          <select id="choose-year" name="year" @change=${this.chooseYear}>
            ${yearOptions(currentYear(), year).map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
          </select>
        </div>
      </form>

      <section class="lead" aria-label=${m.summary}>
        ${figures.responses === 0
          ? html`<p class="lead-text">${m.serviceNoResponses(year)}</p>`
          : html`<p class="lead-text">
                <strong>${m.serviceLead({ satisfied: f.percent(figures.satisfied, 0), responses: f.number(figures.responses), year })}</strong>
                ${changeBadge(m, f, figures.satisfied, figures.previousYear.satisfied, year - 1)}
              </p>
              ${interval ? html`<p class="lead-margin">${m.marginSentence(f.percent(interval.low), f.percent(interval.high))}</p>` : nothing}`}
      </section>
      ${keyFigures(m, f, figures, figures.previousYear, year, year === currentYear())}

      <nav class="on-this-page" aria-label=${m.onThisPage}>
        <ul>
          <li><a href="#distribution-heading">${m.distributionHeading}</a></li>
          <li><a href="#months-heading">${m.monthsHeading}</a></li>
          <li><a href="#follow-ups-heading">${m.followUpsHeading}</a></li>
          <li><a href="#breakdown-heading">${m.breakdownHeading}</a></li>
          <li><a href="#comparison-heading">${m.comparisonHeading}</a></li>
          <li><a href="#topics-heading">${m.topicsHeading}</a></li>
          <li><a href="#annotations-heading">${alertMessagesFor(m.lang).annotationsHeading}</a></li>
          <li><a href="#remarks-heading">${m.remarksHeading}</a></li>
        </ul>
      </nav>

      <div class="charts-row">
        <section aria-labelledby="distribution-heading" class="panel">
          <h2 id="distribution-heading" tabindex="-1">${m.distributionHeading}</h2>
          ${this.distribution(figures, year)}
        </section>
        <section aria-labelledby="months-heading" class="panel panel-wide">
          <h2 id="months-heading" tabindex="-1">${m.monthsHeading}</h2>
          ${this.satisfiedPerMonth(figures, previous, year)} ${this.responsesPerMonth(figures)}
        </section>
      </div>

      <section aria-labelledby="follow-ups-heading" class="panel">
        <h2 id="follow-ups-heading" tabindex="-1">${m.followUpsHeading}</h2>
        ${this.followUps(figures)}
      </section>

      <section aria-labelledby="breakdown-heading" class="panel">
        <h2 id="breakdown-heading" tabindex="-1">${m.breakdownHeading}</h2>
        <div class="tables-row">
          ${this.breakdown(m.byContextCaption, m.contextColumn, figures.byContext.filter((c) => c.responses > 0), (c: ContextFigures) => m.contextLabels[c.context])}
          ${this.breakdown(m.byChannelCaption, m.channelColumn, figures.byChannel, (c: ChannelFigures) => c.channel)}
        </div>
      </section>

      <section aria-labelledby="comparison-heading" class="panel">
        <h2 id="comparison-heading" tabindex="-1">${m.comparisonHeading}</h2>
        ${this.comparison.render({
          pending: () => loadingBlock(m),
          error: () => errorBlock(m, () => void this.comparison.run()),
          complete: (comparison) => this.renderComparison(comparison, year),
        })}
      </section>

      <section aria-labelledby="topics-heading" class="panel">
        <h2 id="topics-heading" tabindex="-1">${m.topicsHeading}</h2>
        ${this.topics.render({
          pending: () => loadingBlock(m),
          error: () => errorBlock(m, () => void this.topics.run()),
          complete: (topics) => this.renderTopics(topics),
        })}
      </section>

      <section aria-labelledby="annotations-heading" class="panel">
        <h2 id="annotations-heading" tabindex="-1">${alertMessagesFor(m.lang).annotationsHeading}</h2>
        <fi-service-annotations
          .serviceId=${this.serviceId}
          .annotations=${this.annotations.value ?? []}
          .mayChange=${this.mayChange}
          .m=${m}
          .f=${f}
        ></fi-service-annotations>
      </section>

      <section aria-labelledby="remarks-heading" class="panel">
        <h2 id="remarks-heading" tabindex="-1">${m.remarksHeading}</h2>
        <p>${m.remarksIntro}</p>
        <fi-remarks-browser .serviceId=${this.serviceId} .year=${year} .timezone=${figures.period.timezone} .mayErase=${this.mayChange} .m=${m} .f=${f}></fi-remarks-browser>
      </section>
      ${definitions(m)}
    `;
  }

  private distribution(figures: ServiceFigures, year: number): TemplateResult {
    const { m, f } = this;
    const values = counts(figures.distribution);
    const share = (n: number) => (figures.responses ? f.percent((100 * n) / figures.responses) : '–');
    const table: DataTable = {
      caption: m.distributionTitle(year),
      headers: [m.scoreColumn, m.countColumn, m.shareColumn],
      rows: values.map((n, i) => [`${i + 1} · ${m.scoreLabels[i]}`, f.number(n), share(n)]),
    };
    return chartFigure({
      narrow: this.screen.narrow,
      id: 'chart-distribution',
      title: m.distributionTitle(year),
      svg: charts.distribution({ id: 'svg-distribution', title: m.distributionTitle(year), counts: values, labels: m.scoreLabels, language: m.charts }),
      table,
    });
  }

  private satisfiedPerMonth(figures: ServiceFigures, previous: ServiceFigures, year: number): TemplateResult {
    const { m, f } = this;
    const points: LinePoint[] = figures.byMonth.map((month) => ({
      label: f.monthShort(month.month),
      value: month.responses > 0 ? month.satisfied : null,
      low: month.satisfiedInterval?.low ?? null,
      high: month.satisfiedInterval?.high ?? null,
    }));
    const before = figures.byMonth.map((month) => {
      const same = previous.byMonth.find((p) => p.month.slice(5) === month.month.slice(5));
      return same && same.responses > 0 ? same.satisfied : null;
    });
    const table: DataTable = {
      caption: m.satisfiedPerMonthTitle,
      headers: [m.monthColumn, m.col.responses, m.col.satisfied, m.marginLegend, String(year - 1)],
      rows: figures.byMonth.map((month, i) => [
        f.monthLong(month.month),
        f.number(month.responses),
        f.percent(month.satisfied),
        month.satisfiedInterval ? `${f.percent(month.satisfiedInterval.low)} – ${f.percent(month.satisfiedInterval.high)}` : '–',
        f.percent(before[i] ?? null),
      ]),
    };
    return chartFigure({
      narrow: this.screen.narrow,
      id: 'chart-satisfied-months',
      title: m.satisfiedPerMonthTitle,
      svg: charts.shareLine({
        id: 'svg-satisfied-months',
        title: m.satisfiedPerMonthTitle,
        points,
        previous: before,
        legend: { current: String(year), previous: String(year - 1), margin: m.marginLegend },
        format: (v) => `${f.number(v, 0)} %`,
      }),
      table,
    });
  }

  private responsesPerMonth(figures: ServiceFigures): TemplateResult {
    const { m, f } = this;
    const months = figures.byMonth.map((month) => {
      const d = month.distribution;
      return { label: f.monthShort(month.month), satisfied: d['4'] + d['5'], neutral: d['3'], dissatisfied: d['1'] + d['2'] };
    });
    const notes = alertMessagesFor(m.lang).chartNotes;
    const annotations = (this.annotations.value ?? []).filter((a) => figures.byMonth.some((month) => a.day.startsWith(month.month)));
    const notesOf = (month: string) => annotations.filter((a) => a.day.startsWith(month)).map((a) => `${f.day(a.day)}: ${a.text}`).join('; ');
    const table: DataTable = {
      caption: m.responsesPerMonthTitle,
      headers: [m.monthColumn, m.legend.satisfied, m.legend.neutral, m.legend.dissatisfied, m.col.responses, ...(annotations.length ? [notes] : [])],
      rows: figures.byMonth.map((month, i) => [
        f.monthLong(month.month),
        f.number(months[i]!.satisfied),
        f.number(months[i]!.neutral),
        f.number(months[i]!.dissatisfied),
        f.number(month.responses),
        ...(annotations.length ? [notesOf(month.month)] : []),
      ]),
    };
    const placed = placeAnnotations(figures.byMonth.map((month) => month.month), annotations, (day) => f.day(day));
    return html`${chartFigure({
      narrow: this.screen.narrow,
      id: 'chart-responses-months',
      title: m.responsesPerMonthTitle,
      svg: charts.monthly({ id: 'svg-responses-months', title: m.responsesPerMonthTitle, months, legend: m.legend, language: m.charts, annotations: placed, annotationsLabel: notes }),
      table,
    })}
    ${placed.length ? html`<ol class="chart-annotations" aria-label=${notes}>${placed.map((a) => html`<li>${a.text}</li>`)}</ol>` : nothing}`;
  }

  private followUps(figures: ServiceFigures): TemplateResult {
    const { m, f } = this;
    const { ease, completed } = figures;
    if (!ease && !completed) return html`<p>${m.noFollowUps}</p>`;
    return html`<div class="tables-row">
      ${ease
        ? html`<div>
            ${chartFigure({
              narrow: this.screen.narrow,
              id: 'chart-ease',
              title: m.easeTitle,
              note: m.easeSummary(f.mean(ease.mean), f.number(ease.answered)),
              svg: charts.distribution({ id: 'svg-ease', title: m.easeTitle, counts: counts(ease.distribution), labels: m.easeLabels, language: m.charts }),
              table: {
                caption: m.easeTitle,
                headers: [m.answerColumn, m.countColumn, m.shareColumn],
                rows: counts(ease.distribution).map((n, i) => [`${i + 1} · ${m.easeLabels[i]}`, f.number(n), ease.answered ? f.percent((100 * n) / ease.answered) : '–']),
              },
            })}
          </div>`
        : nothing}
      ${completed
        ? html`<div>
            <h3 class="chart-title">${m.completedTitle}</h3>
            ${scrollingTable({
              caption: m.completedCaption,
              headers: [m.answerColumn, m.countColumn, m.shareColumn],
              rows: (['yes', 'partly', 'no'] as const).map((v) => [m.completedLabels[v], f.number(completed.counts[v]), f.percent(completed.shares[v])]),
            })}
          </div>`
        : nothing}
    </div>`;
  }

  private breakdown<T extends ContextFigures | ChannelFigures>(caption: string, column: string, rows: readonly T[], label: (row: T) => string): TemplateResult {
    const { m, f } = this;
    return scrollingTable({
      caption,
      headers: [column, m.col.responses, m.col.satisfied, m.col.mean],
      rows: rows.map((row) => [label(row), f.number(row.responses), f.percent(row.satisfied), f.mean(row.mean)]),
    });
  }

  private renderComparison(c: ProductComparison, year: number): TemplateResult {
    const { m, f } = this;
    if (c.reason === 'no_product') return html`<p>${m.comparisonNoProduct}</p>`;
    if (c.suppressed || !c.others) {
      return html`<p>${m.comparisonTooFew({ organisations: f.number(c.organisations), year, minOrganisations: COMPARISON_MIN_ORGANISATIONS, minResponses: COMPARISON_MIN_RESPONSES })}</p>`;
    }
    const { p25, median, p75 } = c.others;
    const own = c.own.satisfied;
    const table: DataTable = {
      caption: m.comparisonTitle(year),
      headers: ['', m.comparisonValueColumn],
      rows: [
        [m.comparisonRows.p25, f.percent(p25)],
        [m.comparisonRows.median, f.percent(median)],
        [m.comparisonRows.p75, f.percent(p75)],
        [m.comparisonRows.own, f.percent(own)],
      ],
    };
    return html`<p>${m.comparisonLead({ organisations: f.number(c.organisations), productId: c.service.productId ?? '', year, p25: f.percent(p25), median: f.percent(median), p75: f.percent(p75) })}</p>
      <p>${c.position && own !== null ? m.comparisonOwn({ own: f.percent(own), standing: c.position.standing, lowerShare: f.percent(c.position.lowerShare, 0) }) : m.comparisonNoOwn(year)}</p>
      ${chartFigure({
        narrow: this.screen.narrow,
        id: 'chart-comparison',
        title: m.comparisonTitle(year),
        note: m.comparisonNote,
        svg: charts.comparison({ id: 'svg-comparison', title: m.comparisonTitle(year), p25, median, p75, own, labels: m.comparisonLegend, format: (v) => f.percent(v, 0) }),
        table,
      })}`;
  }

  private renderTopics(topics: Topics): TemplateResult {
    const { m, f } = this;
    if (topics.topics.length === 0) return html`<p>${m.topicsNone}</p>`;
    const trend = (topic: Topic) => {
      const was = topic.previous.share === null ? '–' : f.percent(topic.previous.share);
      switch (topic.trend) {
        case 'new':
          return { icon: '★', text: m.topicTrend.new };
        case 'up':
          return { icon: '▲', text: m.topicTrend.up(was) };
        case 'down':
          return { icon: '▼', text: m.topicTrend.down(was) };
        default:
          return { icon: '=', text: m.topicTrend.stable(was) };
      }
    };
    return html`<p>${m.topicsIntro(f.number(topics.remarks))}</p>
      <ol class="topics">
        ${topics.topics.map((topic) => {
          const t = trend(topic);
          return html`<li class="topic">
            <details>
              <summary>
                <span class="topic-label">“${topic.label}”</span>
                <span class="topic-count">${m.topicCount(f.number(topic.count), f.percent(topic.share))}</span>
                <span class="trend trend-${topic.trend}"><span aria-hidden="true">${t.icon}</span> ${t.text}</span>
                ${topic.examples[0] ? html`<span class="topic-example">${m.forExample} “<span lang=${topic.examples[0].lang}>${topic.examples[0].remark}</span>”</span>` : nothing}
              </summary>
              <div class="topic-body">
                <p>${m.topicMeanScore(f.mean(topic.meanScore))}</p>
                <p class="examples-title">${m.topicExamples}</p>
                <ul class="examples">
                  ${topic.examples.map(
                    (example) => html`<li>
                      <p class="remark-text" lang=${example.lang}>${example.remark}</p>
                      <p class="remark-meta">
                        <span class="score-badge score-${example.score}">${m.remarkScore(example.score, m.scoreLabels[example.score - 1]!)}</span>
                        <span>${f.day(example.day)}</span>
                      </p>
                    </li>`,
                  )}
                </ul>
                <button type="button" class="secondary" @click=${() => this.readTopic(topic)}>${m.topicReadAll}</button>
              </div>
            </details>
          </li>`;
        })}
      </ol>`;
  }
}
customElements.define('fi-service-page', ServicePage);
