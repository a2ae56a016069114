import { ALERT_EVENTS, type AlertEventType, type DashboardSession, type Service } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import { serviceName } from '../kernel/format.js';
import type { AlertsMessages } from './alerts-messages.js';

const LANGUAGES = ['nl', 'fr', 'en', 'de'] as const;
export type AlertLanguage = (typeof LANGUAGES)[number];

export interface SubscriptionFormOptions {
  a: AlertsMessages;
  m: Messages;
  session: Extract<DashboardSession, { signedIn: true }>;
  services: Service[];
  organisations: Array<{ id: string; name: string }>;
  channel: 'webhook' | 'email';
  /** The API's refusal, at its field (null: above the form). */
  problem: { field: string | null; message: string } | null;
  busy: boolean;
  onChannel: (channel: 'webhook' | 'email') => void;
  onSubmit: (event: SubmitEvent) => void;
}

/** The form that makes a subscription (managers and admins): channel, destination, events, services, language, remarks. */
export function subscriptionForm(options: SubscriptionFormOptions): TemplateResult {
  const { a, m, session, services, organisations, channel, problem, busy } = options;
  const error = (field: string) =>
    problem?.field === field ? html`<p class="field-error" id=${`${field}-problem`}>${problem.message}</p>` : nothing;
  const invalid = (field: string) => (problem?.field === field ? 'true' : 'false');
  const described = (field: string, hint?: string) =>
    [hint, problem?.field === field ? `${field}-problem` : ''].filter(Boolean).join(' ') || nothing;
  const own = session.admin ? services : services.filter((s) => s.organisationId === session.organisation?.id);
  return html`<section class="panel" aria-labelledby="create-heading">
    <h2 id="create-heading">${a.createHeading}</h2>
    ${problem && problem.field === null ? html`<p class="field-error" role="alert">${problem.message}</p>` : nothing}
    <form @submit=${options.onSubmit} novalidate>
      ${
        session.admin
          ? html`<div class="field">
            <label for="alert-organisation">${a.organisation}</label>
            <select id="alert-organisation" name="organisationId" aria-invalid=${invalid('organisationId')} aria-describedby=${described('organisationId')}>
              ${organisations.map((o) => html`<option value=${o.id}>${o.name}</option>`)}
            </select>
            ${error('organisationId')}
          </div>`
          : nothing
      }
      <fieldset>
        <legend>${a.channel}</legend>
        <div class="checks">
          ${(['webhook', 'email'] as const).map(
            (c) =>
              html`<label class="check"><input type="radio" name="channel" value=${c} .checked=${channel === c} @change=${() => options.onChannel(c)} />${a.channels[c]}</label>`,
          )}
        </div>
      </fieldset>
      ${
        channel === 'webhook'
          ? html`<div class="field">
            <label for="alert-url">${a.url}</label>
            <p class="hint" id="alert-url-hint">${a.urlHint}</p>
            <input id="alert-url" name="url" type="text" inputmode="url" autocomplete="off" spellcheck="false" class="wide" aria-invalid=${invalid('url')} aria-describedby=${described('url', 'alert-url-hint')} />
            ${error('url')}
          </div>`
          : html`<div class="field">
            <label for="alert-email">${a.email}</label>
            <input id="alert-email" name="email" type="text" inputmode="email" autocomplete="email" spellcheck="false" class="wide" aria-invalid=${invalid('email')} aria-describedby=${described('email')} />
            ${error('email')}
          </div>`
      }
      <fieldset aria-describedby=${described('events')}>
        <legend>${a.eventsLegend}</legend>
        <div class="checks column">
          ${ALERT_EVENTS.map(
            (e: AlertEventType) =>
              html`<label class="check"><input type="checkbox" name="events" value=${e} ?checked=${e !== 'test'} />${a.eventLabels[e]}</label>`,
          )}
        </div>
        ${error('events')}
      </fieldset>
      ${
        own.length > 0
          ? html`<fieldset aria-describedby="alert-services-hint">
            <legend>${a.servicesLegend}</legend>
            <p class="hint" id="alert-services-hint">${a.servicesHint}</p>
            <div class="checks">
              ${own.map((s) => html`<label class="check"><input type="checkbox" name="services" value=${s.id} />${serviceName(s.name, m.lang)}</label>`)}
            </div>
          </fieldset>`
          : nothing
      }
      <div class="field">
        <label for="alert-language">${a.language}</label>
        <select id="alert-language" name="language">
          ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === m.lang}>${a.languages[l]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label class="check"><input type="checkbox" name="includeRemarks" aria-describedby="alert-remarks-hint" />${a.includeRemarks}</label>
        <p class="hint" id="alert-remarks-hint">${a.includeRemarksHint}</p>
      </div>
      <button type="submit" class="primary" aria-disabled=${busy ? 'true' : 'false'}>${busy ? a.creating : a.create}</button>
    </form>
  </section>`;
}
