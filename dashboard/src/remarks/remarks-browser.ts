import type { Remark } from '@feedbackinstrument/shared';
import { html, nothing, type PropertyValues } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import { eraseRemark, serviceRemarks, type RemarkFilters } from '../kernel/analyst-api.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { LightElement } from '../kernel/light-element.js';
import './remarks.css';

const emptyFilters = (year: number): RemarkFilters => ({ year, scores: [], q: '', from: '', to: '' });

/**
 * Reads a service's remarks: free-text search, scores and a period, newest first, a page
 * at a time ("show more" keeps what is shown and moves focus to the first new remark).
 * Every remark is rendered as text, in its own language.
 */
export class RemarksBrowser extends LightElement {
  static override properties = {
    serviceId: { attribute: false },
    mayErase: { attribute: false },
    year: { type: Number },
    timezone: { attribute: false },
    m: { attribute: false },
    f: { attribute: false },
    filters: { state: true },
    remarks: { state: true },
    nextCursor: { state: true },
    busy: { state: true },
    failed: { state: true },
    periodError: { state: true },
    confirming: { state: true },
    erasing: { state: true },
    said: { state: true },
  };

  serviceId = '';
  /** Managers and admins erase a remark on request; an analyst reads only and gets no erase button. */
  mayErase = false;
  year = 0;
  timezone = 'Europe/Brussels';
  m!: Messages;
  f!: Formatter;
  filters: RemarkFilters = emptyFilters(0);
  remarks: Remark[] = [];
  nextCursor: string | null = null;
  busy = false;
  failed = false;
  periodError = false;
  /** The response whose remark the user is asked to confirm erasing; null: none. */
  confirming: string | null = null;
  erasing = false;
  /** What the status line says after an erase (or its failure). */
  said = '';
  private abort: AbortController | null = null;
  private loaded = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('serviceId') || changed.has('year')) {
      this.filters = emptyFilters(this.year);
      void this.showFilters();
      void this.load(true);
    }
  }

  /**
   * Writes the filters into the form. The form's fields are not bound to `filters`: they
   * hold what the user is typing, and a list arriving meanwhile (which renders again) must
   * not overwrite it. Only changing the filters from code (clear, a topic, another service)
   * writes them.
   */
  private async showFilters() {
    await this.updateComplete;
    const form = this.querySelector<HTMLFormElement>('form.remark-filters');
    if (!form) return;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    field('q').value = this.filters.q ?? '';
    field('from').value = this.filters.from ?? '';
    field('to').value = this.filters.to ?? '';
    for (const box of form.querySelectorAll<HTMLInputElement>('input[name="score"]'))
      box.checked = this.filters.scores.includes(Number(box.value));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Shows the remarks that contain a phrase (from a recurring topic), and brings the list into view. */
  async searchFor(text: string) {
    this.filters = { ...emptyFilters(this.year), q: `"${text.replaceAll('"', '')}"` };
    await this.showFilters();
    await this.load(true);
    this.querySelector<HTMLElement>('#remarks-status')?.focus();
  }

  private async load(reset: boolean) {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.busy = true;
    this.failed = false;
    const before = reset ? 0 : this.remarks.length;
    try {
      const page = await serviceRemarks(this.serviceId, this.filters, reset ? null : this.nextCursor, abort.signal);
      if (abort.signal.aborted) return;
      this.remarks = reset ? page.remarks : [...this.remarks, ...page.remarks];
      this.nextCursor = page.nextCursor;
      this.loaded = true;
    } catch (error) {
      if (abort.signal.aborted || (error instanceof DOMException && error.name === 'AbortError')) return;
      this.failed = true;
      if (!(error instanceof ApiProblem)) console.error(error);
    } finally {
      if (!abort.signal.aborted) this.busy = false;
    }
    if (!reset && this.remarks.length > before) {
      await this.updateComplete;
      this.querySelectorAll<HTMLElement>('.remark')[before]?.focus();
    }
  }

  private submit(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const from = String(data.get('from') ?? '');
    const to = String(data.get('to') ?? '');
    this.periodError = Boolean(from && to && from > to);
    if (this.periodError) return;
    this.filters = {
      year: this.year,
      q: String(data.get('q') ?? '').trim(),
      scores: data.getAll('score').map(Number),
      from,
      to,
    };
    void this.load(true);
  }

  private async ask(id: string) {
    this.confirming = id;
    this.said = '';
    await this.updateComplete;
    this.querySelector<HTMLElement>('.erase-confirm .danger')?.focus();
  }

  private async cancelErase(id: string) {
    this.confirming = null;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`[data-erase="${id}"]`)?.focus();
  }

  /** Erases one remark's text; the remark leaves the list and the status line says so. */
  private async erase(id: string) {
    this.erasing = true;
    try {
      await eraseRemark(this.serviceId, id);
      this.remarks = this.remarks.filter((remark) => remark.id !== id);
      this.confirming = null;
      this.said = this.m.erase.done;
    } catch (error) {
      if (!(error instanceof ApiProblem)) console.error(error);
      this.said = this.m.erase.failed;
    } finally {
      this.erasing = false;
    }
    await this.updateComplete;
    this.querySelector<HTMLElement>('#remarks-status')?.focus();
  }

  private clear() {
    this.periodError = false;
    this.filters = emptyFilters(this.year);
    void this.showFilters();
    void this.load(true);
  }

  override render() {
    const { m } = this;
    const min = `${this.year}-01-01`;
    const max = `${this.year}-12-31`;
    return html`
      <form class="remark-filters" role="search" aria-label=${m.searchLabel} @submit=${this.submit} novalidate>
        <div class="field field-search">
          <label for="remarks-q">${m.searchLabel}</label>
          <p class="hint" id="remarks-q-hint">${m.searchHint}</p>
          <input id="remarks-q" name="q" type="search" maxlength="200" aria-describedby="remarks-q-hint" />
        </div>
        <fieldset class="field scores">
          <legend>${m.scoresLegend}</legend>
          <div class="checks">
            ${[1, 2, 3, 4, 5].map(
              (score) => html`<label class="check score-check score-${score}">
                <input type="checkbox" name="score" value=${score} />
                ${m.remarkScore(score, m.scoreLabels[score - 1]!)}
              </label>`,
            )}
          </div>
        </fieldset>
        <fieldset class="field period">
          <legend>${m.periodLegend}</legend>
          <p class="hint" id="remarks-period-hint">${m.periodHint(this.year)}</p>
          <div class="period-inputs">
            <div>
              <label for="remarks-from">${m.fromLabel}</label>
              <input id="remarks-from" name="from" type="date" min=${min} max=${max}
                aria-describedby="remarks-period-hint" aria-invalid=${this.periodError ? 'true' : 'false'} />
            </div>
            <div>
              <label for="remarks-to">${m.toLabel}</label>
              <input id="remarks-to" name="to" type="date" min=${min} max=${max}
                aria-describedby="remarks-period-hint ${this.periodError ? 'remarks-period-error' : ''}" aria-invalid=${this.periodError ? 'true' : 'false'} />
            </div>
          </div>
          ${this.periodError ? html`<p class="field-error" id="remarks-period-error" role="alert">${m.periodOrder}</p>` : nothing}
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary">${m.searchButton}</button>
          <button type="button" class="secondary" @click=${this.clear}>${m.clearFilters}</button>
        </div>
      </form>

      <p id="remarks-status" class="status" role="status" tabindex="-1">
        ${this.failed ? m.errorText : this.busy && !this.loaded ? m.loading : this.loaded ? m.remarksShown(this.remarks.length, this.nextCursor !== null) : ''}
        ${this.said}
      </p>
      ${
        this.remarks.length
          ? html`<ol class="remarks" aria-labelledby="remarks-heading">
            ${this.remarks.map((remark) => this.renderRemark(remark))}
          </ol>`
          : nothing
      }
      ${
        this.nextCursor
          ? html`<button type="button" class="secondary load-more" ?disabled=${this.busy} @click=${() => this.load(false)}>
            ${this.busy ? m.loading : m.loadMore}
          </button>`
          : nothing
      }
    `;
  }

  private renderRemark(remark: Remark) {
    const { m, f } = this;
    return html`<li class="remark" tabindex="-1">
      <p class="remark-meta">
        <span class="score-badge score-${remark.score}">${m.remarkScore(remark.score, m.scoreLabels[remark.score - 1]!)}</span>
        <time datetime=${remark.receivedAt}>${f.dateTime(remark.receivedAt, this.timezone)}</time>
        <span>${m.contextLabels[remark.context]}</span>
        <span>${remark.channel}</span>
        ${remark.step ? html`<span>${m.remarkMeta.step}: ${remark.step}</span>` : nothing}
        <span>${m.languageNames[remark.lang] ?? remark.lang}</span>
      </p>
      <p class="remark-text" lang=${remark.lang}>${remark.remark}</p>
      ${
        this.confirming === remark.id
          ? html`<div class="erase-confirm" role="group" aria-labelledby=${`erase-q-${remark.id}`}>
            <p id=${`erase-q-${remark.id}`}>${m.erase.question}</p>
            <button type="button" class="danger" ?disabled=${this.erasing} @click=${() => this.erase(remark.id)}>${m.erase.confirm}</button>
            <button type="button" class="secondary" ?disabled=${this.erasing} @click=${() => this.cancelErase(remark.id)}>${m.erase.cancel}</button>
          </div>`
          : this.mayErase
            ? html`<button type="button" class="link erase" data-erase=${remark.id} @click=${() => this.ask(remark.id)}>${m.erase.button}</button>`
            : nothing
      }
    </li>`;
  }
}
customElements.define('fi-remarks-browser', RemarksBrowser);
