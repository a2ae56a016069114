import type { ServiceFigures } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { charts } from '../figures/charts.js';
import { serviceName, type Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { serviceHref } from '../kernel/links.js';
import { chartMarkup } from '../figures/chart-figure.js';
import { changeCell } from '../figures/figure-parts.js';
import { LightElement } from '../kernel/light-element.js';

type SortKey = 'service' | 'responses' | 'satisfied' | 'mean' | 'responseRate' | 'change';

const value = (s: ServiceFigures, key: SortKey, lang: 'nl' | 'en'): string | number | null => {
  switch (key) {
    case 'service':
      return serviceName(s.service.name, lang);
    case 'change':
      return s.satisfied === null || s.previousYear.satisfied === null ? null : s.satisfied - s.previousYear.satisfied;
    default:
      return s[key];
  }
};

/**
 * The organisation's services for a year, one row each, sortable by every column. A sort
 * button in each column header; the header says how the table is sorted (aria-sort).
 */
export class ServicesTable extends LightElement {
  static override properties = {
    services: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    year: { type: Number },
    sortKey: { state: true },
    descending: { state: true },
  };

  services: readonly ServiceFigures[] = [];
  m!: Messages;
  f!: Formatter;
  year = 0;
  sortKey: SortKey = 'responses';
  descending = true;

  private sort(key: SortKey) {
    if (this.sortKey === key) this.descending = !this.descending;
    else {
      this.sortKey = key;
      this.descending = key !== 'service';
    }
  }

  private sorted(): ServiceFigures[] {
    const direction = this.descending ? -1 : 1;
    return [...this.services].sort((a, b) => {
      const va = value(a, this.sortKey, this.m.lang);
      const vb = value(b, this.sortKey, this.m.lang);
      // Missing values always last, whatever the direction.
      if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
      const order = typeof va === 'string' ? va.localeCompare(vb as string, this.m.locale) : va - (vb as number);
      return order * direction || a.service.id.localeCompare(b.service.id);
    });
  }

  private header(key: SortKey, label: string, numeric = true) {
    const active = this.sortKey === key;
    return html`<th scope="col" class=${numeric ? 'num' : ''} aria-sort=${active ? (this.descending ? 'descending' : 'ascending') : nothing}>
      <button type="button" class="sort" @click=${() => this.sort(key)}>
        ${label}<span class="sort-icon" aria-hidden="true">${active ? (this.descending ? '▼' : '▲') : '↕'}</span>
      </button>
    </th>`;
  }

  override render() {
    const { m } = this;
    if (this.services.length === 0) return html`<p>${m.noServices}</p>`;
    const captionId = 'services-caption';
    // The explanation stands above the scrolling region (a caption would scroll away with a wide table).
    return html`<p class="table-intro" id=${captionId}>${m.servicesCaption(this.year)}</p>
      <div class="table-scroll" role="region" aria-labelledby=${captionId} tabindex="0">
      <table class="services" aria-labelledby=${captionId}>
        <thead>
          <tr>
            ${this.header('service', m.col.service, false)} ${this.header('responses', m.col.responses)} ${this.header('satisfied', m.col.satisfied)}
            ${this.header('change', m.col.change)} ${this.header('mean', m.col.mean)} ${this.header('responseRate', m.col.responseRate)}
            <th scope="col">${m.col.trend}</th>
          </tr>
        </thead>
        <tbody>
          ${this.sorted().map((s) => this.row(s))}
        </tbody>
      </table>
      </div>`;
  }

  private row(s: ServiceFigures) {
    const { m, f } = this;
    const months = s.byMonth.map((month) => (month.responses > 0 ? month.satisfied : null));
    const spoken = s.byMonth
      .filter((month) => month.responses > 0)
      .map((month) => `${f.monthShort(month.month)} ${f.percent(month.satisfied, 0)}`)
      .join(', ');
    return html`<tr>
      <th scope="row" class="service-name"><a href=${serviceHref(s.service.id, this.year)}>${serviceName(s.service.name, m.lang)}</a></th>
      <td class="num">${f.number(s.responses)}</td>
      <td class="num satisfied-cell">
        <strong>${f.percent(s.satisfied)}</strong>
        ${chartMarkup(charts.shareBar({ value: s.satisfied, low: s.satisfiedInterval?.low, high: s.satisfiedInterval?.high }))}
        ${
          s.satisfiedInterval
            ? html`<span class="margin">${m.kf.margin(f.percent(s.satisfiedInterval.low, 0), f.percent(s.satisfiedInterval.high, 0))}</span>`
            : nothing
        }
      </td>
      <td class="num">${changeCell(m, f, s.satisfied, s.previousYear.satisfied, this.year - 1)}</td>
      <td class="num">${f.mean(s.mean)}</td>
      <td class="num">${f.percent(s.responseRate)}</td>
      <td class="trend">
        ${chartMarkup(charts.sparkline({ values: months }))}
        <span class="sr-only">${spoken ? m.trendSummary(spoken) : '–'}</span>
      </td>
    </tr>`;
  }
}
customElements.define('fi-services-table', ServicesTable);
