import { Task } from '@lit/task';
import type { AlertDelivery, AlertEventType, AlertSubscription, DashboardSession, Service } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { createSubscription, deleteSubscription, listDeliveries, listServices, listSubscriptions, sendTest } from './alerts-api.js';
import { listOrganisations } from '../kernel/analyst-api.js';
import { LightElement } from '../kernel/light-element.js';
import { serviceName, type Formatter } from '../kernel/format.js';
import type { AlertsMessages } from './alerts-messages.js';
import type { Messages } from '../i18n/index.js';
import { announceAfterRender, errorBlock, loadingBlock } from '../kernel/page-parts.js';
import { type AlertLanguage, subscriptionForm } from './subscription-form.js';
import { deliveriesBlock } from './deliveries-table.js';
import './alerts.css';

type SignedIn = Extract<DashboardSession, { signedIn: true }>;

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

  private get a(): AlertsMessages {
    return this.m.alerts;
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
          ${
            this.mayChange
              ? subscriptionForm({
                  a: this.a,
                  m: this.m,
                  session: this.session,
                  services,
                  organisations,
                  channel: this.channel,
                  problem: this.problem,
                  busy: this.busy,
                  onChannel: (channel) => (this.channel = channel),
                  onSubmit: (event) => void this.submit(event),
                })
              : nothing
          }
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
      ${subscriptions.filter((s) => this.open.has(s.id)).map((s) => deliveriesBlock(this.m, this.a, this.f, s, this.destination(s), this.open.get(s.id)))}`;
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

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const services = form.getAll('services').map(String);
    const common = {
      organisationId: this.session.admin ? String(form.get('organisationId') ?? '') : this.session.organisation!.id,
      events: form.getAll('events').map(String) as AlertEventType[],
      ...(services.length > 0 && { services }),
      language: String(form.get('language')) as AlertLanguage,
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
