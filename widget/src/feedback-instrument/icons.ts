import { h } from './dom.js';

// Faces as a cue besides the text label that does not rely on colour: the mouth goes from
// a deep frown (1) to a broad smile (5). Decorative: the button's text is its name.
const mouths = ['M7.5 17.5q4.5-5 9 0', 'M8.5 16.5q3.5-2 7 0', 'M8.5 15.5h7', 'M8.5 14.5q3.5 2.5 7 0', 'M7.5 13.5q4.5 6 9 0'];

const icon = (paths: string[], circle = true, cls?: string) =>
  h(
    'svg',
    { viewBox: '0 0 24 24', 'aria-hidden': 'true', class: cls },
    circle && h('circle', { cx: 12, cy: 12, r: 10 }),
    paths.map((d) => h('path', { d })),
  );

export const face = (score: number) => icon([`M9 9.5v1M15 9.5v1${mouths[score - 1]}`]);

export const bubble = () => icon(['M4 5h16v11H10l-4 4v-4H4z', 'M8 9h8M8 12h5'], false);

export const check = () => icon(['M7.5 12.5l3 3 6-6.5'], true, 'big');
