import type { DashboardSession, SignInError, SignInMethods } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { oidcSignInUrl, signInWithToken } from './session-api.js';
import { LightElement } from '../kernel/light-element.js';
import type { Messages } from '../i18n/index.js';
import './sessions.css';

/**
 * Sign-in: through the organisation's identity provider (OpenID Connect), when configured,
 * or with an API token (the embedded default, and for anyone who has one). The token goes
 * once to the server, which answers with a session cookie; it is never stored in the page.
 */
export class SignInPage extends LightElement {
  static override properties = {
    m: { attribute: false },
    methods: { attribute: false },
    error: { attribute: false },
    notice: { attribute: false },
    returnTo: { attribute: false },
    busy: { state: true },
    tokenProblem: { state: true },
  };

  m!: Messages;
  methods!: SignInMethods;
  /** An error the sign-in callback sent us back with. */
  error: SignInError | null = null;
  /** Why the user is here (e.g. the session ended). */
  notice: string | null = null;
  returnTo = '/dashboard/';
  busy = false;
  tokenProblem: string | null = null;

  private async submit(event: SubmitEvent) {
    event.preventDefault();
    if (this.busy) return;
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('token') as HTMLInputElement;
    const token = input.value.trim();
    if (!token) {
      this.tokenProblem = this.m.tokenRequired;
      input.focus();
      return;
    }
    this.busy = true;
    this.tokenProblem = null;
    try {
      const session = await signInWithToken(token);
      form.reset();
      this.dispatchEvent(new CustomEvent<DashboardSession>('signed-in', { detail: session, bubbles: true }));
    } catch (error) {
      this.tokenProblem = error instanceof ApiProblem && error.status === 401 ? this.m.tokenInvalid : this.m.errorText;
      await this.updateComplete;
      input.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { m } = this;
    const provider = this.methods.oidc?.providerName ?? null;
    const problem = this.error ? m.signInErrors[this.error](provider) : this.notice;
    return html`
      <div class="sign-in">
        <h1 class="page-title" tabindex="-1">${m.signInTitle}</h1>
        <p>${m.signInIntro}</p>
        ${problem ? html`<p class="notice" role="alert">${problem}</p>` : nothing}
        ${
          this.methods.oidc
            ? html`<p><a class="button-link primary" href=${oidcSignInUrl(this.returnTo)} data-reload>${m.signInWithProvider(provider)}</a></p>
              <p class="or"><span>${m.or}</span></p>`
            : nothing
        }
        <form class="token-form" @submit=${this.submit} novalidate>
          <h2>${m.tokenHeading}</h2>
          <div class="field">
            <label for="token">${m.tokenLabel}</label>
            <p class="hint" id="token-hint">${m.tokenHint}</p>
            <input
              id="token"
              name="token"
              type="password"
              autocomplete="off"
              spellcheck="false"
              required
              aria-describedby="token-hint ${this.tokenProblem ? 'token-problem' : ''}"
              aria-invalid=${this.tokenProblem ? 'true' : 'false'}
            />
            ${this.tokenProblem ? html`<p class="field-error" id="token-problem" role="alert">${this.tokenProblem}</p>` : nothing}
          </div>
          <button type="submit" class=${this.methods.oidc ? 'secondary' : 'primary'} aria-disabled=${this.busy ? 'true' : 'false'}>
            ${this.busy ? m.tokenBusy : m.tokenSubmit}
          </button>
        </form>
      </div>
    `;
  }
}
customElements.define('fi-sign-in-page', SignInPage);
