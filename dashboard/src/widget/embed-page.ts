import { Task } from '@lit/task';
import {
  CONTEXTS,
  escapeMarkup,
  LANGUAGES,
  resolveLinks,
  type FeedbackContext,
  type Language,
  type Organisation,
  type Service,
} from '@feedbackinstrument/shared';
import { messages as widgetMessages } from '@feedbackinstrument/widget/i18n';
import { html, nothing } from 'lit';
import { getService, listOrganisations } from '../kernel/analyst-api.js';
import { widgetInfo } from '../services/manage-api.js';
import '../kernel/copy-field.js';
import { LightElement } from '../kernel/light-element.js';
import { serviceName } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import { manageBreadcrumb, serviceTabs } from '../services/manage-parts.js';
import type { SignedIn } from '../kernel/signed-in.js';
import { announceAfterRender, errorBlock, isNotFound, notFoundBlock } from '../kernel/page-parts.js';
import './widget.css';

type Mode = 'inline' | 'floating';
type WidgetInfo = { version: string; url: string; integrity: string; chunks?: { url: string; integrity: string }[] };

/** The element with the chosen options (the same for every snippet). */
function element(service: string, context: FeedbackContext, mode: Mode, lang: Language, inner = ''): string {
  return `<feedback-instrument service="${escapeMarkup(service)}" context="${context}" mode="${mode}" lang="${lang}">${inner}</feedback-instrument>`;
}

/** The README's no-JavaScript form, in the chosen language, inside the element. */
function noScriptForm(
  host: string,
  service: string,
  context: FeedbackContext,
  lang: Language,
  links: ReturnType<typeof resolveLinks>,
): string {
  const w = widgetMessages[lang];
  // The same links the widget shows: the privacy notice by the remark, then the rights.
  const a = (url: string | null, text: string) => (url ? ` <a href="${escapeMarkup(url)}">${text}</a>` : '');
  const accessibility = links.accessibilityUrl ? `\n      <p>${a(links.accessibilityUrl, w.accessibilityLink).trim()}</p>` : '';
  const scores = w.scores
    .map((label, i) => `        <label><input type="radio" name="score" value="${i + 1}"${i === 0 ? ' required' : ''}> ${label}</label>`)
    .join('\n');
  return `
  <noscript>
    <form method="post" action="${host}/v1/feedback">
      <input type="hidden" name="serviceId" value="${escapeMarkup(service)}">
      <input type="hidden" name="context" value="${context}">
      <input type="hidden" name="lang" value="${lang}">
      <fieldset>
        <legend>${w.question[context]}</legend>
${scores}
      </fieldset>
      <label for="fi-remark">${w.remarkLabel}</label>
      <p id="fi-remark-hint">${w.privacy}${a(links.privacyUrl, w.privacyLink)}</p>
      <textarea id="fi-remark" name="remark" maxlength="2000" rows="4" aria-describedby="fi-remark-hint"></textarea>
      <div hidden><label>website <input name="website" tabindex="-1" autocomplete="off"></label></div>
      <button type="submit">${w.send}</button>
      <p>${w.notComplaint}${a(links.complaintsUrl, w.complaintsLink)}</p>${accessibility}
    </form>
  </noscript>
`;
}

/**
 * The embed page of a service: choose context, mode and language; copy the snippet, the
 * version-pinned snippet with its SRI hash (from /widget.json, the hash of the exact bytes
 * served) or the no-JavaScript form; and see the widget with those options in a preview
 * that counts nothing (see server/src/routes/dashboard/widget-preview.ts for why it cannot).
 */
export class EmbedPage extends LightElement {
  static override properties = {
    session: { attribute: false },
    m: { attribute: false },
    serviceId: { attribute: false },
    context: { state: true },
    mode: { state: true },
    widgetLang: { state: true },
  };

  session!: SignedIn;
  m!: Messages;
  serviceId = '';
  context: FeedbackContext = 'transaction';
  mode: Mode = 'inline';
  widgetLang: Language = 'nl';

  private data = new Task(this, {
    task: async ([serviceId], { signal }) => {
      const [service, widget, organisations] = await Promise.all([
        getService(serviceId, signal),
        widgetInfo(signal).catch(() => null),
        listOrganisations(signal).catch((): Organisation[] => []),
      ]);
      return { service, widget, organisation: organisations.find((o) => o.id === service.organisationId) ?? null };
    },
    args: () => [this.serviceId] as const,
    onComplete: ({ service }) => announceAfterRender(this, () => this.pageTitle(service)),
    onError: () => announceAfterRender(this, () => this.m.notFoundTitle),
  });

  private pageTitle(service: Service): string {
    return `${this.m.manage.embedTitle}: ${serviceName(service.name, this.m.lang)}`;
  }

