import type { ChannelFigures, ContextFigures, DataTable, MonthFigures, ServiceFigures } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import { charts } from './charts.js';
import { chartFigure, scrollingTable } from './chart-figure.js';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';

// What people answered over the year: the scores, the follow-up questions, and the
// satisfied share by context and by channel.

const counts = (d: MonthFigures['distribution']): [number, number, number, number, number] => [d['1'], d['2'], d['3'], d['4'], d['5']];

export function scoreDistribution(m: Messages, f: Formatter, narrow: boolean, figures: ServiceFigures, year: number): TemplateResult {
  const values = counts(figures.distribution);
  const share = (n: number) => (figures.responses ? f.percent((100 * n) / figures.responses) : '–');
  const table: DataTable = {
    caption: m.distributionTitle(year),
    headers: [m.scoreColumn, m.countColumn, m.shareColumn],
    rows: values.map((n, i) => [`${i + 1} · ${m.scoreLabels[i]}`, f.number(n), share(n)]),
  };
  return chartFigure({
    narrow,
    id: 'chart-distribution',
    title: m.distributionTitle(year),
    svg: charts.distribution({
      id: 'svg-distribution',
      title: m.distributionTitle(year),
      counts: values,
      labels: m.scoreLabels,
      language: m.charts,
    }),
    table,
  });
}

export function followUpAnswers(m: Messages, f: Formatter, narrow: boolean, figures: ServiceFigures): TemplateResult {
  const { ease, completed } = figures;
  if (!ease && !completed) return html`<p>${m.noFollowUps}</p>`;
  return html`<div class="tables-row">
      ${
        ease
          ? html`<div>
            ${chartFigure({
              narrow,
              id: 'chart-ease',
              title: m.easeTitle,
              note: m.easeSummary(f.mean(ease.mean), f.number(ease.answered)),
              svg: charts.distribution({
                id: 'svg-ease',
                title: m.easeTitle,
                counts: counts(ease.distribution),
                labels: m.easeLabels,
                language: m.charts,
              }),
              table: {
                caption: m.easeTitle,
                headers: [m.answerColumn, m.countColumn, m.shareColumn],
                rows: counts(ease.distribution).map((n, i) => [
                  `${i + 1} · ${m.easeLabels[i]}`,
                  f.number(n),
                  ease.answered ? f.percent((100 * n) / ease.answered) : '–',
                ]),
              },
            })}
          </div>`
          : nothing
      }
      ${
        completed
          ? html`<div>
            <h3 class="chart-title">${m.completedTitle}</h3>
            ${scrollingTable({
              caption: m.completedCaption,
              headers: [m.answerColumn, m.countColumn, m.shareColumn],
              rows: (['yes', 'partly', 'no'] as const).map((v) => [
                m.completedLabels[v],
                f.number(completed.counts[v]),
                f.percent(completed.shares[v]),
              ]),
            })}
          </div>`
          : nothing
      }
    </div>`;
}

export function breakdownTable<T extends ContextFigures | ChannelFigures>(
  m: Messages,
  f: Formatter,
  caption: string,
  column: string,
  rows: readonly T[],
  label: (row: T) => string,
): TemplateResult {
  return scrollingTable({
    caption,
    headers: [column, m.col.responses, m.col.satisfied, m.col.mean],
    rows: rows.map((row) => [label(row), f.number(row.responses), f.percent(row.satisfied), f.mean(row.mean)]),
  });
}
