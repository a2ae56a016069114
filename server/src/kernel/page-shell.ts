import type { Language } from '@feedbackinstrument/shared/constants';
import { escapeHtml } from './escape.js';

// The one frame of every page the server renders (the /open pages, the yearly report, the
// no-JavaScript form's result pages, the widget preview): doctype, language, charset and
// viewport, title, the page's one stylesheet, a skip link and <main>. Each page keeps its own
// content security policy, so an inline style passes through byte for byte: a policy that
// allows it by its hash (the form's result pages) must still match.

/** A page's one stylesheet. */
export type PageStylesheet =
  /** Served from this origin, for a policy that allows 'self' styles only. */
  | { href: string }
  /** A <style> block, allowed by its hash or by 'unsafe-inline' in the page's policy. */
  | { inline: string };

interface ShellHead {
  lang: Language;
  /** Plain text: escaped here. */
  title: string;
  stylesheet: PageStylesheet;
  /** Asks search engines not to index the page (the report, the form's results). */
  noindex?: boolean;
  /** More of the head, as markup, after the stylesheet (alternate languages, a script). */
  head?: string;
}

interface ShellMain {
  /** The skip link's text (escaped here): it jumps to <main id="content">, which then takes focus. */
  skipLink?: string;
  /** Markup before <main>, such as the site's header. */
  header?: string;
  /** The content of <main>, as markup. */
  main: string;
}

/** A page with no <main> of its own (the widget preview holds only the widget): its body as is. */
interface ShellBody {
  body: string;
}

export type PageShell = ShellHead & (ShellMain | ShellBody);

function stylesheetTag(stylesheet: PageStylesheet): string {
  return 'href' in stylesheet ? `<link rel="stylesheet" href="${escapeHtml(stylesheet.href)}">` : `<style>${stylesheet.inline}</style>`;
}

function bodyOf(page: ShellMain | ShellBody): string {
  if ('body' in page) return page.body;
  const lines: string[] = [];
  if (page.skipLink !== undefined) lines.push(`<a class="skip" href="#content">${escapeHtml(page.skipLink)}</a>`);
  if (page.header !== undefined) lines.push(page.header);
  lines.push(page.skipLink !== undefined ? '<main id="content" tabindex="-1">' : '<main>', page.main, '</main>');
  return lines.join('\n');
}

/** The whole document around a page's content. */
export function pageShell(page: PageShell): string {
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    ...(page.noindex ? ['<meta name="robots" content="noindex">'] : []),
    `<title>${escapeHtml(page.title)}</title>`,
    stylesheetTag(page.stylesheet),
    ...(page.head !== undefined ? [page.head] : []),
  ];
  return `<!doctype html>
<html lang="${page.lang}">
<head>
${head.join('\n')}
</head>
<body>
${bodyOf(page)}
</body>
</html>`;
}
