import { Task } from '@lit/task';
import type { ChannelFigures, ContextFigures, Service, ServiceFigures, Topic } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { listAnnotations } from '../annotations/annotations-api.js';
import { getService, serviceComparison, serviceFigures, serviceTopics } from '../kernel/analyst-api.js';
import { changeBadge, definitions, keyFigures, yearOptions } from '../figures/figure-parts.js';
import { LightElement } from '../kernel/light-element.js';
import { NarrowScreen } from '../kernel/narrow-screen.js';
import '../demo/demo-banner.js';
import '../remarks/remarks-browser.js';
import { ANNOTATIONS_CHANGED } from '../annotations/service-annotations.js';
import type { RemarksBrowser } from '../remarks/remarks-browser.js';
import { serviceName, type Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { BASE, navigate, serviceHref } from '../kernel/links.js';
import { announceAfterRender, currentYear, errorBlock, isNotFound, loadingBlock, notFoundBlock } from '../kernel/page-parts.js';
import { breakdownTable, followUpAnswers, scoreDistribution } from '../figures/service-answer-charts.js';
import { comparisonSection } from '../comparison/service-comparison.js';
import { responsesPerMonth, satisfiedPerMonth } from '../figures/service-month-charts.js';
import { topicsList } from '../topics/service-topics.js';
import '../services/services.css';

const PROBLEM_SCORES = [1, 2, 3];

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

  private renderService(
    name: string,
    service: Pick<Service, 'channel' | 'organisationId'>,
    figures: ServiceFigures,
    previous: ServiceFigures,
  ) {
    const { m, f } = this;
    const year = this.selectedYear;
    const interval = figures.satisfiedInterval;
    const narrow = this.screen.narrow;
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
        ${
          figures.responses === 0
            ? html`<p class="lead-text">${m.serviceNoResponses(year)}</p>`
            : html`<p class="lead-text">
                <strong>${m.serviceLead({ satisfied: f.percent(figures.satisfied, 0), responses: f.number(figures.responses), year })}</strong>
                ${changeBadge(m, f, figures.satisfied, figures.previousYear.satisfied, year - 1)}
              </p>
              ${interval ? html`<p class="lead-margin">${m.marginSentence(f.percent(interval.low), f.percent(interval.high))}</p>` : nothing}`
        }
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
          <li><a href="#annotations-heading">${m.annotations.annotationsHeading}</a></li>
          <li><a href="#remarks-heading">${m.remarksHeading}</a></li>
        </ul>
      </nav>

      <div class="charts-row">
        <section aria-labelledby="distribution-heading" class="panel">
          <h2 id="distribution-heading" tabindex="-1">${m.distributionHeading}</h2>
          ${scoreDistribution(m, f, narrow, figures, year)}
        </section>
        <section aria-labelledby="months-heading" class="panel panel-wide">
          <h2 id="months-heading" tabindex="-1">${m.monthsHeading}</h2>
          ${satisfiedPerMonth(m, f, narrow, figures, previous, year)} ${responsesPerMonth(m, f, narrow, figures, this.annotations.value ?? [])}
        </section>
      </div>

      <section aria-labelledby="follow-ups-heading" class="panel">
        <h2 id="follow-ups-heading" tabindex="-1">${m.followUpsHeading}</h2>
        ${followUpAnswers(m, f, narrow, figures)}
      </section>

      <section aria-labelledby="breakdown-heading" class="panel">
        <h2 id="breakdown-heading" tabindex="-1">${m.breakdownHeading}</h2>
        <div class="tables-row">
          ${breakdownTable(
            m,
            f,
            m.byContextCaption,
            m.contextColumn,
            figures.byContext.filter((c) => c.responses > 0),
            (c: ContextFigures) => m.contextLabels[c.context],
          )}
          ${breakdownTable(m, f, m.byChannelCaption, m.channelColumn, figures.byChannel, (c: ChannelFigures) => c.channel)}
        </div>
      </section>

      <section aria-labelledby="comparison-heading" class="panel">
        <h2 id="comparison-heading" tabindex="-1">${m.comparisonHeading}</h2>
        ${this.comparison.render({
          pending: () => loadingBlock(m),
          error: () => errorBlock(m, () => void this.comparison.run()),
          complete: (comparison) => comparisonSection(m, f, comparison, year, narrow),
        })}
      </section>

      <section aria-labelledby="topics-heading" class="panel">
        <h2 id="topics-heading" tabindex="-1">${m.topicsHeading}</h2>
        ${this.topics.render({
          pending: () => loadingBlock(m),
          error: () => errorBlock(m, () => void this.topics.run()),
          complete: (topics) => topicsList(m, f, topics, (topic) => this.readTopic(topic)),
        })}
      </section>

      <section aria-labelledby="annotations-heading" class="panel">
        <h2 id="annotations-heading" tabindex="-1">${m.annotations.annotationsHeading}</h2>
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
}
customElements.define('fi-service-page', ServicePage);
