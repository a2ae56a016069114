import { describe, expect, it } from 'vitest';
import { comparisonStrip } from './comparison-strip.js';

const base = {
  id: 'c',
  title: 'Tevreden <elders>',
  p25: 60,
  median: 70,
  p75: 80,
  labels: { middleHalf: 'middelste helft', median: 'mediaan', own: 'deze dienst' },
  format: (v: number) => `${v} %`,
};

describe('comparisonStrip', () => {
  it('draws the middle half as a box from p25 to p75, the median as a line and this service as a diamond', () => {
    const svg = comparisonStrip({ ...base, own: 55, width: 552 });
    // The track runs from x = 24 to 552 − 28 = 524: 5 px per percentage point.
    expect(svg).toContain('<rect x="324" y="30" width="100" height="22"');
    expect(svg).toContain('<line x1="374" x2="374"');
    expect(svg).toContain('<path d="M299 30');
    expect(svg).toContain('>mediaan 70 %</text>');
    expect(svg).toContain('>deze dienst 55 %</text>');
    expect(svg).toContain('<title id="c-title">Tevreden &lt;elders&gt;</title>');
  });

  it('leaves out the diamond when the service has no share', () => {
    const svg = comparisonStrip({ ...base, own: null });
    expect(svg).not.toContain('<path');
    expect(svg).not.toContain('deze dienst');
  });
});
