import { Task } from '@lit/task';
import { AUDIENCES, FOLLOW_UPS, type LinkField, type Organisation, type Service, type ServiceInput } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { getService, listOrganisations } from '../kernel/analyst-api.js';
import { createService, updateService } from './manage-api.js';
import { LightElement } from '../kernel/light-element.js';
import { serviceName } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { manageServiceHref, navigate } from '../kernel/links.js';
import { manageBreadcrumb, serviceTabs } from './manage-parts.js';
import { mayChange, problemText, type SignedIn } from '../kernel/signed-in.js';
import { announceAfterRender, errorBlock, isNotFound, loadingBlock, notFoundBlock } from '../kernel/page-parts.js';
import { draftBody, draftOf, emptyDraft, type Draft } from './service-draft.js';
import { checkDraft, errorsWithoutOrigin, originMessage } from './service-form-checks.js';
import { errorsAfterTyping, linksFieldset } from '../organisations/link-fields.js';
import { originsFieldset } from './service-form-fields.js';
import { fieldId, formField, textField, type FieldInput } from '../kernel/form-fields.js';
import { optionsFieldsets } from './service-form-options.js';

/**
 * Create or change a service: names (nl required; fr, en, de optional), audience, channel,
 * allowed origins (each checked as it is typed, with the API's own rule), the citizen's
 * links (https, checked as typed; empty: the organisation's), follow-ups, publish opt-in and active. What the API refuses is shown at its field, from the error
 * envelope's details; focus goes to the first field to fix. Analysts see the settings
 * without anything to change.
 */
