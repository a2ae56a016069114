import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';

// The service form's fields: a label, an optional hint, the input, and the API's or the
// browser's message under it, all tied together by id and aria-describedby.

/** The field's id for an API path ("name.nl" → "f-name-nl", "allowedOrigins.2" → "f-allowedOrigins-2"). */
export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

export type FieldInput = (id: string, describedBy: string, invalid: boolean) => TemplateResult;

export function formField(errors: Record<string, string>, path: string, label: string, input: FieldInput, hint?: string): TemplateResult {
  const id = fieldId(path);
  const error = errors[path];
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      ${input(id, describedBy, !!error)}
      ${error ? html`<p class="field-error" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
}

export function textField(
  errors: Record<string, string>,
  path: string,
  label: string,
  value: string,
  onInput: (value: string) => void,
  hint?: string,
  required = false,
): TemplateResult {
  return formField(
    errors,
    path,
    label,
    (id, describedBy, invalid) => html`<input
        type="text"
        id=${id}
        .value=${value}
        ?required=${required}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />`,
    hint,
  );
}

/**
 * The allowed origins: one row each, with its own message as it is typed, a remove button
 * per row and an add button under them (both only for who may change the service).
 */
export function originsFieldset(options: {
  m: Messages;
  origins: readonly string[];
  errors: Record<string, string>;
  editable: boolean;
  onType: (index: number, value: string) => void;
  onRemove: (index: number) => void;
  onAdd: () => void;
}): TemplateResult {
  const { origins, errors, editable } = options;
  const mm = options.m.manage;
  return html`<fieldset class="origins" aria-describedby="origins-hint">
            <legend>${mm.originsLegend}</legend>
            <p class="hint" id="origins-hint">${mm.originsHint}</p>
            ${origins.length === 0 ? html`<p>${mm.noOrigins}</p>` : nothing}
            <ul class="origin-rows">
              ${origins.map((origin, i) => {
                const path = `allowedOrigins.${i}`;
                const id = fieldId(path);
                const error = errors[path];
                return html`<li class="origin-row">
                  <label for=${id}>${mm.originLabel(i + 1)}</label>
                  <div class="origin-input">
                    <input
                      type="text"
                      id=${id}
                      inputmode="url"
                      autocomplete="off"
                      spellcheck="false"
                      placeholder="https://www.gent.be"
                      .value=${origin}
                      aria-invalid=${error ? 'true' : 'false'}
                      aria-describedby=${error ? `${id}-error` : nothing}
                      @input=${(e: Event) => options.onType(i, (e.target as HTMLInputElement).value)}
                    />
                    ${
                      editable
                        ? html`<button type="button" class="secondary" @click=${() => options.onRemove(i)}>
                          ${mm.removeOrigin}<span class="sr-only">: ${origin || mm.originLabel(i + 1)}</span>
                        </button>`
                        : nothing
                    }
                  </div>
                  ${error ? html`<p class="field-error" id=${`${id}-error`} aria-live="polite">${error}</p>` : nothing}
                </li>`;
              })}
            </ul>
            ${editable ? html`<button type="button" id="add-origin" class="secondary" @click=${options.onAdd}>${mm.addOrigin}</button>` : nothing}
          </fieldset>`;
}
