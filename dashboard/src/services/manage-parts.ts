import { html, nothing, type TemplateResult } from 'lit';
import { ApiProblem } from '../kernel/api-client.js';
import type { Messages } from '../i18n/index.js';
import { errorBlock } from '../kernel/page-parts.js';
import { BASE, manageHref, manageServiceHref } from '../kernel/links.js';

/** The service's self-service pages as a small navigation, with the current one marked. */
export function serviceTabs(m: Messages, serviceId: string, current: 'settings' | 'embed' | 'installation'): TemplateResult {
  const mm = m.manage;
  const tab = (part: 'settings' | 'embed' | 'installation', label: string) =>
    html`<li><a href=${manageServiceHref(serviceId, part)} aria-current=${current === part ? 'page' : nothing}>${label}</a></li>`;
  return html`<nav class="service-tabs" aria-label=${mm.serviceTabsLabel}>
    <ul>
      ${tab('settings', mm.settingsTab)} ${tab('embed', mm.embedTab)} ${tab('installation', mm.installationTab)}
    </ul>
  </nav>`;
}

export function manageBreadcrumb(m: Messages, here: string, organisation: string | null = null): TemplateResult {
  return html`<nav class="breadcrumb" aria-label=${m.breadcrumb}>
    <ol>
      <li><a href=${BASE}>${m.overview}</a></li>
      <li><a href=${manageHref(organisation)}>${m.manage.servicesTitle}</a></li>
      <li aria-current="page">${here}</li>
    </ol>
  </nav>`;
}

/** A page that could not load: the API's own words for a 403 (an analyst on a manager's page), else "try again". */
export function loadProblem(m: Messages, error: unknown, retry: () => void): TemplateResult {
  if (error instanceof ApiProblem && error.status === 403) return html`<p class="problem" role="alert">${error.message}</p>`;
  return errorBlock(m, retry);
}
