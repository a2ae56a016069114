import type { Completed, Language } from '@feedbackinstrument/shared/constants';
import type { Child } from '../feedback-instrument/dom.js';
import type { Flow, FlowHost, WidgetLinks } from '../feedback-instrument/flow-host.js';
import type { Kit } from '../feedback-instrument/kit.js';
import type { Messages } from '../i18n/messages.js';
import { flowStyles } from './flow.styles.js';

// Only type imports from the first load's modules: what both need comes in `kit`, so this chunk
// shares no module with widget.js and the first load stays one file (see feedback-instrument/kit.ts).

/** What the user typed and chose; it outlives a change of language. */
interface Draft {
  remark: string;
  ease?: number;
  completed?: Completed;
}

export interface RemarkFlow extends Flow {
  readonly draft: Draft;
}

const adopted = new WeakSet<ShadowRoot>();

/**
 * Everything after a press, loaded then: the remark form with the follow-ups and the privacy
 * link, sending, the error state, the thank-you, and the citizen's rights (a remark is no
 * complaint; where to complain; where to report an accessibility problem). The nodes are made
 * once per language and handed back while the state does not change what they show, so focus
 * and the caret stay where they are.
 */
export function remarkFlow(
  kit: Kit,
  host: FlowHost & HTMLElement,
  m: Messages,
  links: WidgetLinks | null,
  language: Language,
  previous?: Flow,
): RemarkFlow {
  const { h, adopt, check, sendFeedback, retryPolicy, REMARK_MAX_LENGTH, COMPLETED_VALUES } = kit;
  /** A message with its numbers: `#` the count, `%` the remark's maximum length. */
  const fill = (text: string, n: number) => text.replace('#', String(n)).replace('%', String(REMARK_MAX_LENGTH));
  const root = host.shadowRoot!;
  if (!adopted.has(root)) {
    adopted.add(root);
    adopt(root, flowStyles);
  }
  const draft: Draft = (previous as RemarkFlow | undefined)?.draft ?? { remark: '' };
  let bucket = 0;

  /** Only https links from the server are shown; they open in a new window so a draft is not lost. */
  const link = (url: string | null | undefined, text: string, part: string): Child =>
    !!url &&
    /^https:\/\//.test(url) &&
    h('a', { href: url, target: '_blank', rel: 'noopener', part }, text, h('span', { class: 'sr' }, ` ${m.newWindow}`));

  const rights = () =>
    h(
      'div',
      { class: 'rights', part: 'rights' },
      h('p', {}, `${m.notComplaint} `, link(links?.complaintsUrl, m.complaintsLink, 'complaints-link')),
      links?.accessibilityUrl && h('p', {}, link(links.accessibilityUrl, m.accessibilityLink, 'accessibility-link')),
    );

  const radio = (name: 'ease' | 'completed', value: number | Completed, label: string) =>
    h(
      'label',
      { class: 'option' },
      h('input', { type: 'radio', name, value, onchange: () => ((draft as unknown as Record<string, unknown>)[name] = value) }),
      label,
    );

  const count = h('p', { class: 'count', id: 'count' });
  const textarea = h('textarea', {
    id: 'remark',
    part: 'textarea',
    rows: 5,
    maxlength: REMARK_MAX_LENGTH,
    'aria-describedby': 'privacy count',
    oninput: () => {
      draft.remark = textarea.value;
      count.textContent = fill(m.count, draft.remark.length);
      // Near the limit only, and once per threshold: a screen reader is not told every keystroke.
      const left = REMARK_MAX_LENGTH - draft.remark.length;
      const next = [100, 50, 10, 0].filter((limit) => left <= limit).length;
      if (next !== bucket) {
        bucket = next;
        host.say(bucket ? fill(m.left, left) : '');
      }
    },
  }) as HTMLTextAreaElement;
  textarea.value = draft.remark;
  count.textContent = fill(m.count, draft.remark.length);
  const sendButton = h('button', { class: 'primary', part: 'send-button' });
  const asks = host.asks;
  const form = h(
    'form',
    {
      part: 'remark',
      onsubmit: (event: Event) => {
        event.preventDefault();
        return send();
      },
    },
    h('label', { for: 'remark' }, m.remarkLabel),
    h('p', { class: 'note', id: 'privacy' }, `${m.privacy} `, link(links?.privacyUrl, m.privacyLink, 'privacy-link')),
    textarea,
    count,
    asks.includes('ease') &&
      h(
        'fieldset',
        {},
        h('legend', {}, m.ease),
        h(
          'div',
          { class: 'options' },
          [1, 2, 3, 4, 5].map((n) => radio('ease', n, n === 1 ? `1 – ${m.easeEnds[0]}` : n === 5 ? `5 – ${m.easeEnds[1]}` : String(n))),
        ),
      ),
    asks.includes('completed') &&
      h(
        'fieldset',
        {},
        h('legend', {}, m.completed),
        h(
          'div',
          { class: 'options' },
          COMPLETED_VALUES.map((value, i) => radio('completed', value, m.completedOptions[i]!)),
        ),
      ),
    h(
      'div',
      { class: 'actions' },
      sendButton,
      h('button', { class: 'secondary', part: 'skip-button', type: 'button', onclick: () => host.finish(false) }, m.skip),
    ),
  );
  for (const input of form.querySelectorAll('input'))
    input.checked = draft[input.name as 'ease'] === (input.name === 'ease' ? Number(input.value) : input.value);
  const remarkNodes = [h('h2', { id: 'heading', tabindex: -1 }, m.scored), form, rights()];

  async function send() {
    if (host.state === 'sending' || !host.body) return;
    const remark = draft.remark.trim();
    const { ease, completed } = draft;
    if (!remark && !ease && !completed) return host.finish(false);
    host.go('sending', m.sending);
    // The same submissionId and score with more fields: the server attaches them to the response.
    const outcome = await sendFeedback(
      host.api,
      { ...host.body, remark: remark || undefined, ease, completed },
      { attempts: retryPolicy.remarkAttempts },
    );
    if (outcome === 'acknowledged') host.finish(!!remark);
    else host.go('error', `${m.error}. ${m.errorText}`);
  }

  return {
    language,
    draft,
    paint() {
      const { state } = host;
      if (state === 'remark' || state === 'sending') {
        const sending = state === 'sending';
        sendButton.textContent = sending ? m.sending : m.send;
        sendButton.setAttribute('aria-disabled', String(sending));
        textarea.readOnly = sending;
        return remarkNodes;
      }
      if (state === 'thanks')
        return [h('div', { class: 'thanks', part: 'thanks' }, check(), h('h2', { id: 'heading', tabindex: -1 }, m.thanks)), rights()];
      if (state === 'error') {
        return [
          h(
            'div',
            { class: 'error', part: 'error' },
            h('h2', { id: 'heading', tabindex: -1 }, m.error),
            h('p', {}, m.errorText),
            h('button', { class: 'primary', part: 'retry-button', onclick: send }, m.retry),
          ),
        ];
      }
      return null;
    },
  };
}
