import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import { fieldId } from '../kernel/form-fields.js';

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
