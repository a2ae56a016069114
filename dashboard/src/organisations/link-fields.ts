import { Link, LINK_FIELDS, type LinkField } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import { fieldId } from '../kernel/form-fields.js';

// The citizen's three links (complaints, privacy, accessibility) as form fields, for a
// service (empty: its organisation's default) and for an organisation (empty: none).
// The form edits one address per link. A value the API holds per language
// ({ "nl": …, "fr": … }) is shown read-only as JSON and left out of what is sent, so the
// form never flattens it; the API and the CLI change it.

/** Per link: the address being typed, or the per-language value kept as it is. */
export type LinkDraft = Record<LinkField, string | Exclude<Link, string>>;

export const emptyLinks = (): LinkDraft => ({ complaintsUrl: '', privacyUrl: '', accessibilityUrl: '' });

export const linksDraftOf = (value: Partial<Record<LinkField, Link | null>>): LinkDraft =>
  Object.fromEntries(LINK_FIELDS.map((field) => [field, value[field] ?? ''])) as LinkDraft;

/** The links the form edits, as the API takes them: an address, or null when emptied; per-language ones left out. */
export function linksBody(links: LinkDraft): Partial<Record<LinkField, string | null>> {
  const body: Partial<Record<LinkField, string | null>> = {};
  for (const field of LINK_FIELDS) {
    const value = links[field];
    if (typeof value === 'string') body[field] = value.trim() || null;
  }
  return body;
}

/** What is wrong with a typed link, by the API's own rule (https only); null if nothing or empty. */
export function linkMessage(m: Messages, value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' || Link.safeParse(trimmed).success ? null : m.manage.linkProblem;
}

/** The browser's checks of the links, as messages by API path. */
export function checkLinks(m: Messages, links: LinkDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of LINK_FIELDS) {
    const value = links[field];
    const message = typeof value === 'string' ? linkMessage(m, value) : null;
    if (message) errors[field] = message;
  }
  return errors;
}

/** The three links in a fieldset; a message appears under a field as it is typed or when the API refuses it. */
export function linksFieldset(options: {
  m: Messages;
  links: LinkDraft;
  errors: Record<string, string>;
  hint: string;
  onType: (field: LinkField, value: string) => void;
}): TemplateResult {
  const { links, errors } = options;
  const mm = options.m.manage;
  return html`<fieldset class="links" aria-describedby="links-hint">
    <legend>${mm.linksLegend}</legend>
    <p class="hint" id="links-hint">${options.hint}</p>
    ${LINK_FIELDS.map((field) => {
      const id = fieldId(field);
      const value = links[field];
      const error = errors[field];
      if (typeof value !== 'string') {
        return html`<div class="field">
          <label for=${id}>${mm.linkLabels[field]}</label>
          <p class="hint" id=${`${id}-hint`}>${mm.linkPerLanguage}</p>
          <input type="text" id=${id} readonly .value=${JSON.stringify(value)} aria-describedby=${`${id}-hint`} />
        </div>`;
      }
      return html`<div class="field">
        <label for=${id}>${mm.linkLabels[field]}</label>
        <input
          type="url"
          id=${id}
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          placeholder="https://"
          .value=${value}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @input=${(e: Event) => options.onType(field, (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<p class="field-error" id=${`${id}-error`} aria-live="polite">${error}</p>` : nothing}
      </div>`;
    })}
  </fieldset>`;
}

/** The errors with one link's message set by what was just typed (or cleared). */
export function errorsAfterTyping(m: Messages, errors: Record<string, string>, field: LinkField, value: string): Record<string, string> {
  const next = { ...errors };
  const message = linkMessage(m, value);
  if (message) next[field] = message;
  else delete next[field];
  return next;
}
