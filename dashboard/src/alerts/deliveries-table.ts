import type { AlertDelivery, AlertSubscription } from '@feedbackinstrument/shared';
import { html, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';
import type { Formatter } from '../kernel/format.js';
import { loadingBlock } from '../kernel/page-parts.js';
import type { AlertsMessages } from './alerts-messages.js';

/** A subscription's deliveries, shown under the list when asked: loading (undefined or null), none, or a table. */
export function deliveriesBlock(
  m: Messages,
  a: AlertsMessages,
  f: Formatter,
  s: AlertSubscription,
  destination: string,
  list: AlertDelivery[] | null | undefined,
): TemplateResult {
  const caption = a.deliveriesCaption(destination);
  return html`<div id=${`deliveries-${s.id}`} class="deliveries">
    ${
      list === null || list === undefined
        ? loadingBlock(m)
        : list.length === 0
          ? html`<h3>${caption}</h3><p>${a.noDeliveries}</p>`
          : html`<div class="table-scroll" role="region" aria-label=${caption} tabindex="0">
            <table class="figures-table">
              <caption>${caption}</caption>
              <thead>
                <tr><th scope="col">${a.event}</th><th scope="col">${a.created}</th><th scope="col">${a.status}</th><th scope="col">${a.attempts}</th><th scope="col">${a.lastOutcome}</th></tr>
              </thead>
              <tbody>
                ${list.map((d) => {
                  const last = d.attempts.at(-1);
                  return html`<tr>
                    <th scope="row">${d.type}</th>
                    <td>${f.dateTime(d.createdAt, 'Europe/Brussels')}</td>
                    <td>${a.statuses[d.status]}</td>
                    <td class="num">${d.attempts.length}</td>
                    <td>${last ? (last.outcome === 'delivered' ? `${a.statuses.delivered}${last.httpStatus ? ` (HTTP ${last.httpStatus})` : ''}` : (last.error ?? '')) : '–'}</td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>`
    }
  </div>`;
}
