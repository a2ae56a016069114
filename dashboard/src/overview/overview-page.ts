import { Task } from '@lit/task';
import type { DashboardSession, Organisation, Report } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { listOrganisations, organisationReport, reportUrl } from '../kernel/analyst-api.js';
import { definitions, keyFigures, changeBadge, yearOptions } from '../figures/figure-parts.js';
import { LightElement } from '../kernel/light-element.js';
import '../demo/demo-banner.js';
import './services-table.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { navigate, overviewHref } from '../kernel/links.js';
import { announceAfterRender, currentYear, errorBlock, isNotFound, loadingBlock, notFoundBlock } from '../kernel/page-parts.js';
import './overview.css';

type SignedIn = Extract<DashboardSession, { signedIn: true }>;

/**
 * The organisation's services for a year: what happened in one sentence, the key figures
 * of all services together, a sortable table with a trend line per service, and the
 * yearly report to download. An admin picks the organisation.
 */
export class OverviewPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    year: { attribute: false },
    organisation: { attribute: false },
  };

  session!: SignedIn;
  m!: Messages;
  f!: Formatter;
  /** From the URL; null: the current year / the first organisation. */
  year: number | null = null;
  organisation: string | null = null;

  private organisations = new Task(this, {
    task: async ([admin], { signal }): Promise<Organisation[]> => (admin ? listOrganisations(signal) : []),
    args: () => [this.session.admin] as const,
  });

  private report = new Task(this, {
    task: async ([year, organisation], { signal }) => (organisation ? organisationReport(year, organisation, signal) : null),
    args: () => [this.selectedYear, this.selectedOrganisation] as const,
    onComplete: () => announceAfterRender(this, () => this.m.overviewTitle(this.selectedYear)),
    onError: () => announceAfterRender(this, () => this.m.overviewTitle(this.selectedYear)),
  });

  get selectedYear(): number {
    return this.year ?? currentYear();
  }

  get selectedOrganisation(): string | null {
    if (!this.session.admin) return this.session.organisation?.id ?? null;
    // The demo data of a first start, where there is some: a new installation shows figures at once.
    const organisations = this.organisations.value;
    return this.organisation ?? (organisations?.find((o) => o.demo) ?? organisations?.[0])?.id ?? null;
  }

  private organisationName(): string {
    if (!this.session.admin) return this.session.organisation?.name ?? '';
    return this.organisations.value?.find((o) => o.id === this.selectedOrganisation)?.name ?? this.selectedOrganisation ?? '';
  }

  private choose(event: Event) {
    const form = (event.target as HTMLElement).closest('form')!;
    const data = new FormData(form);
    navigate(overviewHref(Number(data.get('year')), this.session.admin ? String(data.get('organisation')) : null), { keepFocus: true });
  }

  override render() {
    const { m } = this;
    const year = this.selectedYear;
    return html`
      <h1 class="page-title" tabindex="-1">${m.overviewTitle(year)}</h1>
      <fi-demo-banner .organisation=${this.selectedOrganisation} .m=${m}></fi-demo-banner>
      <form class="choices" @change=${this.choose} @submit=${(e: Event) => e.preventDefault()}>
        ${
          this.session.admin && this.organisations.value
            ? html`<div class="field">
              <label for="choose-organisation">${m.organisationLabel}</label>
              <select id="choose-organisation" name="organisation">
                ${this.organisations.value.map((o) => html`<option value=${o.id} ?selected=${o.id === this.selectedOrganisation}>${o.name}</option>`)}
              </select>
            </div>`
            : nothing
        }
        <div class="field">
          <label for="choose-year">${m.yearLabel}</label>
          <select id="choose-year" name="year">
            ${yearOptions(currentYear(), year).map((y) => html`<option value=${y} ?selected=${y === year}>${y}</option>`)}
          </select>
        </div>
      </form>
      ${this.report.render({
        pending: () => loadingBlock(m),
        error: (error) => (isNotFound(error) ? notFoundBlock(m, m.notFoundPage) : errorBlock(m, () => void this.report.run())),
        complete: (report) => (report ? this.renderReport(report) : this.session.admin ? loadingBlock(m) : nothing),
      })}
    `;
  }

  private renderReport(report: NonNullable<OverviewPage['report']['value']>) {
    const { m, f } = this;
    const year = report.year;
    const totals = report.totals;
    const organisation = this.selectedOrganisation!;
    return html`
      <section class="lead" aria-label=${m.overviewTitle(year)}>
        ${
          totals.responses === 0
            ? html`<p class="lead-text">${m.overviewNoResponses(year)}</p>`
            : html`<p class="lead-text">
                ${m.overviewSummary({ responses: f.number(totals.responses), services: report.services.length, organisation: this.organisationName(), year, soFar: year === currentYear() })}
                <strong>${m.overviewSatisfied(f.percent(totals.satisfied, 0))}</strong>
              </p>
              <p class="lead-change">${changeBadge(m, f, totals.satisfied, totals.previousYear.satisfied, year - 1)}</p>`
        }
      </section>
      ${keyFigures(m, f, totals, totals.previousYear, year, year === currentYear())}

      <section aria-labelledby="services-heading">
        <h2 id="services-heading">${m.servicesHeading}</h2>
        <fi-services-table .services=${report.services} .m=${m} .f=${f} .year=${year}></fi-services-table>
      </section>

      ${sharedProblemsSection(m, f, report)}

      <section aria-labelledby="exports-heading" class="exports">
        <h2 id="exports-heading">${m.exportsHeading}</h2>
        <p>${m.exportsIntro(year)}</p>
        <ul class="export-list">
          <li>
            <a class="button-link" href=${reportUrl(year, organisation, 'csv-excel')} download data-export="csv-excel">${m.exportExcel}</a>
            <span class="hint">${m.exportExcelHint}</span>
          </li>
          <li>
            <a class="button-link" href=${reportUrl(year, organisation, 'csv')} download data-export="csv">${m.exportCsv}</a>
            <span class="hint">${m.exportCsvHint}</span>
          </li>
          <li>
            <a class="button-link" href=${reportUrl(year, organisation, 'html')} target="_blank" rel="noopener" data-export="html"
              >${m.exportPrint} <span class="sr-only">${m.opensInNewTab}</span></a
            >
            <span class="hint">${m.exportPrintHint}</span>
          </li>
        </ul>
      </section>
      ${definitions(m)}
    `;
  }
}
customElements.define('fi-overview-page', OverviewPage);

/** Problems that at least two services share (a sign-in outage), each with the services named. */
function sharedProblemsSection(m: Messages, f: Formatter, report: Report) {
  if (report.sharedProblems.length === 0) return nothing;
  const name = (id: string) => report.services.find((s) => s.service.id === id)?.service.name.nl ?? id;
  return html`<section aria-labelledby="shared-problems-heading" class="shared-problems">
    <h2 id="shared-problems-heading">${m.sharedProblems.heading}</h2>
    <p>${m.sharedProblems.intro(report.year)}</p>
    <ul>
      ${report.sharedProblems.map(
        (p) => html`<li>
          <strong>${p.label}</strong>:
          ${p.services.map((s, i) => html`${i > 0 ? ', ' : ''}${name(s.serviceId)} (${m.sharedProblems.remarks(f.number(s.count))})`)}
        </li>`,
      )}
    </ul>
  </section>`;
}
