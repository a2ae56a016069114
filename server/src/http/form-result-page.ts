import { LANGUAGES, type Language } from '@feedbackinstrument/shared/constants';
import { createHash } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { escapeHtml } from '../kernel/escape.js';
import { pageShell } from '../kernel/page-shell.js';
import { FORM_MESSAGES } from './form-messages.js';

export function pickLanguage(value: unknown): Language {
  return LANGUAGES.includes(value as Language) ? (value as Language) : 'nl';
}

const STYLE = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:2rem 1rem;color:#1d1d1b;background:#fff;line-height:1.5}
main{max-width:36rem;margin:0 auto;border:1px solid #cbd2da;border-radius:.5rem;padding:1.5rem}
h1{font-size:1.5rem;margin:0 0 .75rem}
a{color:#0055cc}
a:focus-visible{outline:3px solid #0055cc;outline-offset:2px}
`;

/** The pages' policy: their one style block (by its hash) and nothing else. */
export const RESULT_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// A plain, accessible page in the style of the widget: no script, no external resource.
function page(lang: Language, title: string, body: string, backHref: string | null): string {
  const t = FORM_MESSAGES[lang];
  const back = backHref ? `<p><a href="${escapeHtml(backHref)}">${escapeHtml(t.back)}</a></p>` : '';
  return pageShell({
    lang,
    title,
    stylesheet: { inline: STYLE },
    noindex: true,
    main: `<h1>${escapeHtml(title)}</h1>
${body}
${back}`,
  });
}

/** The service's links in this language (GET /v1/widget-config gives the widget the same). */
export interface ResultLinks {
  complaintsUrl: string | null;
  accessibilityUrl: string | null;
}

export function thanksPage(lang: Language, backHref: string | null, links: ResultLinks | null = null): string {
  const t = FORM_MESSAGES[lang];
  const link = (url: string | null, text: string) => (url ? ` <a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : '');
  // As the widget says after a press: an anonymous remark is no complaint, and where to go instead.
  const rights = `<p>${escapeHtml(t.notComplaint)}${link(links?.complaintsUrl ?? null, t.complaintsLink)}</p>${
    links?.accessibilityUrl ? `<p>${link(links.accessibilityUrl, t.accessibilityLink).trim()}</p>` : ''
  }`;
  return page(lang, t.thanksTitle, `<p>${escapeHtml(t.thanksBody)}</p>${rights}`, backHref);
}

export function errorPage(lang: Language, code: string): string {
  const t = FORM_MESSAGES[lang];
  const reason = t.reasons[code];
  const body = `${reason ? `<p>${escapeHtml(reason)}</p>` : ''}<p>${escapeHtml(t.errorBody)}</p>`;
  return page(lang, t.errorTitle, body, null);
}

/** Sends one of these pages with its content type and policy. */
export function sendResultPage(reply: FastifyReply, html: string): FastifyReply {
  return reply.type('text/html; charset=utf-8').header('content-security-policy', RESULT_PAGE_CSP).send(html);
}