export class ServiceFormPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    serviceId: { attribute: false },
    organisation: { attribute: false },
    draft: { state: true },
    errors: { state: true },
    problem: { state: true },
    saved: { state: true },
    busy: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  /** null: a new service. */
  serviceId: string | null = null;
  /** A new service's organisation (admins, from the URL). */
  organisation: string | null = null;
  draft: Draft | null = null;
  errors: Record<string, string> = {};
  problem: string | null = null;
  saved = false;
  busy = false;

  private loaded = new Task(this, {
    task: async ([serviceId, admin], { signal }): Promise<{ service: Service | null; organisations: Organisation[] }> => {
      const [service, organisations] = await Promise.all([
        serviceId ? getService(serviceId, signal) : Promise.resolve(null),
        admin && !serviceId ? listOrganisations(signal) : Promise.resolve([]),
      ]);
      return { service, organisations };
    },
    args: () => [this.serviceId, this.session.admin] as const,
    onComplete: ({ service, organisations }) => {
      this.draft = service
        ? draftOf(service)
        : emptyDraft(this.organisation ?? this.session.organisation?.id ?? organisations[0]?.id ?? '');
      this.errors = {};
      this.problem = null;
      this.saved = false;
      announceAfterRender(this, () => this.pageTitle(service));
    },
    onError: () => announceAfterRender(this, () => this.m.notFoundTitle),
  });

  private pageTitle(service: Service | null): string {
    return service ? serviceName(service.name, this.m.lang) : this.m.manage.newService;
  }

  private get editable(): boolean {
    return mayChange(this.session);
  }

  private set(change: Partial<Draft>, clear: string[] = []) {
    this.draft = { ...this.draft!, ...change };
    this.saved = false;
    if (clear.some((path) => path in this.errors)) {
      const errors = { ...this.errors };
      for (const path of clear) delete errors[path];
      this.errors = errors;
    }
  }

  /** Checked as it is typed: the same rule as the API's (shared/src/origin.ts). */
  private typeOrigin(index: number, value: string) {
    const origins = [...this.draft!.origins];
    origins[index] = value;
    this.set({ origins });
    const message = value.trim() === '' ? null : originMessage(this.m, value);
    const errors = { ...this.errors };
    if (message) errors[`allowedOrigins.${index}`] = message;
    else delete errors[`allowedOrigins.${index}`];
    this.errors = errors;
  }

  /** A link, checked as it is typed (https only, the API's rule). */
  private typeLink(field: LinkField, value: string) {
    this.set({ links: { ...this.draft!.links, [field]: value } });
    this.errors = errorsAfterTyping(this.m, this.errors, field, value);
  }

  private async addOrigin() {
    this.set({ origins: [...this.draft!.origins, ''] });
    await this.updateComplete;
    this.querySelector<HTMLInputElement>(`#${fieldId(`allowedOrigins.${this.draft!.origins.length - 1}`)}`)?.focus();
  }

  private async removeOrigin(index: number) {
    const origins = this.draft!.origins.filter((_, i) => i !== index);
    // Errors of the rows below move up with them.
    const errors = errorsWithoutOrigin(this.errors, index);
    this.draft = { ...this.draft!, origins };
    this.errors = errors;
    await this.updateComplete;
    this.querySelector<HTMLElement>(
      origins.length ? `#${fieldId(`allowedOrigins.${Math.min(index, origins.length - 1)}`)}` : '#add-origin',
    )?.focus();
  }

  private toggleFollowUp(followUp: string, on: boolean) {
    const followUps = FOLLOW_UPS.filter((f) => (f === followUp ? on : this.draft!.followUps.includes(f)));
    this.set({ followUps });
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy || !this.draft) return;
    this.problem = null;
    this.saved = false;
    const errors = checkDraft(this.m, this.draft, this.serviceId === null);
    this.errors = errors;
    if (Object.keys(errors).length > 0) return this.focusFirstError();
    this.busy = true;
    try {
      if (this.serviceId === null) {
        const input: ServiceInput = {
          id: this.draft.id,
          organisationId: this.draft.organisationId,
          ...draftBody(this.draft, false),
        } as ServiceInput;
        const created = await createService(input);
        navigate(manageServiceHref(created.id, 'embed'));
        return;
      }
      const updated = await updateService(this.serviceId, draftBody(this.draft, true));
      this.draft = draftOf(updated);
      this.saved = true;
    } catch (error) {
      this.showProblem(error);
    } finally {
      this.busy = false;
    }
  }

  /** The API's refusal: each detail at its field; what has no field here, above the form. */
  private async showProblem(error: unknown) {
    const errors: Record<string, string> = {};
    const elsewhere: string[] = [];
    if (error instanceof ApiProblem) {
      for (const detail of error.details) {
        if (this.querySelector(`#${CSS.escape(fieldId(detail.path))}`)) errors[detail.path] ??= detail.message;
        else elsewhere.push(`${detail.path}: ${detail.message}`);
      }
    }
    this.errors = errors;
    const text = problemText(this.m, error);
    this.problem = elsewhere.length ? `${text} ${elsewhere.join('; ')}` : Object.keys(errors).length ? this.m.manage.fixFields : text;
    if (Object.keys(errors).length) return this.focusFirstError();
    await this.updateComplete;
    this.querySelector<HTMLElement>('#form-problem')?.focus();
  }

  private async focusFirstError() {
    await this.updateComplete;
    this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  override render() {
    const { m } = this;
    return this.loaded.render({
      pending: () => html`<h1 class="page-title" tabindex="-1">${m.loading}</h1>`,
      error: (error) => (isNotFound(error) ? notFoundBlock(m, m.notFoundService) : errorBlock(m, () => void this.loaded.run())),
      complete: ({ service, organisations }) => (this.draft ? this.renderForm(service, organisations) : loadingBlock(m)),
    });
  }

  private field(path: string, label: string, input: FieldInput, hint?: string) {
    return formField(this.errors, path, label, input, hint);
  }

  private text(path: string, label: string, value: string, onInput: (value: string) => void, hint?: string, required = false) {
    return textField(this.errors, path, label, value, onInput, hint, required);
  }

  private renderForm(service: Service | null, organisations: Organisation[]) {
    const { m } = this;
    const mm = m.manage;
    const d = this.draft!;
    const title = this.pageTitle(service);
    const editable = this.editable;
    return html`
      ${manageBreadcrumb(m, title, this.session.admin ? d.organisationId : null)}
      <h1 class="page-title" tabindex="-1">${title}</h1>
      ${service ? serviceTabs(m, service.id, 'settings') : nothing}
      ${editable ? nothing : html`<p class="notice">${mm.readOnly}</p>`}
      ${this.problem ? html`<p class="problem" id="form-problem" role="alert" tabindex="-1">${this.problem}</p>` : nothing}
      <form class="service-form" novalidate @submit=${this.submit}>
        <fieldset ?disabled=${!editable}>
          <legend class="sr-only">${title}</legend>
          ${
            service === null && this.session.admin
              ? this.field(
                  'organisationId',
                  m.organisationLabel,
                  (id, describedBy, invalid) => html`<select
                id=${id}
                aria-invalid=${invalid ? 'true' : 'false'}
                aria-describedby=${describedBy || nothing}
                @change=${(e: Event) => this.set({ organisationId: (e.target as HTMLSelectElement).value }, ['organisationId'])}
              >
                ${organisations.map((o) => html`<option value=${o.id} ?selected=${o.id === d.organisationId}>${o.name}</option>`)}
              </select>`,
                )
              : nothing
          }
          ${service === null ? this.text('id', mm.idLabel, d.id, (v) => this.set({ id: v.trim() }, ['id']), mm.idHint, true) : nothing}
          ${this.text('name.nl', mm.nameLabel('nl'), d.name.nl, (v) => this.set({ name: { ...d.name, nl: v } }, ['name.nl']), undefined, true)}
          ${(['fr', 'en', 'de'] as const).map((lang) =>
            this.text(
              `name.${lang}`,
              mm.nameLabel(lang),
              d.name[lang],
              (v) => this.set({ name: { ...this.draft!.name, [lang]: v } }, [`name.${lang}`]),
              mm.optional,
            ),
          )}
          ${this.field(
            'audience',
            mm.audienceLabel,
            (id, describedBy, invalid) => html`<select
            id=${id}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${describedBy || nothing}
            @change=${(e: Event) => this.set({ audience: (e.target as HTMLSelectElement).value }, ['audience'])}
          >
            ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${a === d.audience}>${mm.audiences[a]}</option>`)}
          </select>`,
          )}
          ${this.text('channel', mm.channelLabel, d.channel, (v) => this.set({ channel: v }, ['channel']), mm.channelHint, true)}

          ${originsFieldset({
            m,
            origins: d.origins,
            errors: this.errors,
            editable,
            onType: (i, value) => this.typeOrigin(i, value),
            onRemove: (i) => void this.removeOrigin(i),
            onAdd: () => void this.addOrigin(),
          })}

          ${linksFieldset({ m, links: d.links, errors: this.errors, hint: mm.linksHint, onType: (field, value) => this.typeLink(field, value) })}

          ${optionsFieldsets({
            m,
            draft: d,
            existing: service !== null,
            onFollowUp: (followUp, on) => this.toggleFollowUp(followUp, on),
            onChange: (change) => this.set(change),
          })}
          ${
            editable
              ? html`<div class="actions">
                <button type="submit" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${service ? mm.save : mm.create}</button>
              </div>`
              : nothing
          }
        </fieldset>
        <p class="saved" role="status">${this.saved ? mm.saved : ''}</p>
      </form>
    `;
  }
}
customElements.define('fi-service-form-page', ServiceFormPage);
