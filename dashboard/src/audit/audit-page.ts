import type { AuditEntry } from '@feedbackinstrument/shared';
import { html, nothing } from 'lit';
import { auditPage } from '../services/manage-api.js';
import { LightElement } from '../kernel/light-element.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { BASE } from '../kernel/links.js';
import { loadProblem } from '../services/manage-parts.js';
import type { SignedIn } from '../kernel/signed-in.js';
import { announceReady, loadingBlock } from '../kernel/page-parts.js';
import './audit.css';

/** The changed fields as short text: never markup, whatever a field holds. */
const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The audit log (GET /v1/audit): who changed what and when, newest first, with the
 * fields before and after; 50 at a time with "show more" (the API's cursor).
 */
export class AuditPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    organisation: { attribute: false },
    entries: { state: true },
    cursor: { state: true },
    state: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  f!: Formatter;
  organisation: string | null = null;
  entries: AuditEntry[] = [];
  cursor: string | null = null;
  state: 'loading' | 'ready' | 'error' = 'loading';
  private failure: unknown = null;

  override connectedCallback() {
    super.connectedCallback();
    void this.load(false);
  }

  private async load(more: boolean) {
    const firstNew = this.entries.length;
    this.state = 'loading';
    try {
      const page = await auditPage(this.session.admin ? this.organisation : null, more ? this.cursor : null);
      this.entries = more ? [...this.entries, ...page.entries] : page.entries;
      this.cursor = page.nextCursor;
      this.state = 'ready';
    } catch (error) {
      this.failure = error;
      this.state = 'error';
    }
    await this.updateComplete;
    if (!more) announceReady(this, this.m.manage.auditTitle);
    // After "show more", focus the first new entry so the reader continues there.
    else this.querySelectorAll<HTMLElement>('tbody tr th')[firstNew]?.focus();
  }

  private changes(entry: AuditEntry) {
    const keys = [...new Set([...Object.keys(entry.before ?? {}), ...Object.keys(entry.after ?? {})])];
    if (keys.length === 0) return nothing;
    return html`<ul class="plain-list">
      ${keys.map(
        (key) =>
          html`<li>
            <strong>${key}</strong>: ${entry.before && key in entry.before ? html`<del>${show(entry.before[key])}</del> → ` : nothing}${
              entry.after && key in entry.after ? show(entry.after[key]) : '–'
            }
          </li>`,
      )}
    </ul>`;
  }

  override render() {
    const { m, f } = this;
    const mm = m.manage;
    return html`
      <nav class="breadcrumb" aria-label=${m.breadcrumb}>
        <ol>
          <li><a href=${BASE}>${m.overview}</a></li>
          <li aria-current="page">${mm.auditTitle}</li>
        </ol>
      </nav>
      <h1 class="page-title" tabindex="-1">${mm.auditTitle}</h1>
      <p>${mm.auditIntro}</p>
      ${this.state === 'error' ? loadProblem(m, this.failure, () => void this.load(false)) : nothing}
      ${this.entries.length === 0 && this.state === 'ready' ? html`<p>${mm.auditEmpty}</p>` : nothing}
      ${
        this.entries.length > 0
          ? html`<div class="table-scroll" role="region" aria-labelledby="audit-caption" tabindex="0">
            <table class="audit-table">
              <caption id="audit-caption">${mm.auditCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">${mm.whenColumn}</th>
                  <th scope="col">${mm.whoColumn}</th>
                  <th scope="col">${mm.whatColumn}</th>
                  <th scope="col">${mm.changesColumn}</th>
                </tr>
              </thead>
              <tbody>
                ${this.entries.map(
                  (e) => html`<tr>
                    <th scope="row" tabindex="-1">${f.dateTime(e.at, 'Europe/Brussels')}</th>
                    <td>${e.actor.name}<br /><span class="hint">${e.actor.role === 'admin' ? m.adminRole : mm.roles[e.actor.role]}</span></td>
                    <td>${mm.actions[e.action] ?? e.action}<br /><span class="hint">${e.target.type}: ${e.target.id}</span></td>
                    <td>${this.changes(e)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
          : nothing
      }
      ${this.state === 'loading' ? loadingBlock(m) : nothing}
      ${this.cursor && this.state === 'ready' ? html`<p><button type="button" class="secondary" @click=${() => this.load(true)}>${m.loadMore}</button></p>` : nothing}
    `;
  }
}
customElements.define('fi-audit-page', AuditPage);
