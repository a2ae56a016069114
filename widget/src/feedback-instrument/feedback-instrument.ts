import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  CHANNEL_MAX_LENGTH,
  COMPLETED_VALUES,
  CONTEXTS,
  PAGE_MAX_LENGTH,
  REMARK_MAX_LENGTH,
  STEP_MAX_LENGTH,
  type Completed,
  type FeedbackContext,
  type Language,
} from '@feedbackinstrument/shared/constants';
import { sendDisplayBeacon } from '../delivery/display-beacon.js';
import { retryPolicy } from '../delivery/retry-policy.js';
import { flushOutbox, sendFeedback } from '../delivery/send-feedback.js';
import { newSubmissionId, type Submission } from '../delivery/submission.js';
import { messages, pickLanguage, type Messages } from '../i18n/index.js';
import { styles } from './feedback-instrument.styles.js';
import { bubble, check, face } from './icons.js';

export type FeedbackState = 'initial' | 'remark' | 'sending' | 'thanks' | 'error';

export interface FeedbackSubmittedDetail {
  serviceId: string;
  score: number;
  /** Whether a remark was sent with it (never the remark itself). */
  remark: boolean;
}

/** The API is where this script came from, unless the embedder says otherwise. */
const scriptOrigin = new URL(import.meta.url).origin;

/** Trimmed and cut to the server's limit; undefined when empty (the server refuses empty strings). */
const clip = (value: string | undefined, max: number) => value?.trim().slice(0, max) || undefined;

/** A message with its numbers: `#` the count, `%` the remark's maximum length. */
const fill = (text: string, n: number) => text.replace('#', String(n)).replace('%', String(REMARK_MAX_LENGTH));

/**
 * Asks how satisfied the user is with a digital service: five score buttons, then an
 * optional remark and follow-up questions that attach to the same response.
 *
 * @summary The Flemish feedbackinstrument: one script tag, one element, every e-loket.
 * @tag feedback-instrument
 *
 * @event {CustomEvent<FeedbackSubmittedDetail>} feedback-submitted - The user reached the thank-you state. Bubbles and is composed. `detail`: `{ serviceId, score, remark }` where `remark` says whether a remark was sent (its text is never in the event).
 *
 * @csspart base - The card that holds the question, the form and the answers.
 * @csspart question - The question (a heading).
 * @csspart score-button - Each of the five score buttons (also marked with `data-score="1"`…`"5"`).
 * @csspart remark - The form with the remark and the follow-up questions.
 * @csspart textarea - The remark field.
 * @csspart send-button - The button that sends the remark.
 * @csspart skip-button - "Nee, bedankt": straight to the thank-you state.
 * @csspart thanks - The thank-you state.
 * @csspart error - The error state.
 * @csspart retry-button - The button of the error state that sends the remark again.
 * @csspart floating-button - Floating mode: the fixed button that opens the dialog.
 * @csspart dialog - Floating mode: the modal `<dialog>`.
 * @csspart close-button - Floating mode: the button that closes the dialog.
 *
 * @cssprop [--fi-color-primary=#0055cc] - Buttons, links and selection.
 * @cssprop [--fi-color-text=#333332] - Text.
 * @cssprop [--fi-color-background=#fff] - Background; also the text on primary buttons.
 * @cssprop [--fi-color-border=#767f8a] - Borders of buttons and fields (keep ≥ 3:1 against the background).
 * @cssprop [--fi-color-focus=#0055cc] - The focus outline (keep ≥ 3:1 against the background).
 * @cssprop [--fi-color-accent=#ffe615] - The thin accent line (decorative).
 * @cssprop [--fi-font-family=inherit] - Font; by default the host page's font.
 * @cssprop [--fi-font-size=medium] - Base font size; everything scales with it. By default the reader's browser setting, not the page's.
 * @cssprop [--fi-radius=0.25em] - Corner radius.
 */
export class FeedbackInstrument extends LitElement {
  static override styles = styles;

  static override properties = {
    service: {},
    context: {},
    channel: {},
    step: {},
    mode: {},
    lang: { reflect: true },
    endpoint: {},
    followUps: { attribute: 'follow-ups' },
    // Internal state (`attribute: false` also keeps it out of the Custom Elements Manifest).
    /** @private */
    state: { state: true, attribute: false },
    /** @private */
    remark: { state: true, attribute: false },
    /** @private */
    live: { state: true, attribute: false },
  };

  /**
   * How deliveries are retried. Tests may shorten the waits, e.g.
   * `customElements.get('feedback-instrument').retryPolicy.baseDelay = 20`.
   */
  static retryPolicy = retryPolicy;