  override render() {
    const { m } = this;
    return this.data.render({
      pending: () => html`<h1 class="page-title" tabindex="-1">${m.loading}</h1>`,
      error: (error) => (isNotFound(error) ? notFoundBlock(m, m.notFoundService) : errorBlock(m, () => void this.data.run())),
      complete: ({ service, widget, organisation }) => this.renderPage(service, widget, organisation),
    });
  }

  private renderPage(service: Service, widget: WidgetInfo | null, organisation: Organisation | null) {
    const { m } = this;
    const mm = m.manage;
    const host = location.origin;
    const { context, mode, widgetLang: lang } = this;
    const el = element(service.id, context, mode, lang);
    const snippet = `<script type="module" src="${host}/widget.js"></script>\n${el}`;
    // The chunks loaded after a press are pinned too, by an import map's "integrity" (Chromium 127+,
    // Safari 18+, Firefox 138+); without it SRI covers widget.js, which names the chunks by their hashes.
    const importMap = widget?.chunks?.length
      ? JSON.stringify({ integrity: Object.fromEntries(widget.chunks.map((c) => [host + c.url, c.integrity])) })
      : null;
    const pinned = widget
      ? `${importMap ? `<script type="importmap">${importMap}</script>\n` : ''}<script type="module" src="${host}${widget.url}" integrity="${widget.integrity}" crossorigin="anonymous"></script>\n${el}`
      : null;
    const links = resolveLinks(service, organisation, lang);
    const noScript = `<script type="module" src="${host}/widget.js"></script>\n${element(service.id, context, mode, lang, noScriptForm(host, service.id, context, lang, links))}`;
    const preview = `/dashboard/widget-preview?${new URLSearchParams({ service: service.id, context, mode, lang }).toString()}`;
    return html`
      ${manageBreadcrumb(m, serviceName(service.name, m.lang), this.session.admin ? service.organisationId : null)}
      <h1 class="page-title" tabindex="-1">${this.pageTitle(service)}</h1>
      ${serviceTabs(m, service.id, 'embed')}
      <p>${mm.embedIntro}</p>
      ${service.allowedOrigins.length === 0 ? html`<p class="notice">${mm.embedNoOrigins}</p>` : nothing}
      ${service.active ? nothing : html`<p class="notice">${mm.embedInactive}</p>`}
      <form class="choices" @submit=${(e: Event) => e.preventDefault()}>
        <div class="field">
          <label for="embed-context">${mm.contextLabel}</label>
          <select id="embed-context" @change=${(e: Event) => (this.context = (e.target as HTMLSelectElement).value as FeedbackContext)}>
            ${CONTEXTS.map((c) => html`<option value=${c} ?selected=${c === context}>${m.contextLabels[c]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="embed-mode">${mm.modeLabel}</label>
          <select id="embed-mode" @change=${(e: Event) => (this.mode = (e.target as HTMLSelectElement).value as Mode)}>
            <option value="inline" ?selected=${mode === 'inline'}>${mm.modes.inline}</option>
            <option value="floating" ?selected=${mode === 'floating'}>${mm.modes.floating}</option>
          </select>
        </div>
        <div class="field">
          <label for="embed-lang">${mm.languageLabel}</label>
          <select id="embed-lang" @change=${(e: Event) => (this.widgetLang = (e.target as HTMLSelectElement).value as Language)}>
            ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === lang}>${m.languageNames[l] ?? l}</option>`)}
          </select>
        </div>
      </form>

      <section aria-labelledby="snippets-heading">
        <h2 id="snippets-heading">${mm.snippetsHeading}</h2>
        <fi-copy-field .m=${m} .fieldId=${'snippet'} .label=${mm.snippetLabel} .hint=${mm.snippetHint} .value=${snippet} .rows=${3}></fi-copy-field>
        ${
          pinned
            ? html`<fi-copy-field
              .m=${m}
              .fieldId=${'snippet-pinned'}
              .label=${mm.pinnedLabel}
              .hint=${mm.pinnedHint(widget!.version)}
              .value=${pinned}
              .rows=${6}
            ></fi-copy-field>`
            : html`<p class="notice">${mm.widgetNotBuilt}</p>`
        }
        <fi-copy-field .m=${m} .fieldId=${'snippet-noscript'} .label=${mm.noScriptLabel} .hint=${mm.noScriptHint} .value=${noScript} .rows=${10}></fi-copy-field>
      </section>

      <section aria-labelledby="preview-heading">
        <h2 id="preview-heading">${mm.previewHeading}</h2>
        <p class="hint" id="preview-hint">${mm.previewHint}</p>
        <iframe class="widget-preview" title=${mm.previewFrameTitle} src=${preview} loading="lazy"></iframe>
      </section>
    `;
  }
}
customElements.define('fi-embed-page', EmbedPage);
