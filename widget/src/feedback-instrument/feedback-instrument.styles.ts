import { css } from './dom.js';

/*
 * The look: a calm Flemish-government card. Dark text, blue for actions, the Flemish yellow
 * only as a thin accent. Sizes are in em of the widget's own font size (`medium`: the
 * reader's browser setting, unless --fi-font-size says otherwise), so neither a page's
 * `html { font-size: 62.5% }` nor its global resets change it, and 200 % zoom just works.
 * No animations at all (so nothing to reduce for prefers-reduced-motion). No inline styles
 * anywhere: this sheet is adopted, which a strict CSP allows. The build squeezes this text.
 * Only what the first load shows is here (the question, the scores, the floating button and
 * dialog, the thank-you); the remark form's rules come with it (flow/flow.styles.ts).
 */
export const styles = css`
  /*
   * The host is the one element page styles can reach. Box properties a page-wide reset
   * ("* { padding: 0 !important }") would change are fixed with !important, which wins over
   * the page's !important here; margin, width and display stay the embedder's.
   */
  :host {
    all: initial;
    display: block;
    font-family: inherit;
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
    box-shadow: none !important;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  /* Whatever the page still passes down through the host is set again here. */
  .root {
    all: initial;
    display: block;
    --p: var(--fi-color-primary, #0055cc);
    --t: var(--fi-color-text, #333332);
    --bg: var(--fi-color-background, #fff);
    --b: var(--fi-color-border, #767f8a);
    --a: var(--fi-color-accent, #ffe615);
    --r: var(--fi-radius, 0.25em);
    font-family: var(--fi-font-family, inherit);
    font-size: var(--fi-font-size, medium);
    line-height: 1.5;
    color: var(--t);
    overflow-wrap: break-word;
  }
  .base {
    container-type: inline-size;
    background: var(--bg);
    border: 1px solid #cfd4da;
    border-top: 0.25em solid var(--a);
    border-radius: var(--r);
    padding: 1.25em clamp(1em, 4vw, 1.5em) 1.5em;
  }
  h2 {
    margin: 0 0 1em;
    font-size: 1.25em;
    line-height: 1.3;
    outline: 0;
  }
  p {
    margin: 0 0 1em;
  }
  button,
  textarea,
  input {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button {
    cursor: pointer;
    min-height: 2.75em;
    border-radius: var(--r);
  }
  :focus-visible {
    outline: 3px solid var(--fi-color-focus, var(--p));
    outline-offset: 2px;
  }
  svg {
    width: 1.5em;
    height: 1.5em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .score {
    border: 1px solid var(--b);
    border-radius: var(--r);
    background: var(--bg);
  }

  /* Five score cards in a row; full-width rows, face beside the label, when the widget is narrow. */
  .scores {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    gap: 0.5em;
  }
  .score {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.375em;
    padding: 0.75em 0.25em;
    font-size: 0.9375em;
    line-height: 1.25;
  }
  .score svg {
    width: 2em;
    height: 2em;
  }
  @container (max-width: 34em) {
    .scores {
      grid-template-columns: 1fr;
    }
    .score {
      flex-direction: row;
      gap: 0.75em;
      padding: 0.5em 0.75em;
    }
  }
  .score:hover {
    border-color: var(--p);
    box-shadow: inset 0 0 0 1px var(--p);
  }
  .fab {
    padding: 0.5em 1.25em;
    border: 2px solid var(--p);
    background: var(--p);
    color: var(--bg);
    font-weight: 700;
  }
  .fab:hover {
    background: color-mix(in srgb, var(--p) 80%, #000);
  }
  .thanks {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .thanks h2 {
    margin: 0;
  }
  .big {
    width: 2.5em;
    height: 2.5em;
    color: #007a3d;
  }

  /* Floating mode: a fixed button that opens a modal dialog. */
  .fab {
    position: fixed;
    right: 1em;
    bottom: 1em;
    z-index: 2147483000;
    display: flex;
    align-items: center;
    gap: 0.5em;
    padding-left: 0.875em;
    border-color: var(--bg);
    border-radius: 1.5em;
    box-shadow: 0 0.125em 0.75em #0006;
  }
  dialog {
    width: min(36em, 100vw - 1em);
    max-height: calc(100dvh - 1em);
    padding: 0;
    border: 0;
    border-radius: var(--r);
    background: var(--bg);
    color: inherit;
    box-shadow: 0 0.5em 2em #0006;
  }
  dialog::backdrop {
    background: #0008;
  }
  dialog .base {
    border-width: 0.25em 0 0;
  }
  .close {
    float: right;
    margin: -0.5em -0.5em 0.5em 0.5em;
    padding: 0 0.625em;
    border: 1px solid transparent;
    background: none;
    color: var(--p);
    font-weight: 700;
  }

  /* Forced colours (Windows contrast themes): borders, selection and focus in system colours. */
  @media (forced-colors: active) {
    .score,
    .close,
    dialog {
      border: 2px solid ButtonText;
    }
    .score:hover {
      outline: 2px solid Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
