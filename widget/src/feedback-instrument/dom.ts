/**
 * A tiny DOM builder instead of a template library: the first load has to stay under 8 KB
 * gzip, and Lit alone is about 6 KB. Elements are made with createElement (never innerHTML),
 * so page text can never become markup and nothing needs a Trusted Types policy.
 * `on…` keys add listeners; `true` sets an empty attribute; false, null and undefined set none.
 */
export type Child = Node | string | false | null | undefined;
export type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => unknown)>;

const SVG = /^(svg|path|circle)$/;

export function h(tag: string, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElement {
  const el = SVG.test(tag) ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (value != null && value !== false) el.setAttribute(key, value === true ? '' : String(value));
  }
  el.append(...(children.flat().filter((child) => child != null && child !== false) as (Node | string)[]));
  return el as HTMLElement;
}

/** A constructable stylesheet (allowed by a strict CSP), or a <style> element where the browser has none. */
export function adopt(root: ShadowRoot, text: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    root.prepend(h('style', {}, text));
  }
}

/** Marks a CSS text for the build's minifier (build/minify-template-literals.ts); no interpolation. */
export const css = (strings: TemplateStringsArray): string => strings[0]!;