  /** The digital service's id (slug), e.g. "omgevingsvergunning-aanvragen". Required: without it nothing is shown. */
  declare service: string;
  /** `transaction` | `support` | `continuous`. Default: `transaction`, or `continuous` in floating mode. */
  declare context: string | undefined;
  /** The e-loket the service is used in; default: the service's own channel. */
  declare channel: string | undefined;
  /** A key of the step in the process, e.g. "bevestiging". */
  declare step: string | undefined;
  /** `inline` (default): in the page. `floating`: a fixed button that opens a dialog. */
  declare mode: string;
  /** `nl` | `fr` | `en` | `de`; default: the nearest `lang` of the page, else `nl`. */
  declare lang: string;
  /** The API's origin; default: the origin this script was loaded from. */
  declare endpoint: string | undefined;
  /** Follow-up questions to ask, space-separated: `ease`, `completed`. The server ignores the ones the service has not switched on. */
  declare followUps: string | undefined;

  /** Where the user is; reflected as `data-state` on the host for tests and styling. @private */
  declare private state: FeedbackState;
  /** @private */
  declare private remark: string;
  /** What the polite live region says. @private */
  declare private live: string;

  private body?: Submission;
  private answers: Pick<Submission, 'ease' | 'completed'> = {};
  private focusHeading = false;
  private bucket = 0;
  private observer?: IntersectionObserver;

  constructor() {
    super();
    this.service = '';
    this.mode = 'inline';
    this.state = 'initial';
    this.remark = '';
    this.live = '';
  }

  private get floating() {
    return this.mode === 'floating';
  }

