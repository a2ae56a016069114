import { FOLLOW_UPS } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import type { Draft } from './service-draft.js';

/**
 * The service form's choices: the follow-ups offered after a score, then the options
 * (publish the figures; active, for a service that exists).
 */
export function optionsFieldsets(options: {
  m: Messages;
  draft: Draft;
  /** false: a new service, which has no "active" yet. */
  existing: boolean;
  onFollowUp: (followUp: string, on: boolean) => void;
  onChange: (change: Partial<Draft>) => void;
}): TemplateResult {
  const { draft, existing } = options;
  const mm = options.m.manage;
  return html`<fieldset>
    <legend>${mm.followUpsLegend}</legend>
    <div class="checks">
      ${FOLLOW_UPS.map(
        (f) => html`<label class="check"
          ><input type="checkbox" .checked=${draft.followUps.includes(f)} @change=${(e: Event) => options.onFollowUp(f, (e.target as HTMLInputElement).checked)} />
          ${mm.followUps[f]}</label
        >`,
      )}
    </div>
  </fieldset>
  <fieldset>
    <legend>${mm.optionsLegend}</legend>
    <div class="checks">
      <label class="check"
        ><input type="checkbox" id="f-publishFigures" .checked=${draft.publishFigures} @change=${(e: Event) => options.onChange({ publishFigures: (e.target as HTMLInputElement).checked })} />
        ${mm.publishLabel}</label
      >
      ${
        existing
          ? html`<label class="check"
            ><input type="checkbox" id="f-active" .checked=${draft.active} @change=${(e: Event) => options.onChange({ active: (e.target as HTMLInputElement).checked })} />
            ${mm.activeLabel}</label
          >`
          : nothing
      }
    </div>
    ${existing ? html`<p class="hint">${mm.activeHint}</p>` : nothing}
  </fieldset>`;
}
