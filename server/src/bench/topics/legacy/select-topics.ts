// Pure: which phrases are the recurring topics. In plain words (also in the API docs):
// - a topic is a word or phrase that at least minCount remarks share;
// - a single word that is mostly said as part of one phrase gives way to that phrase;
// - a phrase is labelled with the longer phrase most of its remarks use ("geen vrije
//   dagen" → "kalender toont geen vrije dagen"), but counts all its own remarks;
// - longer phrases weigh a little more, and a topic whose remarks are mostly in a topic
//   ranked above it is left out; one written the same as a topic above it (one word stemmed
//   in two languages: "itsme" in Dutch and in French remarks) joins that topic.
import { NEGATED, type Phrase } from './phrases.js';

/** A longer phrase speaks for a shorter one when it covers at least this share of its remarks. */
const DOMINANCE = 0.6;
/** A topic is left out when less than this share of its remarks is new (not in a topic above it). */
const MIN_NEW_SHARE = 0.5;

export interface PhraseStats {
  phrase: Phrase;
  /** Indexes of the remarks that contain the phrase. */
  remarks: number[];
  /** How often each way of writing it occurred. */
  labels: Map<string, number>;
}

export interface ChosenTopic {
  /** The phrase whose remarks the topic counts. */
  base: PhraseStats;
  /** The phrase that names it (the base, or the longer phrase most of its remarks use). */
  named: PhraseStats;
  /** Other phrases written the same as `named`, whose remarks the topic counts too. */
  alike: PhraseStats[];
}

/** The remarks a topic counts: its base's and those of the phrases written alike, each once. */
export function remarksOf(topic: ChosenTopic): number[] {
  return [...new Set([topic.base, ...topic.alike].flatMap((s) => s.remarks))].sort((a, b) => a - b);
}

export function collect(perRemark: readonly Phrase[][]): Map<string, PhraseStats> {
  const stats = new Map<string, PhraseStats>();
  perRemark.forEach((phrases, index) => {
    for (const phrase of phrases) {
      let entry = stats.get(phrase.key);
      if (!entry) {
        entry = { phrase, remarks: [], labels: new Map() };
        stats.set(phrase.key, entry);
      }
      entry.remarks.push(index);
      entry.labels.set(phrase.label, (entry.labels.get(phrase.label) ?? 0) + 1);
    }
  });
  return stats;
}

const contentOf = (terms: readonly string[]) => terms.filter((t) => t !== NEGATED);
const weight = (terms: readonly string[]) => 1 + 0.25 * (contentOf(terms).length - 1);

/** The most common way of writing a phrase. */
export function bestLabel(labels: Map<string, number>): string {
  return [...labels.entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]))[0]![0];
}

export function selectTopics(stats: Map<string, PhraseStats>, options: { minCount: number; limit: number }): ChosenTopic[] {
  const candidates = new Map([...stats].filter(([, s]) => s.remarks.length >= options.minCount));

  // For each phrase, its most shared extension by one word (before or after it).
  const extension = new Map<string, PhraseStats>();
  for (const longer of candidates.values()) {
    const content = contentOf(longer.phrase.terms);
    if (content.length < 2) continue;
    for (const part of [content.slice(0, -1), content.slice(1)]) {
      for (const key of [part.join(' '), [...part, NEGATED].join(' ')]) {
        const best = extension.get(key);
        if (candidates.has(key) && (!best || longer.remarks.length > best.remarks.length)) extension.set(key, longer);
      }
    }
  }
  const dominant = (s: PhraseStats) => {
    const ext = extension.get(s.phrase.key);
    return ext && ext.remarks.length >= DOMINANCE * s.remarks.length ? ext : null;
  };

  const topics: ChosenTopic[] = [];
  const absorbed = new Set<string>();
  for (const base of candidates.values()) {
    // A single word mostly said in one phrase gives way to it.
    if (contentOf(base.phrase.terms).length === 1 && dominant(base)) continue;
    let named = base;
    for (let next = dominant(named); next; next = dominant(named)) {
      named = next;
      if (named !== base) absorbed.add(named.phrase.key);
    }
    topics.push({ base, named, alike: [] });
  }
  const ranked = topics
    .filter((t) => !absorbed.has(t.base.phrase.key))
    .sort(
      (a, b) =>
        b.base.remarks.length * weight(b.named.phrase.terms) - a.base.remarks.length * weight(a.named.phrase.terms) ||
        b.named.phrase.terms.length - a.named.phrase.terms.length ||
        a.base.phrase.key.localeCompare(b.base.phrase.key),
    );

  const chosen: ChosenTopic[] = [];
  const covered = new Set<number>();
  // A reader must never see the same topic twice: one written alike joins the one above.
  const byName = new Map<string, ChosenTopic>();
  for (const topic of ranked) {
    const name = bestLabel(topic.named.labels).toLocaleLowerCase();
    const same = byName.get(name);
    if (same) {
      same.alike.push(topic.base);
      for (const i of topic.base.remarks) covered.add(i);
      continue;
    }
    if (chosen.length >= options.limit) continue;
    const remarks = topic.base.remarks;
    const fresh = remarks.filter((i) => !covered.has(i)).length;
    if (fresh < options.minCount || fresh < MIN_NEW_SHARE * remarks.length) continue;
    chosen.push(topic);
    byName.set(name, topic);
    for (const i of remarks) covered.add(i);
  }
  return chosen;
}
