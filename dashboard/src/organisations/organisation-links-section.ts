import { Task } from '@lit/task';
import type { LinkField, Organisation } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { listOrganisations } from '../kernel/analyst-api.js';
import { updateOrganisation } from './organisations-api.js';
import { LightElement } from '../kernel/light-element.js';
import type { Messages } from '../i18n/index.js';
import { checkLinks, errorsAfterTyping, linksBody, linksDraftOf, linksFieldset, type LinkDraft } from './link-fields.js';
import { mayChange, problemText, type SignedIn } from '../kernel/signed-in.js';

/**
 * The organisation's default links (complaints, privacy, accessibility), which its services
 * show unless they set their own: a form for managers and admins, read-only for analysts.
 * Saved with PATCH /v1/organisations/:id; what the API refuses is shown at its field.
 */
export class OrganisationLinksSection extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    organisation: { attribute: false },
    links: { state: true },
    errors: { state: true },
    problem: { state: true },
    saved: { state: true },
    busy: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  organisation: string | null = null;
  links: LinkDraft | null = null;
  errors: Record<string, string> = {};
  problem: string | null = null;
  saved = false;
  busy = false;

  private loaded = new Task(this, {
    task: async ([organisation], { signal }): Promise<Organisation | null> =>
      organisation ? ((await listOrganisations(signal)).find((o) => o.id === organisation) ?? null) : null,
    args: () => [this.organisation] as const,
    onComplete: (organisation) => {
      this.links = organisation ? linksDraftOf(organisation) : null;
      this.errors = {};
      this.problem = null;
      this.saved = false;
    },
  });

  private type(field: LinkField, value: string) {
    this.links = { ...this.links!, [field]: value };
    this.saved = false;
    this.errors = errorsAfterTyping(this.m, this.errors, field, value);
  }

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy || !this.links || !this.organisation) return;
    this.problem = null;
    this.saved = false;
    this.errors = checkLinks(this.m, this.links);
    if (Object.keys(this.errors).length > 0) return this.focusFirstError();
    const body = linksBody(this.links);
    if (Object.keys(body).length === 0) return;
    this.busy = true;
    try {
      this.links = linksDraftOf(await updateOrganisation(this.organisation, body));
      this.saved = true;
    } catch (error) {
      const errors: Record<string, string> = {};
      if (error instanceof ApiProblem)
        for (const detail of error.details) if (detail.path in this.links) errors[detail.path] ??= detail.message;
      this.errors = errors;
      this.problem = Object.keys(errors).length ? this.m.manage.fixFields : problemText(this.m, error);
      if (Object.keys(errors).length) await this.focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  private async focusFirstError() {
    await this.updateComplete;
    this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  override render() {
    const { m } = this;
    const mm = m.manage;
    const links = this.links;
    if (!this.loaded.value || !links) return nothing;
    const editable = mayChange(this.session);
    return html`<section class="organisation-links" aria-labelledby="organisation-links-heading">
      <h2 id="organisation-links-heading">${mm.organisationLinksHeading}</h2>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <form novalidate @submit=${this.submit}>
        <fieldset ?disabled=${!editable}>
          ${linksFieldset({ m, links, errors: this.errors, hint: mm.organisationLinksHint, onType: (field, value) => this.type(field, value) })}
          ${
            editable
              ? html`<div class="actions">
                <button type="submit" id="save-organisation-links" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${mm.save}</button>
              </div>`
              : nothing
          }
        </fieldset>
        <p class="saved" role="status">${this.saved ? mm.saved : ''}</p>
      </form>
    </section>`;
  }
}
customElements.define('fi-organisation-links', OrganisationLinksSection);