  private get language(): Language {
    return pickLanguage(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  private get feedbackContext(): FeedbackContext {
    const context = this.context as FeedbackContext;
    return CONTEXTS.includes(context) ? context : this.floating ? 'continuous' : 'transaction';
  }

  private get api() {
    return (this.endpoint || scriptOrigin).replace(/\/+$/, '');
  }

  /** Opens the floating dialog and moves focus into it. Inline, it moves focus to the widget's heading. */
  async open(): Promise<void> {
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog?.open) dialog?.showModal();
    this.renderRoot.querySelector('h2')?.focus();
  }

  protected override updated(changed: PropertyValues<this>) {
    this.setAttribute('data-state', this.state);
    if (changed.has('state' as keyof FeedbackInstrument) && this.focusHeading) {
      this.focusHeading = false;
      this.renderRoot.querySelector('h2')?.focus();
    }
    this.watch();
  }

  /** Once shown: flush what earlier pages left unsent, and count a display when it first becomes visible. */
  private watch() {
    const target = this.renderRoot.querySelector('.fab, .base');
    if (this.observer || !target) return;
    void flushOutbox(this.api);
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.observer?.disconnect();
        void sendDisplayBeacon(this.api, this.service);
      }
    });
    this.observer.observe(target);
  }

  private go(state: FeedbackState, m: Messages) {
    const active = document.activeElement;
    // Focus follows the flow to the new heading only when it was in the widget (or nowhere):
    // it is never pulled away from elsewhere in the page. Then the live region says it instead.
    this.focusHeading =
      state !== 'sending' && ((this.renderRoot as ShadowRoot).activeElement !== null || !active || active === document.body);
    const said = { initial: '', remark: m.scored, sending: m.sending, thanks: m.thanks, error: `${m.error}. ${m.errorText}` };
    this.live = this.focusHeading ? '' : said[state];
    this.state = state;
  }

  private choose(score: number, m: Messages) {
    this.body = {
      serviceId: this.service,
      submissionId: newSubmissionId(),
      score,
      lang: this.language,
      context: this.feedbackContext,
      channel: clip(this.channel, CHANNEL_MAX_LENGTH),
      step: clip(this.step, STEP_MAX_LENGTH),
      page: location.pathname.slice(0, PAGE_MAX_LENGTH),
    };
    // JSON.stringify leaves out the undefined ones.
    void sendFeedback(this.api, this.body);
    this.go('remark', m);
  }

  private async send(m: Messages) {
    if (this.state === 'sending' || !this.body) return;
    const remark = this.remark.trim();
    const { ease, completed } = this.answers;
    if (!remark && !ease && !completed) return this.finish(false, m);
    this.go('sending', m);
    // The same submissionId and score with more fields: the server attaches them to the response.
    const outcome = await sendFeedback(this.api, { ...this.body, remark: remark || undefined, ease, completed }, { attempts: retryPolicy.remarkAttempts });
    if (outcome === 'acknowledged') this.finish(!!remark, m);
    else this.go('error', m);
  }

  private finish(remark: boolean, m: Messages) {
    this.go('thanks', m);
    const detail: FeedbackSubmittedDetail = { serviceId: this.service, score: this.body!.score, remark };
    this.dispatchEvent(new CustomEvent('feedback-submitted', { bubbles: true, composed: true, detail }));
  }

  private input(event: Event, m: Messages) {
    this.remark = (event.target as HTMLTextAreaElement).value;
    // Near the limit only, and once per threshold: a screen reader is not told every keystroke.
    const left = REMARK_MAX_LENGTH - this.remark.length;
    const bucket = [100, 50, 10, 0].filter((limit) => left <= limit).length;
    if (bucket !== this.bucket) {
      this.bucket = bucket;
      this.live = bucket ? fill(m.left, left) : '';
    }
  }

  private radio(name: 'ease' | 'completed', value: number | Completed, label: string) {
    const pick = () => ((this.answers as Record<string, unknown>)[name] = value);
    return html`<label class="option"><input type="radio" name=${name} .value=${String(value)} @change=${pick} />${label}</label>`;
  }

  private renderState(m: Messages) {
    const { state } = this;
    if (state === 'initial') {
      return html`<h2 id="heading" part="question" tabindex="-1">${m.question[this.feedbackContext]}</h2>
        <div class="scores" role="group" aria-labelledby="heading">
          ${m.scores.map(
            (label, i) =>
              html`<button class="score" part="score-button" data-score=${i + 1} @click=${() => this.choose(i + 1, m)}>
                ${face(i + 1)}${label}
              </button>`,
          )}
        </div>`;
    }
    if (state === 'thanks') {
      return html`<div class="thanks" part="thanks">${check}<h2 id="heading" tabindex="-1">${m.thanks}</h2></div>`;
    }
    if (state === 'error') {
      return html`<div class="error" part="error">
        <h2 id="heading" tabindex="-1">${m.error}</h2>
        <p>${m.errorText}</p>
        <button class="primary" part="retry-button" @click=${() => this.send(m)}>${m.retry}</button>
      </div>`;
    }
    const sending = state === 'sending';
    const asks = (this.followUps ?? '').split(/\s+/);
    return html`<h2 id="heading" tabindex="-1">${m.scored}</h2>
      <form part="remark" @submit=${(event: Event) => (event.preventDefault(), this.send(m))}>
        <label for="remark">${m.remarkLabel}</label>
        <p class="note" id="privacy">${m.privacy}</p>
        <textarea
          id="remark"
          part="textarea"
          rows="5"
          maxlength=${REMARK_MAX_LENGTH}
          aria-describedby="privacy count"
          ?readonly=${sending}
          .value=${this.remark}
          @input=${(event: Event) => this.input(event, m)}
        ></textarea>
        <p class="count" id="count">${fill(m.count, this.remark.length)}</p>
        ${asks.includes('ease')
          ? html`<fieldset>
              <legend>${m.ease}</legend>
              <div class="options">
                ${[1, 2, 3, 4, 5].map((n) =>
                  this.radio('ease', n, n === 1 ? `1 – ${m.easeEnds[0]}` : n === 5 ? `5 – ${m.easeEnds[1]}` : String(n)),
                )}
              </div>
            </fieldset>`
          : nothing}
        ${asks.includes('completed')
          ? html`<fieldset>
              <legend>${m.completed}</legend>
              <div class="options">
                ${COMPLETED_VALUES.map((value, i) => this.radio('completed', value, m.completedOptions[i]!))}
              </div>
            </fieldset>`
          : nothing}
        <div class="actions">
          <button class="primary" part="send-button" aria-disabled=${sending}>${sending ? m.sending : m.send}</button>
          <button class="secondary" part="skip-button" type="button" @click=${() => this.finish(false, m)}>
            ${m.skip}
          </button>
        </div>
      </form>`;
  }

  protected override render() {
    if (!this.service) return nothing;
    const m = messages[this.language];
    const close = () => this.renderRoot.querySelector('dialog')?.close();
    const flow = html`<div class="base" part="base">
      ${this.floating
        ? html`<button class="close" part="close-button" @click=${close}>
            ${m.close} <span aria-hidden="true">✕</span>
          </button>`
        : nothing}
      ${this.renderState(m)}
      <div class="sr" role="status">${this.live}</div>
    </div>`;
    // The browser gives focus back to what opened the dialog; if that is gone, to the button.
    const returnFocus = () => document.activeElement === document.body && this.renderRoot.querySelector('button')?.focus();
    return html`<div class="root" lang=${this.language}>
      ${this.floating
        ? html`<button class="fab" part="floating-button" aria-haspopup="dialog" @click=${() => this.open()}>
              ${bubble}${m.open}
            </button>
            <dialog part="dialog" aria-labelledby="heading" @close=${returnFocus}>${flow}</dialog>`
        : flow}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'feedback-instrument': FeedbackInstrument;
  }
  interface HTMLElementEventMap {
    'feedback-submitted': CustomEvent<FeedbackSubmittedDetail>;
  }
}
