import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { listOrganisations } from '../kernel/analyst-api.js';
import type { Messages } from '../i18n/index.js';
import { LightElement } from '../kernel/light-element.js';
import './demo.css';

/** The command that removes the demo data (server/src/cli). */
export const DEMO_REMOVE_COMMAND = 'pnpm cli demo remove';

/**
 * A banner over the pages of an organisation that holds the made-up demo data of a first
 * start (its `demo` field in GET /v1/organisations), so no one takes those figures for
 * real ones. Renders nothing for every other organisation.
 */
export class DemoBanner extends LightElement {
  static override properties = {
    organisation: { attribute: false },
    m: { attribute: false },
  };

  organisation: string | null = null;
  m!: Messages;

  private demo = new Task(this, {
    task: async ([organisation], { signal }) =>
      organisation !== null && (await listOrganisations(signal)).some((o) => o.id === organisation && o.demo),
    args: () => [this.organisation] as const,
  });

  override render() {
    if (this.demo.value !== true) return nothing;
    const { demoData } = this.m;
    return html`<p class="demo-banner" data-demo-banner>
      <strong>${demoData.title}</strong> — ${demoData.text} ${demoData.removeWith} <code>${DEMO_REMOVE_COMMAND}</code>.
    </p>`;
  }
}
customElements.define('fi-demo-banner', DemoBanner);
