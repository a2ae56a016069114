import { Task } from '@lit/task';
import type { Organisation } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { listOrganisations } from '../kernel/analyst-api.js';
import { listServices } from './manage-api.js';
import { LightElement } from '../kernel/light-element.js';
import { serviceName } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { BASE, manageHref, manageServiceHref, navigate, newServiceHref } from '../kernel/links.js';
import { mayChange, type SignedIn } from '../kernel/signed-in.js';
import { announceAfterRender, errorBlock, loadingBlock } from '../kernel/page-parts.js';
import '../organisations/organisation-links-section.js';

/**
 * "Manage services": the organisation's services with their state, and the way to each
 * one's settings, embed page and installation check; a manager or admin also adds one
 * and sets the organisation's default links under the list. An admin picks the organisation.
 */
export class ManageServicesPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    organisation: { attribute: false },
  };

  session!: SignedIn;
  m!: Messages;
  organisation: string | null = null;

  private organisations = new Task(this, {
    task: async ([admin], { signal }): Promise<Organisation[]> => (admin ? listOrganisations(signal) : []),
    args: () => [this.session.admin] as const,
  });

  private services = new Task(this, {
    task: async ([organisation], { signal }) => (organisation ? listServices(this.session.admin ? organisation : null, signal) : []),
    args: () => [this.selectedOrganisation] as const,
    onComplete: () => announceAfterRender(this, () => this.m.manage.servicesTitle),
    onError: () => announceAfterRender(this, () => this.m.manage.servicesTitle),
  });

  get selectedOrganisation(): string | null {
    if (!this.session.admin) return this.session.organisation?.id ?? null;
    return this.organisation ?? this.organisations.value?.[0]?.id ?? null;
  }

  private choose(event: Event) {
    navigate(manageHref((event.target as HTMLSelectElement).value), { keepFocus: true });
  }

  override render() {
    const { m } = this;
    const mm = m.manage;
    const organisation = this.selectedOrganisation;
    return html`
      <nav class="breadcrumb" aria-label=${m.breadcrumb}>
        <ol>
          <li><a href=${BASE}>${m.overview}</a></li>
          <li aria-current="page">${mm.servicesTitle}</li>
        </ol>
      </nav>
      <h1 class="page-title" tabindex="-1">${mm.servicesTitle}</h1>
      <p class="subtitle">${mm.servicesIntro}</p>
      ${
        this.session.admin && this.organisations.value
          ? html`<form class="choices" @submit=${(e: Event) => e.preventDefault()}>
            <div class="field">
              <label for="manage-organisation">${m.organisationLabel}</label>
              <select id="manage-organisation" name="organisation" @change=${this.choose}>
                ${this.organisations.value.map((o) => html`<option value=${o.id} ?selected=${o.id === organisation}>${o.name}</option>`)}
              </select>
            </div>
          </form>`
          : nothing
      }
      ${
        mayChange(this.session) && organisation
          ? html`<p><a class="button-link primary" href=${newServiceHref(this.session.admin ? organisation : null)}>${mm.newService}</a></p>`
          : html`<p class="notice">${mm.readOnly}</p>`
      }
      ${this.services.render({
        pending: () => loadingBlock(m),
        error: () => errorBlock(m, () => void this.services.run()),
        complete: (services) =>
          services.length === 0
            ? html`<p>${m.noServices}</p>`
            : html`<div class="table-scroll" role="region" aria-labelledby="manage-caption" tabindex="0">
                <table class="manage-table">
                  <caption id="manage-caption">${mm.servicesCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">${m.col.service}</th>
                      <th scope="col">${mm.stateColumn}</th>
                      <th scope="col">${mm.originsColumn}</th>
                      <th scope="col">${mm.pagesColumn}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${services.map(
                      (s) => html`<tr>
                        <th scope="row">${serviceName(s.name, m.lang)}<br /><span class="hint">${s.id}</span></th>
                        <td>${s.active ? mm.active : mm.inactive}</td>
                        <td>${s.allowedOrigins.length}</td>
                        <td>
                          <ul class="inline-links">
                            <li><a href=${manageServiceHref(s.id)}>${mayChange(this.session) ? mm.edit : mm.view}<span class="sr-only">: ${serviceName(s.name, m.lang)}</span></a></li>
                            <li><a href=${manageServiceHref(s.id, 'embed')}>${mm.embedTab}<span class="sr-only">: ${serviceName(s.name, m.lang)}</span></a></li>
                            <li><a href=${manageServiceHref(s.id, 'installation')}>${mm.installationTab}<span class="sr-only">: ${serviceName(s.name, m.lang)}</span></a></li>
                          </ul>
                        </td>
                      </tr>`,
                    )}
                  </tbody>
                </table>
              </div>`,
      })}
      <fi-organisation-links .session=${this.session} .m=${m} .organisation=${organisation}></fi-organisation-links>
    `;
  }
}
customElements.define('fi-manage-services-page', ManageServicesPage);
