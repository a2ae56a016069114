import { Task } from '@lit/task';
import { ORGANISATION_ROLES, type Organisation, type OrganisationRole } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { listOrganisations } from '../kernel/analyst-api.js';
import { createToken, listTokens, revokeToken } from '../services/manage-api.js';
import '../kernel/copy-field.js';
import { LightElement } from '../kernel/light-element.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { BASE } from '../kernel/links.js';
import { loadProblem } from '../services/manage-parts.js';
import { problemText, type SignedIn } from '../kernel/signed-in.js';
import { announceAfterRender, loadingBlock } from '../kernel/page-parts.js';
import './auth.css';

/**
 * API tokens of the organisation: make one with a role (shown once, with a copy button;
 * only its hash is kept) and revoke the ones that are no longer needed. Managers and admins
 * only (the API answers analysts 403; the app shows them no link here).
 */
export class TokensPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    organisation: { attribute: false },
    created: { state: true },
    errors: { state: true },
    problem: { state: true },
    said: { state: true },
    busy: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  f!: Formatter;
  organisation: string | null = null;
  created: { name: string; token: string } | null = null;
  errors: Record<string, string> = {};
  problem: string | null = null;
  said = '';
  busy = false;

  private data = new Task(this, {
    task: async ([admin], { signal }) => {
      const [tokens, organisations] = await Promise.all([
        listTokens(signal),
        admin ? listOrganisations(signal) : Promise.resolve([] as Organisation[]),
      ]);
      return { tokens, organisations };
    },
    args: () => [this.session.admin] as const,
    onComplete: () => announceAfterRender(this, () => this.m.manage.tokensTitle),
    onError: () => announceAfterRender(this, () => this.m.manage.tokensTitle),
  });

  private async create(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const name = String(data.get('name') ?? '').trim();
    const role = String(data.get('role')) as OrganisationRole;
    const organisationId = this.session.admin ? String(data.get('organisationId') ?? '') : this.session.organisation!.id;
    this.problem = null;
    this.created = null;
    this.errors = name ? {} : { name: this.m.manage.required };
    if (!name) return this.focusInvalid();
    this.busy = true;
    try {
      const created = await createToken({ name, organisationId, role });
      this.created = { name: created.name, token: created.token };
      form.reset();
      await this.data.run();
      await this.updateComplete;
      this.querySelector<HTMLElement>('#new-token')?.focus();
    } catch (error) {
      const errors: Record<string, string> = {};
      if (error instanceof ApiProblem)
        for (const d of error.details) if (['name', 'role', 'organisationId'].includes(d.path)) errors[d.path] = d.message;
      this.errors = errors;
      this.problem = problemText(this.m, error);
      if (Object.keys(errors).length) this.focusInvalid();
    } finally {
      this.busy = false;
    }
  }

  private async focusInvalid() {
    await this.updateComplete;
    this.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private async revoke(id: string, name: string) {
    this.problem = null;
    try {
      await revokeToken(id);
      this.said = this.m.manage.revoked(name);
      await this.data.run();
      await this.updateComplete;
      this.querySelector<HTMLElement>('#tokens-said')?.focus();
    } catch (error) {
      this.problem = problemText(this.m, error);
    }
  }

  override render() {
    const { m, f } = this;
    const mm = m.manage;
    const organisation = this.organisation ?? this.session.organisation?.id ?? null;
    const error = (path: string) => this.errors[path];
    return html`
      <nav class="breadcrumb" aria-label=${m.breadcrumb}>
        <ol>
          <li><a href=${BASE}>${m.overview}</a></li>
          <li aria-current="page">${mm.tokensTitle}</li>
        </ol>
      </nav>
      <h1 class="page-title" tabindex="-1">${mm.tokensTitle}</h1>
      <p>${mm.tokensIntro}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}

      <section aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">${mm.newTokenHeading}</h2>
        <form class="token-create" novalidate @submit=${this.create}>
          ${
            this.session.admin
              ? html`<div class="field">
                <label for="token-organisation">${m.organisationLabel}</label>
                <select id="token-organisation" name="organisationId">
                  ${(this.data.value?.organisations ?? []).map((o) => html`<option value=${o.id} ?selected=${o.id === organisation}>${o.name}</option>`)}
                </select>
              </div>`
              : nothing
          }
          <div class="field">
            <label for="token-name">${mm.tokenNameLabel}</label>
            <p class="hint" id="token-name-hint">${mm.tokenNameHint}</p>
            <input
              type="text"
              id="token-name"
              name="name"
              autocomplete="off"
              required
              aria-invalid=${error('name') ? 'true' : 'false'}
              aria-describedby=${error('name') ? 'token-name-hint token-name-error' : 'token-name-hint'}
            />
            ${error('name') ? html`<p class="field-error" id="token-name-error">${error('name')}</p>` : nothing}
          </div>
          <div class="field">
            <label for="token-role">${mm.roleLabel}</label>
            <select id="token-role" name="role" aria-describedby="token-role-hint">
              ${ORGANISATION_ROLES.map((r) => html`<option value=${r}>${mm.roles[r]}</option>`)}
            </select>
            <p class="hint" id="token-role-hint">${mm.roleHint}</p>
          </div>
          <button type="submit" class="primary" aria-disabled=${this.busy ? 'true' : 'false'}>${mm.createToken}</button>
        </form>
        ${
          this.created
            ? html`<div class="created-token" id="new-token" tabindex="-1">
              <p class="notice" role="status">${mm.tokenShownOnce(this.created.name)}</p>
              <fi-copy-field .m=${m} .fieldId=${'created-token'} .label=${mm.tokenValueLabel} .value=${this.created.token} .rows=${2}></fi-copy-field>
            </div>`
            : nothing
        }
      </section>

      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">${mm.tokensHeading}</h2>
        <p class="saved" id="tokens-said" role="status" tabindex="-1">${this.said}</p>
        ${this.data.render({
          pending: () => loadingBlock(m),
          error: (error) => loadProblem(m, error, () => void this.data.run()),
          complete: ({ tokens }) => {
            const live = tokens.filter(
              (t) => t.revokedAt === null && (this.session.admin ? t.organisationId === organisation || organisation === null : true),
            );
            return live.length === 0
              ? html`<p>${mm.noTokens}</p>`
              : html`<div class="table-scroll" role="region" aria-labelledby="tokens-caption" tabindex="0">
                  <table>
                    <caption id="tokens-caption">${mm.tokensCaption}</caption>
                    <thead>
                      <tr>
                        <th scope="col">${mm.tokenNameLabel}</th>
                        <th scope="col">${mm.roleLabel}</th>
                        <th scope="col">${mm.createdColumn}</th>
                        <th scope="col">${mm.actionColumn}</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${live.map(
                        (t) => html`<tr>
                          <th scope="row">${t.name}</th>
                          <td>${t.role === 'admin' ? m.adminRole : mm.roles[t.role]}</td>
                          <td>${f.dateTime(t.createdAt, 'Europe/Brussels')}</td>
                          <td>
                            <button type="button" class="secondary" @click=${() => this.revoke(t.id, t.name)}>
                              ${mm.revoke}<span class="sr-only">: ${t.name}</span>
                            </button>
                          </td>
                        </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`;
          },
        })}
      </section>
    `;
  }
}
customElements.define('fi-tokens-page', TokensPage);
