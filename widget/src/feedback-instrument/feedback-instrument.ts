import {
  CHANNEL_MAX_LENGTH,
  CONTEXTS,
  PAGE_MAX_LENGTH,
  STEP_MAX_LENGTH,
  type FeedbackContext,
  type Language,
} from '@feedbackinstrument/shared/constants';
import { sendDisplayBeacon } from '../delivery/display-beacon.js';
import { retryPolicy } from '../delivery/retry-policy.js';
import { flushOutbox, sendFeedback } from '../delivery/send-feedback.js';
import { newSubmissionId, type Submission } from '../delivery/submission.js';
import { first } from '../i18n/first.js';
import { pickLanguage } from '../i18n/pick-language.js';
import { adopt, h } from './dom.js';
import { styles } from './feedback-instrument.styles.js';
import type { FeedbackState, FeedbackSubmittedDetail, Flow, FlowHost } from './flow-host.js';
import { bubble, check, face } from './icons.js';
import { loadFlow } from './load-flow.js';

export type { FeedbackState, FeedbackSubmittedDetail } from './flow-host.js';

/** The API is where this script came from, unless the embedder says otherwise. */
const scriptOrigin = new URL(import.meta.url).origin;

/** Trimmed and cut to the server's limit; undefined when empty (the server refuses empty strings). */
const clip = (value: string | null, max: number) => value?.trim().slice(0, max) || undefined;

