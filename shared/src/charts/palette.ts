// Colours that keep 3:1 contrast on white and stay apart for colour-blind readers
// (blue / grey / orange rather than green / red). Every chart also labels its values.
export const CHART_COLOURS = {
  satisfied: '#0b4fa3',
  verySatisfied: '#062f66',
  neutral: '#8a8f95',
  dissatisfied: '#c2571a',
  veryDissatisfied: '#8f3200',
  axis: '#5f6368',
  grid: '#d9dde1',
  text: '#1d1d1b',
} as const;

/** Bar colour of each score 1–5. */
export const SCORE_COLOURS = [
  CHART_COLOURS.veryDissatisfied,
  CHART_COLOURS.dissatisfied,
  CHART_COLOURS.neutral,
  CHART_COLOURS.satisfied,
  CHART_COLOURS.verySatisfied,
] as const;
