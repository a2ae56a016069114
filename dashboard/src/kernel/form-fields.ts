import { html, nothing, type TemplateResult } from 'lit';

// A form's fields: a label, an optional hint, the input, and the API's or the
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
