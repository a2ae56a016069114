import { LitElement } from 'lit';

/**
 * The dashboard's elements render into the light DOM: one page-wide stylesheet, and ARIA
 * references (labels, captions, descriptions) that work across components. The widget
 * needs shadow DOM to survive foreign pages; the dashboard is its own page.
 */
export class LightElement extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
