import { describe, expect, it } from 'vitest';
import { pageShell } from './page-shell.js';

describe('pageShell', () => {
  it('frames a page: language, charset, viewport, escaped title, stylesheet, skip link to main', () => {
    const html = pageShell({
      lang: 'fr',
      title: 'Cijfers <b> & "meer"',
      stylesheet: { href: '/open/open.abc.css' },
      head: '<link rel="alternate" hreflang="nl" href="/open">',
      skipLink: 'Aller <au> contenu',
      header: '<header class="site"></header>',
      main: '<h1>Titel</h1>',
    });
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport"/);
    expect(html).toContain('<title>Cijfers &lt;b&gt; &amp; &quot;meer&quot;</title>');
    expect(html).toContain('<link rel="stylesheet" href="/open/open.abc.css">\n<link rel="alternate" hreflang="nl" href="/open">');
    expect(html).toContain(
      '<body>\n<a class="skip" href="#content">Aller &lt;au&gt; contenu</a>\n<header class="site"></header>\n<main id="content" tabindex="-1">\n<h1>Titel</h1>\n</main>\n</body>\n</html>',
    );
    expect(html).not.toContain('robots');
  });

  it('keeps an inline style byte for byte, so a policy hash of it still matches', () => {
    const style = 'body{font-family:"A", sans-serif}\na>b{color:#000}\n';
    const html = pageShell({ lang: 'nl', title: 'T', stylesheet: { inline: style }, noindex: true, main: '<p>x</p>' });
    expect(html).toContain(`<meta name="robots" content="noindex">\n<title>T</title>\n<style>${style}</style>`);
    expect(html).toContain('<body>\n<main>\n<p>x</p>\n</main>\n</body>');
  });

  it('takes a body without main for a page that holds one element only', () => {
    const html = pageShell({
      lang: 'de',
      title: 'Preview',
      stylesheet: { inline: 'body{margin:0}' },
      body: '<feedback-instrument></feedback-instrument>',
    });
    expect(html).toContain('<body>\n<feedback-instrument></feedback-instrument>\n</body>');
    expect(html).not.toContain('<main');
  });
});
