import { html } from 'lit';
import { LightElement } from '../kernel/light-element.js';
import type { Messages } from '../i18n/index.js';
import { BASE } from '../kernel/links.js';

/** After an OpenID Connect sign-in whose claim names no organisation this server knows. */
export class NoAccessPage extends LightElement {
  static override properties = {
    m: { attribute: false },
    reason: { attribute: false },
    organisation: { attribute: false },
  };

  m!: Messages;
  reason: string | null = null;
  organisation: string | null = null;

  override render() {
    const { m } = this;
    return html`
      <h1 class="page-title" tabindex="-1">${m.noAccessTitle}</h1>
      <p>${m.noAccessText}</p>
      <p>${this.reason === 'unknown-organisation' && this.organisation ? m.noAccessUnknown(this.organisation) : this.reason === 'no-role' ? m.noAccessNoRole : m.noAccessNoClaim}</p>
      <p>${m.noAccessWhatNow}</p>
      <p><a href=${`${BASE}sign-in`}>${m.signInAgain}</a></p>
    `;
  }
}
customElements.define('fi-no-access-page', NoAccessPage);
