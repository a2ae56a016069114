import type { Topic, Topics } from '@feedbackinstrument/shared';
import { html, nothing, type TemplateResult } from 'lit';
import type { Formatter } from '../kernel/format.js';
import type { Messages } from '../i18n/index.js';
import './topics.css';

/**
 * Where a topic is going against last year: an icon for the eye, and the same in words, with
 * both years counted alike (topic.comparable against topic.previous: the remarks that say two
 * of its terms), as the trend is.
 */
function topicTrend(m: Messages, f: Formatter, topic: Topic): { icon: string; text: string } {
  const was = topic.previous.share === null ? '–' : f.percent(topic.previous.share);
  const now = f.percent(topic.comparable.share);
  switch (topic.trend) {
    case 'new':
      return { icon: '★', text: m.topicTrend.new };
    case 'up':
      return { icon: '▲', text: m.topicTrend.up(now, was) };
    case 'down':
      return { icon: '▼', text: m.topicTrend.down(now, was) };
    default:
      return { icon: '=', text: m.topicTrend.stable(now, was) };
  }
}

/**
 * The problems that keep coming back: each topic folded open to its examples, with a
 * button that reads all its remarks (readTopic: the page searches the remarks for it).
 */
export function topicsList(m: Messages, f: Formatter, topics: Topics, readTopic: (topic: Topic) => void): TemplateResult {
  if (topics.topics.length === 0) return html`<p>${m.topicsNone}</p>`;
  return html`<p>${m.topicsIntro(f.number(topics.remarks))}</p>
      <ol class="topics">
        ${topics.topics.map((topic) => {
          const t = topicTrend(m, f, topic);
          return html`<li class="topic">
            <details>
              <summary>
                <span class="topic-label">“${topic.label}”</span>
                <span class="topic-count">${m.topicCount(f.number(topic.count), f.percent(topic.share))}</span>
                <span class="trend trend-${topic.trend}"><span aria-hidden="true">${t.icon}</span> ${t.text}</span>
                ${topic.examples[0] ? html`<span class="topic-example">${m.forExample} “<span lang=${topic.examples[0].lang}>${topic.examples[0].remark}</span>”</span>` : nothing}
              </summary>
              <div class="topic-body">
                <p>${m.topicMeanScore(f.mean(topic.meanScore))}</p>
                <p class="examples-title">${m.topicExamples}</p>
                <ul class="examples">
                  ${topic.examples.map(
                    (example) => html`<li>
                      <p class="remark-text" lang=${example.lang}>${example.remark}</p>
                      <p class="remark-meta">
                        <span class="score-badge score-${example.score}">${m.remarkScore(example.score, m.scoreLabels[example.score - 1]!)}</span>
                        <span>${f.day(example.day)}</span>
                      </p>
                    </li>`,
                  )}
                </ul>
                <button type="button" class="secondary" @click=${() => readTopic(topic)}>${m.topicReadAll}</button>
              </div>
            </details>
          </li>`;
        })}
      </ol>`;
}