/**
 * Asks how satisfied the user is with a digital service: five score buttons, then an
 * optional remark and follow-up questions that attach to the same response.
 *
 * This is all the first load holds (no Lit): the question, the scores and the delivery, so a
 * press is recorded at once. The remark form, its texts and the service's links load on the
 * press (load-flow.ts); when they cannot load, the score is still in and the user is thanked.
 *
 * @summary The Flemish feedbackinstrument: one script tag, one element, every e-loket.
 * @tag feedback-instrument
 *
 * @attr {string} service - The digital service's id (slug). Required: without it nothing is shown.
 * @attr {string} context - `transaction` | `support` | `continuous`. Default: `transaction`, or `continuous` in floating mode.
 * @attr {string} channel - The e-loket the service is used in; default: the service's own channel.
 * @attr {string} step - A key of the step in the process, e.g. "bevestiging".
 * @attr {string} mode - `inline` (default): in the page. `floating`: a fixed button that opens a dialog.
 * @attr {string} lang - `nl` | `fr` | `en` | `de`; default: the nearest `lang` of the page, else `nl`.
 * @attr {string} endpoint - The API's origin; default: the origin this script was loaded from.
 * @attr {string} follow-ups - Follow-up questions to ask, space-separated: `ease`, `completed`.
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
 * @csspart rights - After a press: a remark is no complaint, and the complaints and accessibility links.
 * @csspart complaints-link - The link to the complaints procedure (where the service has one).
 * @csspart privacy-link - The link to the privacy notice, next to the remark field.
 * @csspart accessibility-link - "Report an accessibility problem" (where the service has the link).
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
export class FeedbackInstrument extends HTMLElement implements FlowHost {
  static observedAttributes = ['service', 'mode', 'lang', 'context'];

  /**
   * How deliveries are retried. Tests may shorten the waits, e.g.
   * `customElements.get('feedback-instrument').retryPolicy.baseDelay = 20`.
   */
  static retryPolicy = retryPolicy;

  /** Where the user is; reflected as `data-state` on the host for tests and styling. */
  state: FeedbackState = 'initial';
  body?: Submission;
  private flow?: Flow;
  private loading?: Language;
  private area?: HTMLElement;
  private live?: HTMLElement;
  private dialog?: HTMLDialogElement;
  private focusHeading = false;
  private observer?: IntersectionObserver;
  declare shadowRoot: ShadowRoot;

  constructor() {
    super();
    adopt(this.attachShadow({ mode: 'open' }), styles);
  }

  get language(): Language {
    return pickLanguage(this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang);
  }

  get first() {
    return first[this.language];
  }

  get asks() {
    return (this.getAttribute('follow-ups') ?? '').split(/\s+/);
  }

  get api() {
    return (this.getAttribute('endpoint') || scriptOrigin).replace(/\/+$/, '');
  }

  private get service() {
    return this.getAttribute('service') ?? '';
  }

  private get floating() {
    return this.getAttribute('mode') === 'floating';
  }

  private get context(): FeedbackContext {
    const context = this.getAttribute('context') as FeedbackContext;
    return CONTEXTS.includes(context) ? context : this.floating ? 'continuous' : 'transaction';
  }

  connectedCallback() {
    this.build();
  }

  attributeChangedCallback() {
    if (this.isConnected) this.build();
  }

  /** Opens the floating dialog and moves focus into it. Inline, it moves focus to the widget's heading. */
  async open(): Promise<void> {
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
    this.shadowRoot.querySelector('h2')?.focus();
  }

  /** The whole shadow tree, again on every attribute change (the state and the draft stay). */
  private build() {
    const m = this.first;
    const wasOpen = this.dialog?.open;
    this.area = h('div');
    this.live = h('div', { class: 'sr', role: 'status' });
    const close =
      this.floating &&
      h(
        'button',
        { class: 'close', part: 'close-button', onclick: () => this.dialog?.close() },
        `${m.close} `,
        h('span', { 'aria-hidden': 'true' }, '✕'),
      );
    const base = h('div', { class: 'base', part: 'base' }, close, this.area, this.live);
    // The browser gives focus back to what opened the dialog; if that is gone, to the button.
    const returnFocus = () => document.activeElement === document.body && this.shadowRoot.querySelector('button')?.focus();
    this.dialog = this.floating
      ? (h('dialog', { part: 'dialog', 'aria-labelledby': 'heading', onclose: returnFocus }, base) as HTMLDialogElement)
      : undefined;
    const shown = this.dialog
      ? [
          h('button', { class: 'fab', part: 'floating-button', 'aria-haspopup': 'dialog', onclick: () => this.open() }, bubble(), m.open),
          this.dialog,
        ]
      : [base];
    this.shadowRoot.replaceChildren(...(this.service ? [h('div', { class: 'root', lang: this.language }, shown)] : []));
    if (wasOpen) this.dialog?.showModal();
    this.paint();
    this.watch();
  }

  /** The current state's content; after a press, the loaded part paints it. */
  private paint() {
    const area = this.area;
    this.setAttribute('data-state', this.state);
    if (!area) return;
    if (this.state !== 'initial' && this.flow?.language !== this.language) this.load();
    const next = (this.flow?.language === this.language && this.flow.paint()) || this.own();
    // The same heading stays the same element, so it keeps focus when the form arrives under it.
    const old = area.firstElementChild;
    if (old?.tagName === 'H2' && next[0] instanceof HTMLElement && next[0].tagName === 'H2' && old.textContent === next[0].textContent)
      next[0] = old;
    // Moved or removed, a focused node loses focus: only what changes is touched.
    for (const node of [...area.childNodes]) if (!next.includes(node)) node.remove();
    next.forEach((node, i) => {
      if (area.childNodes[i] !== node) area.insertBefore(node, area.childNodes[i] ?? null);
    });
    if (this.focusHeading) {
      this.focusHeading = false;
      this.shadowRoot.querySelector('h2')?.focus();
    }
  }

  /** What the first load paints by itself: the question and the scores, or a heading that thanks. */
  private own(): Node[] {
    const m = this.first;
    if (this.state === 'initial') {
      const scores = m.scores.map((label, i) =>
        h('button', { class: 'score', part: 'score-button', 'data-score': i + 1, onclick: () => this.choose(i + 1) }, face(i + 1), label),
      );
      return [
        h('h2', { id: 'heading', part: 'question', tabindex: -1 }, m.question[this.context]),
        h('div', { class: 'scores', role: 'group', 'aria-labelledby': 'heading' }, scores),
      ];
    }
    const heading = h('h2', { id: 'heading', tabindex: -1 }, this.state === 'thanks' ? m.thanks : m.scored);
    return [this.state === 'thanks' ? h('div', { class: 'thanks', part: 'thanks' }, check(), heading) : heading];
  }

  /** Loads the rest (on a press, or for a new language); if it cannot load, the user is thanked. */
  private load() {
    const language = this.language;
    if (this.loading === language) return;
    this.loading = language;
    loadFlow(this, this.service, this.flow).then(
      (flow) => {
        if (this.language !== language) return;
        this.flow = flow;
        this.paint();
      },
      // Blocked or offline: the score is in already; `loading` stays set, so this is not tried again for this language.
      () => this.state === 'remark' && this.finish(false),
    );
  }

  /** Once shown: flush what earlier pages left unsent, and count a display when it first becomes visible. */
  private watch() {
    const target = this.shadowRoot.querySelector('.fab, .base');
    this.observer?.disconnect();
    if (!target) return;
    void flushOutbox(this.api);
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        this.observer?.disconnect();
        void sendDisplayBeacon(this.api, this.service);
      }
    });
    this.observer.observe(target);
  }

  go(state: FeedbackState, said: string) {
    const active = document.activeElement;
    // Focus follows the flow to the new heading only when it was in the widget (or nowhere):
    // it is never pulled away from elsewhere in the page. Then the live region says it instead.
    this.focusHeading = state !== 'sending' && (this.shadowRoot.activeElement !== null || !active || active === document.body);
    this.say(this.focusHeading ? '' : said);
    this.state = state;
    this.paint();
  }

  say(text: string) {
    if (this.live) this.live.textContent = text;
  }

  private choose(score: number) {
    this.body = {
      serviceId: this.service,
      submissionId: newSubmissionId(),
      score,
      lang: this.language,
      context: this.context,
      channel: clip(this.getAttribute('channel'), CHANNEL_MAX_LENGTH),
      step: clip(this.getAttribute('step'), STEP_MAX_LENGTH),
      page: location.pathname.slice(0, PAGE_MAX_LENGTH),
    };
    // At once, through the outbox, before anything else loads. JSON.stringify leaves out the undefined ones.
    void sendFeedback(this.api, this.body);
    this.go('remark', this.first.scored);
  }

  finish(remark: boolean) {
    this.go('thanks', this.first.thanks);
    const detail: FeedbackSubmittedDetail = { serviceId: this.service, score: this.body!.score, remark };
    this.dispatchEvent(new CustomEvent('feedback-submitted', { bubbles: true, composed: true, detail }));
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
