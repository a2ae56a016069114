import { Task } from '@lit/task';
import type { Installation, Service } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { getService } from '../kernel/analyst-api.js';
import { serviceInstallation, updateService } from '../services/manage-api.js';
import { LightElement } from '../kernel/light-element.js';
import { serviceName, type Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { manageBreadcrumb, serviceTabs } from '../services/manage-parts.js';
import { mayChange, problemText, type SignedIn } from '../kernel/signed-in.js';
import { announceAfterRender, errorBlock, isNotFound, notFoundBlock } from '../kernel/page-parts.js';
import './installation.css';

/**
 * The installation check of a service: per embedding origin, whether it is allowed and
 * when the widget was last shown and answered there; the origins that tried to send
 * feedback but are not allowed, per day of the last 30; and, for a manager, "allow this
 * origin" in one click (a PATCH of the service's allowedOrigins, in the audit log).
 * The origins come in pages; refusals past the day's limit of new origins are shown
 * together as "other origins".
 */
export class InstallationPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    serviceId: { attribute: false },
    said: { state: true },
    problem: { state: true },
    busy: { state: true },
    page: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  f!: Formatter;
  serviceId = '';
  said = '';
  problem: string | null = null;
  busy: string | null = null;
  page = 1;

  private data = new Task(this, {
    task: async ([serviceId, page], { signal }) => {
      const [service, installation] = await Promise.all([getService(serviceId, signal), serviceInstallation(serviceId, page, signal)]);
      return { service, installation };
    },
    args: () => [this.serviceId, this.page] as const,
    onComplete: ({ service }) => announceAfterRender(this, () => this.pageTitle(service)),
    onError: () => announceAfterRender(this, () => this.m.notFoundTitle),
  });

  private pageTitle(service: Service): string {
    return `${this.m.manage.installationTitle}: ${serviceName(service.name, this.m.lang)}`;
  }

  private day(day: string | null): string {
    return day === null ? this.m.manage.never : this.f.day(day);
  }

  private async allow(service: Service, origin: string) {
    if (this.busy) return;
    this.busy = origin;
    this.problem = null;
    try {
      await updateService(service.id, { allowedOrigins: [...service.allowedOrigins, origin] });
      this.said = this.m.manage.allowed(origin);
      await this.data.run();
      await this.updateComplete;
      this.querySelector<HTMLElement>('#installation-said')?.focus();
    } catch (error) {
      this.problem = problemText(this.m, error);
    } finally {
      this.busy = null;
    }
  }

  override render() {
    const { m } = this;
    return this.data.render({
      pending: () =>
        this.data.value
          ? this.renderPage(this.data.value.service, this.data.value.installation)
          : html`<h1 class="page-title" tabindex="-1">${m.loading}</h1>`,
      error: (error) => (isNotFound(error) ? notFoundBlock(m, m.notFoundService) : errorBlock(m, () => void this.data.run())),
      complete: ({ service, installation }) => this.renderPage(service, installation),
    });
  }

  private renderPage(service: Service, installation: Installation) {
    const { m, f } = this;
    const mm = m.manage;
    const { origins } = installation;
    const other = installation.otherOrigins.refusedByDay;
    const allowed = origins.filter((o) => o.allowed);
    const refused = origins.filter((o) => !o.allowed);
    const editable = mayChange(this.session);
    return html`
      ${manageBreadcrumb(m, serviceName(service.name, m.lang), this.session.admin ? service.organisationId : null)}
      <h1 class="page-title" tabindex="-1">${this.pageTitle(service)}</h1>
      ${serviceTabs(m, service.id, 'installation')}
      <p>${mm.installationIntro}</p>
      <p class="saved" id="installation-said" role="status" tabindex="-1">${this.said}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}

      <section aria-labelledby="allowed-heading">
        <h2 id="allowed-heading">${mm.allowedHeading}</h2>
        ${
          allowed.length === 0
            ? html`<p>${mm.noOrigins}</p>`
            : html`<div class="table-scroll" role="region" aria-labelledby="allowed-caption" tabindex="0">
              <table class="installation-table">
                <caption id="allowed-caption">${mm.allowedCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${mm.originColumn}</th>
                    <th scope="col">${mm.lastShownColumn}</th>
                    <th scope="col">${mm.lastAnsweredColumn}</th>
                  </tr>
                </thead>
                <tbody>
                  ${allowed.map(
                    (o) => html`<tr>
                      <th scope="row" class="origin">${o.origin}</th>
                      <td>${this.day(o.lastShownDay)}</td>
                      <td>${this.day(o.lastAnsweredDay)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        }
      </section>

      <section aria-labelledby="refused-heading">
        <h2 id="refused-heading">${mm.refusedHeading}</h2>
        <p class="hint">${mm.refusedIntro}</p>
        ${
          refused.length === 0
            ? other.length === 0
              ? html`<p>${mm.noRefused}</p>`
              : nothing
            : html`<div class="table-scroll" role="region" aria-labelledby="refused-caption" tabindex="0">
              <table class="installation-table">
                <caption id="refused-caption">${mm.refusedCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">${mm.originColumn}</th>
                    <th scope="col">${mm.refusedColumn}</th>
                    <th scope="col">${mm.lastShownColumn}</th>
                    ${editable ? html`<th scope="col">${mm.actionColumn}</th>` : nothing}
                  </tr>
                </thead>
                <tbody>
                  ${refused.map(
                    (o) => html`<tr>
                      <th scope="row" class="origin">${o.origin}</th>
                      <td>
                        ${
                          o.refusedByDay.length === 0
                            ? mm.never
                            : html`<ul class="plain-list">
                              ${o.refusedByDay.map((d) => html`<li>${mm.refusedOn(f.day(d.day), f.number(d.count))}</li>`)}
                            </ul>`
                        }
                      </td>
                      <td>${this.day(o.lastShownDay)}</td>
                      ${
                        editable
                          ? html`<td>
                            <button type="button" class="primary" aria-disabled=${this.busy === o.origin ? 'true' : 'false'} @click=${() => this.allow(service, o.origin)}>
                              ${mm.allowOrigin}<span class="sr-only">: ${o.origin}</span>
                            </button>
                          </td>`
                          : nothing
                      }
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
        }
        ${
          other.length === 0
            ? nothing
            : html`<h3 id="other-origins-heading">${mm.otherOrigins}</h3>
              <p class="hint">${mm.otherOriginsHint}</p>
              <ul class="plain-list" aria-labelledby="other-origins-heading">
                ${other.map((d) => html`<li>${mm.refusedOn(f.day(d.day), f.number(d.count))}</li>`)}
              </ul>`
        }
      </section>
      ${this.pager(installation)}
    `;
  }

  private pager(installation: Installation) {
    const mm = this.m.manage;
    const pages = Math.max(1, Math.ceil(installation.total / installation.pageSize));
    if (pages === 1) return nothing;
    const go = (page: number) => {
      this.page = page;
      this.said = '';
    };
    return html`<nav class="pager" aria-label=${mm.pagesLabel}>
      <button type="button" ?disabled=${installation.page <= 1} @click=${() => go(installation.page - 1)}>${mm.previousPage}</button>
      <span aria-live="polite">${mm.pageOf(installation.page, pages)}</span>
      <button type="button" ?disabled=${installation.nextPage === null} @click=${() => installation.nextPage && go(installation.nextPage)}>${mm.nextPage}</button>
    </nav>`;
  }
}
customElements.define('fi-installation-page', InstallationPage);
