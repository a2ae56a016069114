import { html } from 'lit';
import type { Messages } from '../i18n/index.js';
import { LightElement } from './light-element.js';

/**
 * A read-only text to copy (a snippet, a new token) with a copy button. The button uses the
 * clipboard API; where the browser refuses it (no permission, not a secure context), the
 * text is selected so Ctrl+C / Cmd+C copies it. Either way the outcome is said in a polite
 * live region next to the button, so it is seen and announced.
 */
export class CopyField extends LightElement {
  static override properties = {
    m: { attribute: false },
    fieldId: { attribute: false },
    label: { attribute: false },
    hint: { attribute: false },
    value: { attribute: false },
    rows: { attribute: false },
    said: { state: true },
  };

  m!: Messages;
  fieldId = '';
  label = '';
  hint = '';
  value = '';
  rows = 3;
  said = '';

  protected override willUpdate(changed: Map<string, unknown>) {
    // A new text to copy: the last confirmation no longer applies.
    if (changed.has('value') && changed.get('value') !== undefined) this.said = '';
  }

  private async copy() {
    const field = this.querySelector<HTMLTextAreaElement>('textarea')!;
    try {
      await navigator.clipboard.writeText(this.value);
      this.said = this.m.manage.copied;
    } catch {
      field.focus();
      field.select();
      this.said = this.m.manage.copySelected;
    }
  }

  override render() {
    const mm = this.m.manage;
    const hintId = `${this.fieldId}-hint`;
    return html`
      <div class="field copy-field">
        <label for=${this.fieldId}>${this.label}</label>
        ${this.hint ? html`<p class="hint" id=${hintId}>${this.hint}</p>` : null}
        <textarea
          id=${this.fieldId}
          class="code"
          readonly
          spellcheck="false"
          rows=${this.rows}
          aria-describedby=${this.hint ? hintId : ''}
          .value=${this.value}
        ></textarea>
        <div class="copy-actions">
          <button type="button" class="secondary" @click=${this.copy}>${mm.copy}<span class="sr-only">: ${this.label}</span></button>
          <span class="copy-said" id=${`${this.fieldId}-said`} role="status" aria-live="polite">${this.said}</span>
        </div>
      </div>
    `;
  }
}
customElements.define('fi-copy-field', CopyField);
