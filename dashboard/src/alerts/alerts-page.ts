import { Task } from '@lit/task';
import {
  ALERT_EVENTS,
  type AlertDelivery,
  type AlertEventType,
  type AlertSubscription,
  type DashboardSession,
  type Service,
} from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { createSubscription, deleteSubscription, listDeliveries, listServices, listSubscriptions, sendTest } from './alerts-api.js';
import { listOrganisations } from '../kernel/analyst-api.js';
import { LightElement } from '../kernel/light-element.js';
import { serviceName, type Formatter } from '../kernel/format.js';
import { alertMessagesFor, type AlertMessages } from './alert-messages.js';
import type { Messages } from '../i18n/index.js';
import { announceAfterRender, errorBlock, loadingBlock } from '../kernel/page-parts.js';
import './alerts.css';

type SignedIn = Extract<DashboardSession, { signedIn: true }>;
const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;

/**
 * Alert subscriptions of the organisation: what is set up, with "send a test" and the
 * deliveries of each; managers (and admins) make and delete them. A webhook's secret is
 * shown once, right after it is made, with a copy button.
 */
export class AlertsPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    channel: { state: true },
    busy: { state: true },
    status: { state: true },
    problem: { state: true },
    secret: { state: true },
    open: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  f!: Formatter;
  channel: 'webhook' | 'email' = 'webhook';
  busy = false;
  /** The last outcome, announced politely. */
  status = '';
  problem: { field: string | null; message: string } | null = null;
  secret: string | null = null;
  /** Subscriptions whose deliveries are shown, with what was loaded. */
  open = new Map<string, AlertDelivery[] | null>();

  private get a(): AlertMessages {
    return alertMessagesFor(this.m.lang);
  }

  private get mayChange(): boolean {
    return this.session.role !== 'analyst';
  }

  private data = new Task(this, {
    task: async (_args, { signal }) => {
      const [subscriptions, services, organisations] = await Promise.all([
        listSubscriptions(signal),
        listServices(signal),
        this.session.admin ? listOrganisations(signal) : Promise.resolve([]),
      ]);
      return { subscriptions, services, organisations };
    },
    args: () => [] as const,
    onComplete: () => announceAfterRender(this, () => this.a.title),
    onError: () => announceAfterRender(this, () => this.a.title),
  });

  override render() {
    const { a } = this;
    return html`
      <h1 class="page-title" tabindex="-1">${a.title}</h1>
      <p>${a.intro}</p>
      ${this.mayChange ? nothing : html`<p class="notice">${a.readOnly}</p>`}
      <p class="status" role="status">${this.status}</p>
      ${this.data.render({
        pending: () => loadingBlock(this.m),
        error: () => errorBlock(this.m, () => void this.data.run()),
        complete: ({ subscriptions, services, organisations }) => html`
          ${this.secret ? this.secretBlock(this.secret) : nothing}
          <section class="panel" aria-labelledby="subscriptions-heading">
            <h2 id="subscriptions-heading">${a.listHeading}</h2>
            ${subscriptions.length === 0 ? html`<p>${a.none}</p>` : this.table(subscriptions, services)}
          </section>
          ${this.mayChange ? this.form(services, organisations) : nothing}
        `,
      })}
    `;
  }

  private destination = (s: AlertSubscription) => s.url ?? s.email ?? '';

  private table(subscriptions: AlertSubscription[], services: Service[]): TemplateResult {
    const { a } = this;
    const nameOf = (id: string) => {
      const service = services.find((s) => s.id === id);
      return service ? serviceName(service.name, this.m.lang) : id;
    };
    return html`<div class="table-scroll" role="region" aria-labelledby="subscriptions-heading" tabindex="0">
        <table class="figures-table subscriptions">
          <caption class="sr-only">${a.listHeading}</caption>
          <thead>
            <tr>
              <th scope="col">${a.destination}</th>
              <th scope="col">${a.events}</th>
              <th scope="col">${a.services}</th>
              <th scope="col">${a.language}</th>
              <th scope="col">${a.remarks}</th>
              <th scope="col">${a.actions}</th>
            </tr>
          </thead>
          <tbody>
            ${subscriptions.map(
              (s) => html`<tr>
                <th scope="row">${a.channels[s.channel]}: <span class="destination">${this.destination(s)}</span></th>
                <td>${s.events.join(', ')}</td>
                <td>${s.services ? s.services.map(nameOf).join(', ') : a.allServices}</td>
                <td>${a.languages[s.language]}</td>
                <td>${s.includeRemarks ? a.withRemarks : a.withoutRemarks}</td>
                <td>
                  <div class="actions">
                    ${
                      this.mayChange
                        ? html`<button type="button" class="secondary" @click=${() => this.test(s)}>${a.sendTest}<span class="sr-only">: ${this.destination(s)}</span></button>`
                        : nothing
                    }
                    <button type="button" class="secondary" aria-expanded=${this.open.has(s.id) ? 'true' : 'false'} aria-controls=${`deliveries-${s.id}`} @click=${() => this.toggle(s)}>
                      ${this.open.has(s.id) ? a.hideDeliveries : a.showDeliveries}<span class="sr-only">: ${this.destination(s)}</span>
                    </button>
                    ${
                      this.mayChange
                        ? html`<button type="button" class="secondary" @click=${() => this.deleteOne(s)}>${a.deleteSubscription}<span class="sr-only">: ${this.destination(s)}</span></button>`
                        : nothing
                    }
                  </div>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${subscriptions.filter((s) => this.open.has(s.id)).map((s) => this.deliveries(s))}`;
  }

  private deliveries(s: AlertSubscription): TemplateResult {
    const { a, f } = this;
    const list = this.open.get(s.id);
    const caption = a.deliveriesCaption(this.destination(s));
    return html`<div id=${`deliveries-${s.id}`} class="deliveries">
      ${
        list === null || list === undefined
          ? loadingBlock(this.m)
          : list.length === 0
            ? html`<h3>${caption}</h3><p>${a.noDeliveries}</p>`
            : html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
              <table class="figures-table">
                <caption>${caption}</caption>
                <thead>
                  <tr><th scope="col">${a.event}</th><th scope="col">${a.created}</th><th scope="col">${a.status}</th><th scope="col">${a.attempts}</th><th scope="col">${a.lastOutcome}</th></tr>
                </thead>
                <tbody>
                  ${list.map((d) => {
                    const last = d.attempts.at(-1);
                    return html`<tr>
                      <th scope="row">${d.type}</th>
                      <td>${f.dateTime(d.createdAt, 'Europe/Brussels')}</td>
                      <td>${a.statuses[d.status]}</td>
                      <td class="num">${d.attempts.length}</td>
                      <td>${last ? (last.outcome === 'delivered' ? `${a.statuses.delivered}${last.httpStatus ? ` (HTTP ${last.httpStatus})` : ''}` : (last.error ?? '')) : '–'}</td>
                    </tr>`;
                  })}
                </tbody>
              </table>
            </div>`
      }
    </div>`;
  }

  private secretBlock(secret: string): TemplateResult {
    const { a } = this;
    return html`<section class="panel secret" aria-labelledby="secret-heading">
      <h2 id="secret-heading">${a.secretHeading}</h2>
      <p>${a.secretText}</p>
      <p><code id="webhook-secret">${secret}</code></p>
      <button type="button" class="secondary" @click=${() => this.copy(secret)}>${a.copy}</button>
    </section>`;
  }

  private form(services: Service[], organisations: Array<{ id: string; name: string }>): TemplateResult {
    const { a, m } = this;
    const error = (field: string) =>
      this.problem?.field === field ? html`<p class="field-error" id=${`${field}-problem`}>${this.problem.message}</p>` : nothing;
    const invalid = (field: string) => (this.problem?.field === field ? 'true' : 'false');
    const described = (field: string, hint?: string) =>
      [hint, this.problem?.field === field ? `${field}-problem` : ''].filter(Boolean).join(' ') || nothing;
    const own = this.session.admin ? services : services.filter((s) => s.organisationId === this.session.organisation?.id);
    return html`<section class="panel" aria-labelledby="create-heading">
      <h2 id="create-heading">${a.createHeading}</h2>
      ${this.problem && this.problem.field === null ? html`<p class="field-error" role="alert">${this.problem.message}</p>` : nothing}
      <form @submit=${this.submit} novalidate>
        ${
          this.session.admin
            ? html`<div class="field">
              <label for="alert-organisation">${a.organisation}</label>
              <select id="alert-organisation" name="organisationId" aria-invalid=${invalid('organisationId')} aria-describedby=${described('organisationId')}>
                ${organisations.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
              </select>
              ${error('organisationId')}
            </div>`
            : nothing
        }
        <fieldset>
          <legend>${a.channel}</legend>
          <div class="checks">
            ${(['webhook', 'email'] as const).map(
              (c) =>
                html`<label class="check"><input type="radio" name="channel" value=${c} .checked=${this.channel === c} @change=${() => (this.channel = c)} />${a.channels[c]}</label>`,
            )}
          </div>
        </fieldset>
        ${
          this.channel === 'webhook'
            ? html`<div class="field">
              <label for="alert-url">${a.url}</label>
              <p class="hint" id="alert-url-hint">${a.urlHint}</p>
              <input id="alert-url" name="url" type="text" inputmode="url" autocomplete="off" spellcheck="false" class="wide" aria-invalid=${invalid('url')} aria-describedby=${described('url', 'alert-url-hint')} />
              ${error('url')}
            </div>`
            : html`<div class="field">
              <label for="alert-email">${a.email}</label>
              <input id="alert-email" name="email" type="text" inputmode="email" autocomplete="email" spellcheck="false" class="wide" aria-invalid=${invalid('email')} aria-describedby=${described('email')} />
              ${error('email')}
            </div>`
        }
        <fieldset aria-describedby=${described('events')}>
          <legend>${a.eventsLegend}</legend>
          <div class="checks column">
            ${ALERT_EVENTS.map(
              (e: AlertEventType) =>
                html`<label class="check"><input type="checkbox" name="events" value=${e} ?checked=${e !== 'test'} />${a.eventLabels[e]}</label>`,
            )}
          </div>
          ${error('events')}
        </fieldset>
        ${
          own.length > 0
            ? html`<fieldset aria-describedby="alert-services-hint">
              <legend>${a.servicesLegend}</legend>
              <p class="hint" id="alert-services-hint">${a.servicesHint}</p>
              <div class="checks">
                ${own.map((s) => html`<label class="check"><input type="checkbox" name="services" value=${s.id} />${serviceName(s.name, m.lang)}</label>`)}
              </div>
            </fieldset>`
            : nothing
        }
        <div class="field">
          <label for="alert-language">${a.language}</label>
          <select id="alert-language" name="language">
            ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === m.lang}>${a.languages[l]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label class="check"><input type="checkbox" name="includeRemarks" aria-describedby="alert-remarks-hint" />${a.includeRemarks}</label>
          <p class="hint" id="alert-remarks-hint">${a.includeRemarksHint}</p>
        </div>
        <button type="submit" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${this.busy ? a.creating : a.create}</button>
      </form>
    </section>`;
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const services = form.getAll('services').map(String);
    const common = {
      organisationId: this.session.admin ? String(form.get('organisationId') ?? '') : this.session.organisation!.id,
      events: form.getAll('events').map(String) as AlertEventType[],
      ...(services.length > 0 && { services }),
      language: String(form.get('language')) as (typeof LANGUAGES)[number],
      includeRemarks: form.get('includeRemarks') !== null,
    };
    this.busy = true;
    this.problem = null;
    try {
      const created = await createSubscription(
        this.channel === 'webhook'
          ? { ...common, channel: 'webhook', url: String(form.get('url') ?? '').trim() }
          : { ...common, channel: 'email', email: String(form.get('email') ?? '').trim() },
      );
      this.secret = created.secret;
      this.status = this.a.created_;
      (event.target as HTMLFormElement).reset();
      await this.data.run();
      if (created.secret) await this.updateComplete.then(() => this.querySelector<HTMLElement>('#secret-heading')?.scrollIntoView());
    } catch (error) {
      this.showProblem(error);
      await this.updateComplete;
      this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  private showProblem(error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    // The first field the API names, as the form calls it ("events.0" is the events group).
    const path = error instanceof ApiProblem ? (error.details[0]?.path.split('.')[0] ?? null) : null;
    const field = path && ['organisationId', 'url', 'email', 'events'].includes(path) ? path : null;
    this.problem = { field, message: this.a.problem(message) };
  }

  private async test(s: AlertSubscription) {
    try {
      await sendTest(s.id);
      this.status = this.a.testSent;
      if (this.open.has(s.id)) await this.loadDeliveries(s.id);
    } catch (error) {
      this.showProblem(error);
    }
  }

  private async toggle(s: AlertSubscription) {
    const open = new Map(this.open);
    if (open.has(s.id)) {
      open.delete(s.id);
      this.open = open;
      return;
    }
    open.set(s.id, null);
    this.open = open;
    await this.loadDeliveries(s.id);
  }

  private async loadDeliveries(id: string) {
    const list = await listDeliveries(id);
    this.open = new Map(this.open).set(id, list);
  }

  private async deleteOne(s: AlertSubscription) {
    try {
      await deleteSubscription(s.id);
      this.status = this.a.deleted;
      const open = new Map(this.open);
      open.delete(s.id);
      this.open = open;
      await this.data.run();
    } catch (error) {
      this.showProblem(error);
    }
  }

  private async copy(text: string) {
    await navigator.clipboard?.writeText(text).catch(() => undefined);
    this.status = this.a.copied;
  }
}

customElements.define('fi-alerts-page', AlertsPage);
