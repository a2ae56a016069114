import { describe, expect, it } from 'vitest';
import { distributionChart } from './distribution-chart.js';
import { monthlyChart } from './monthly-chart.js';

// The charts' text alternatives (the SVG <desc>) and numbers follow the language of the
// page they are on: Dutch by default (the printable report), English in the English dashboard.
const desc = (svg: string) => /<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1];
const months = [{ label: 'Jan', satisfied: 1200, neutral: 30, dissatisfied: 4 }];

describe('chart language', () => {
  it('writes Dutch numbers and words by default', () => {
    expect(
      desc(
        monthlyChart({ id: 'm', title: 't', months, legend: { satisfied: 'tevreden', neutral: 'neutraal', dissatisfied: 'ontevreden' } }),
      ),
    ).toBe('Jan: 1.234 antwoorden, tevreden 1.200, neutraal 30, ontevreden 4');
    const labels = ['Heel ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Heel tevreden'];
    expect(desc(distributionChart({ id: 'd', title: 't', counts: [0, 0, 0, 0, 0], labels }))).toBe('Geen antwoorden.');
    expect(desc(distributionChart({ id: 'd', title: 't', counts: [1, 0, 0, 2, 0], labels }))).toContain('score 4 (Tevreden): 2 (66,7 %)');
  });

  it('writes English numbers and words when given the English chart language', () => {
    const language = { locale: 'en-GB', responses: 'responses', noResponses: 'No responses.' };
    expect(
      desc(
        monthlyChart({
          id: 'm',
          title: 't',
          months,
          legend: { satisfied: 'satisfied', neutral: 'neutral', dissatisfied: 'dissatisfied' },
          language,
        }),
      ),
    ).toBe('Jan: 1,234 responses, satisfied 1,200, neutral 30, dissatisfied 4');
    const labels = ['Very dissatisfied', 'Dissatisfied', 'Neutral', 'Satisfied', 'Very satisfied'];
    expect(desc(distributionChart({ id: 'd', title: 't', counts: [0, 0, 0, 0, 0], labels, language }))).toBe('No responses.');
    const svg = distributionChart({ id: 'd', title: 't', counts: [1, 0, 0, 2, 0], labels, language });
    expect(desc(svg)).toContain('score 4 (Satisfied): 2 (66.7 %)');
    expect(svg).toContain('2 (66.7 %)</text>');
  });
});
