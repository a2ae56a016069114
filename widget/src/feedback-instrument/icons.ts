import { html } from 'lit';

// Faces as a cue besides the text label that does not rely on colour: the mouth goes from
// a deep frown (1) to a broad smile (5). Decorative: the button's text is its name.
const mouths = ['M7.5 17.5q4.5-5 9 0', 'M8.5 16.5q3.5-2 7 0', 'M8.5 15.5h7', 'M8.5 14.5q3.5 2.5 7 0', 'M7.5 13.5q4.5 6 9 0'].map(
  (mouth) => 'M9 9.5v1M15 9.5v1' + mouth,
);

export const face = (score: number) =>
  html`<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10"/><path d=${mouths[score - 1]} /></svg>`;

export const bubble = html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v11H10l-4 4v-4H4z"/><path d="M8 9h8M8 12h5"/></svg>`;

export const check = html`<svg class="big" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10"/><path d="M7.5 12.5l3 3 6-6.5"/></svg>`;
