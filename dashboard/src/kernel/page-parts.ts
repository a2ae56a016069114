import { html, type ReactiveElement, type TemplateResult } from 'lit';
import { ApiProblem } from './api-client.js';
import type { Messages } from '../i18n/index.js';
import { BASE } from './links.js';

/** Tells the app shell the page's title is known (for document.title and focus after navigation). */
export const PAGE_READY = 'fi-page-ready';

export function announceReady(element: HTMLElement, title: string): void {
  element.dispatchEvent(new CustomEvent(PAGE_READY, { bubbles: true, composed: true, detail: { title } }));
}

/**
 * Announces once the page has drawn what a task just delivered. A Task calls onComplete
 * before it asks its host to render, so wait a microtask for that render to be queued.
 */
export function announceAfterRender(host: ReactiveElement, title: () => string): void {
  queueMicrotask(() => void host.updateComplete.then(() => announceReady(host, title())));
}

export const loadingBlock = (m: Messages): TemplateResult => html`<p class="loading" role="status">${m.loading}</p>`;

export const isNotFound = (error: unknown): boolean => error instanceof ApiProblem && error.status === 404;

export function notFoundBlock(m: Messages, text: string): TemplateResult {
  return html`<h1 class="page-title" tabindex="-1">${m.notFoundTitle}</h1>
    <p>${text}</p>
    <p><a href=${BASE}>${m.backToOverview}</a></p>`;
}

export function errorBlock(m: Messages, retry: () => void): TemplateResult {
  return html`<div class="problem" role="alert">
    <h2>${m.errorTitle}</h2>
    <p>${m.errorText}</p>
    <button type="button" class="secondary" @click=${retry}>${m.tryAgain}</button>
  </div>`;
}

/** The current calendar year where the figures are counted (Brussels). */
export function currentYear(timeZone = 'Europe/Brussels'): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(new Date()));
}
