// The yearly report's part per service on what users kept reporting (its top topics, their
// counts and trend against last year) and what was done about it (its notes, with the
// satisfied share and the top topics' counts in the 28 days before and after each).
import { dataTable, type ReportProblems } from '@feedbackinstrument/shared';
import { nl, pct } from './report-format.js';

const TREND_NL = { new: 'nieuw', up: 'stijgend', down: 'dalend', stable: 'stabiel' } as const;

export function problemsHtml(problems: ReportProblems | undefined): string {
  if (!problems) return '';
  const topics =
    problems.topics.length > 0
      ? dataTable(
          {
            caption: 'Terugkerende problemen (onderwerpen van de opmerkingen)',
            // The trend compares both years' shares counted alike (two of its terms): shown as such.
            headers: ['Onderwerp', 'Opmerkingen', 'Aandeel', 'Aandeel vorig jaar → dit jaar, volgens dezelfde telling', 'Trend'],
            rows: problems.topics.map((t) => [
              t.label,
              nl(t.count),
              pct(t.share),
              `${pct(t.previousShare)} → ${pct(t.comparableShare)}`,
              TREND_NL[t.trend],
            ]),
          },
          'problems',
        )
      : `<p class="muted">Terugkerende problemen: ${problems.remarks < 3 ? 'te weinig opmerkingen om onderwerpen te vinden' : 'geen onderwerp dat in drie of meer opmerkingen terugkomt'} (${nl(problems.remarks)} opmerkingen).</p>`;
  const notes =
    problems.notes.length > 0
      ? dataTable(
          {
            caption: 'Notities en hun effect (28 dagen voor en na)',
            headers: ['Notitie', 'Tevreden voor', 'Tevreden na', 'Onderwerpen: voor → na'],
            rows: problems.notes.map((n) => [
              `${n.annotation.day}: ${n.annotation.text}`,
              pct(n.before.satisfied),
              pct(n.after.satisfied),
              n.topics.map((t) => `${t.label} ${t.before} → ${t.after}`).join('; ') || '–',
            ]),
          },
          'notes',
        )
      : '<p class="muted">Geen notities dit jaar.</p>';
  return `<div class="problems"><h3>Wat gebruikers bleven melden, en wat eraan gedaan werd</h3>${topics}${notes}</div>`;
}

/** The same in one CSV cell each: "label (count, trend); …" and "day text: satisfied before → after; …". */
export function problemsCells(problems: ReportProblems | undefined): [string, string] {
  if (!problems) return ['', ''];
  return [
    problems.topics.map((t) => `${t.label} (${t.count}, ${t.trend})`).join('; '),
    problems.notes
      .map((n) => `${n.annotation.day} ${n.annotation.text}: ${n.before.satisfied ?? '–'} → ${n.after.satisfied ?? '–'} % satisfied`)
      .join('; '),
  ];
}
