/** Marks the text for the build's minifier (a local copy: this chunk imports nothing from widget.js). */
const css = (strings: TemplateStringsArray): string => strings[0]!;

// The remark form, the follow-ups, the error state and the links: adopted when they load.
export const flowStyles = css`
  .option,
  textarea {
    border: 1px solid var(--b);
    border-radius: var(--r);
    background: var(--bg);
  }
  .option:has(:checked) {
    border-color: var(--p);
    box-shadow: inset 0 0 0 1px var(--p);
  }

  label,
  legend {
    display: block;
    font-weight: 700;
    margin-bottom: 0.25em;
    padding: 0;
  }
  .note {
    border-left: 0.25em solid var(--a);
    background: #f3f4f6;
    padding: 0.5em 0.75em;
  }
  textarea {
    display: block;
    width: 100%;
    min-height: 7em;
    resize: vertical;
    padding: 0.5em 0.75em;
  }
  .count {
    margin: 0.25em 0 0;
    font-size: 0.875em;
  }
  fieldset {
    border: 0;
    margin: 1.5em 0 0;
    padding: 0;
    min-width: 0;
  }
  .options,
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 2.75em;
    margin: 0;
    padding: 0.25em 0.875em 0.25em 0.625em;
    font-weight: 400;
    cursor: pointer;
  }
  input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--p);
  }
  .actions {
    gap: 0.75em;
    margin-top: 1.5em;
  }
  .primary,
  .secondary {
    padding: 0.5em 1.25em;
    border: 2px solid var(--p);
    background: var(--p);
    color: var(--bg);
    font-weight: 700;
  }
  .primary:hover {
    background: color-mix(in srgb, var(--p) 80%, #000);
  }
  }
  .secondary {
    background: var(--bg);
    color: var(--p);
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  }
  .error {
    border-left: 0.25em solid #c8102e;
    padding-left: 1em;
  }

  /* The citizen's rights: an anonymous remark is no complaint; where to complain, read the
     privacy notice or report an accessibility problem. Underlined links, 44 px tall targets. */
  a {
    color: var(--p);
    text-decoration: underline;
    display: inline-block;
    min-height: 2.75em;
    padding: 0.625em 0;
    font-weight: 700;
  }
  .rights {
    margin: 1.5em 0 0;
  }
  .rights p {
    margin: 0;
  }
  .thanks + .rights {
    margin-top: 1em;
  }
  @media (forced-colors: active) {
    .option {
      border: 2px solid ButtonText;
    }
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
    a {
      color: LinkText;
    }
  }
`;
