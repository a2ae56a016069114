// Pure: which terms make the recurring topics of a set of remarks. In plain words (also in
// the API docs):
// - a term is distinctive when this service's remarks use it clearly more than the other
//   services' remarks of the period (log-likelihood keyness, p < 0.05; p < 0.01 to start a
//   topic). "aanvraag" and "formulier",
//   which every service's remarks use, are not: they never start a topic or join one;
// - the words of the service's own name ("bewonerskaart") are distinctive but say nothing
//   about a problem: they may join a topic, never start one;
// - the most shared distinctive term starts a topic; a distinctive term joins it when at
//   least half of the remarks with that term are already in the topic ("reset" joins
//   "password"); the topic counts every remark with its first term or with two of its terms;
// - a topic whose remarks are mostly in a topic above it is left out;
// - "¬" (a negation) never makes a topic; it is shown with a topic when most of its remarks say it.
import { NEGATION_TERM } from './language.js';

/** The keyness (signed √G², in standard errors) a term must reach to join a topic: p < 0.05. */
export const KEYNESS = 1.96;
/** …and to start one: p < 0.01, since each period tries thousands of words as a start. */
export const SEED_KEYNESS = 2.576;
/** A term joins a topic when at least this share of its remarks are in the topic already. */
const JOIN = 0.5;
/** A topic is left out when less than this share of its remarks is new (not in a topic above it). */
const MIN_NEW_SHARE = 0.5;
/** The negation is shown as part of a topic said negated in at least this share of its remarks. */
const NEGATED = 0.5;
const GROWTH_ROUNDS = 3;

export interface ClusterOptions {
  limit: number;
  minCount: number;
  /** Terms that may join a topic but never start one: the words of the service's own name. */
  noStart?: ReadonlySet<string>;
}

export interface ClusteredTopic {
  /** The term that started the topic: stable while the problem is the most shared way it is said. */
  key: string;
  /** Its terms, the starting one first, then by how many of its remarks use them. */
  terms: string[];
  negated: boolean;
  /** Indexes of the remarks it counts, ascending. */
  remarks: number[];
  /** Each term's keyness (standard errors above the other services' use); null without other services. */
  keyness: Map<string, number | null>;
}

const frequencies = (docs: readonly ReadonlySet<string>[]) => {
  const df = new Map<string, number>();
  for (const terms of docs) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
};

/**
 * Keyness (Rayson & Garside's log-likelihood, the usual measure of corpus linguistics): the
 * G² of a term's share of remarks here (f of n) against elsewhere (g of m), as a signed
 * square root, so that it reads as standard errors (1.96: p < 0.05), positive when the
 * term is used more here. Unlike a log-odds ratio it stays usable when the other services
 * never use the term.
 */
export function keyness(f: number, n: number, g: number, m: number): number {
  const cells: [number, number][] = [
    [f, (n * (f + g)) / (n + m)],
    [n - f, (n * (n - f + m - g)) / (n + m)],
    [g, (m * (f + g)) / (n + m)],
    [m - g, (m * (n - f + m - g)) / (n + m)],
  ];
  const g2 = 2 * cells.reduce((sum, [observed, expected]) => sum + (observed > 0 ? observed * Math.log(observed / expected) : 0), 0);
  return Math.sign(f / n - g / m) * Math.sqrt(Math.max(0, g2));
}

export function clusterTopics(current: readonly ReadonlySet<string>[], background: readonly ReadonlySet<string>[], options: ClusterOptions): ClusteredTopic[] {
  const here = frequencies(current);
  const elsewhere = frequencies(background);
  const n = current.length;
  const m = background.length;
  const keynessOf = (term: string) => (m === 0 ? null : keyness(here.get(term)!, n, elsewhere.get(term) ?? 0, m));

  // Distinctive terms shared by at least two remarks, with the remarks that use them.
  const distinctive = new Map<string, { remarks: number[]; keyness: number | null }>();
  for (const [term, count] of here) {
    if (term === NEGATION_TERM || count < 2) continue;
    const k = keynessOf(term);
    if (k === null || k >= KEYNESS) distinctive.set(term, { remarks: [], keyness: k });
  }
  current.forEach((terms, index) => {
    for (const term of terms) distinctive.get(term)?.remarks.push(index);
  });

  const seeds = [...distinctive]
    .filter(([term, d]) => d.remarks.length >= options.minCount && (d.keyness === null || d.keyness >= SEED_KEYNESS) && !options.noStart?.has(term))
    .sort(([a, x], [b, y]) => y.remarks.length - x.remarks.length || (y.keyness ?? 0) - (x.keyness ?? 0) || a.localeCompare(b));

  const chosen: ClusteredTopic[] = [];
  const covered = new Set<number>();
  const used = new Set<string>();
  for (const [seed, { remarks: seedRemarks }] of seeds) {
    if (chosen.length >= options.limit) break;
    if (used.has(seed)) continue;
    const members = [seed];
    // Terms join by the remarks any of the topic's terms reach; the topic then counts the
    // remarks with its first term or with at least two of its terms (so a word that joined,
    // like "dagen" of "geen vrije dagen", does not bring in every remark that says "dagen").
    const reach = new Set(seedRemarks);
    for (let round = 0, grew = true; grew && round < GROWTH_ROUNDS; round += 1) {
      grew = false;
      for (const [term, { remarks }] of distinctive) {
        if (used.has(term) || members.includes(term)) continue;
        const shared = remarks.filter((i) => reach.has(i)).length;
        if (shared >= 2 && shared >= JOIN * remarks.length) {
          members.push(term);
          for (const i of remarks) reach.add(i);
          grew = true;
        }
      }
    }
    const inTopic = new Set(remarksMatching(current, members));
    const fresh = [...inTopic].filter((i) => !covered.has(i)).length;
    if (fresh < options.minCount || fresh < MIN_NEW_SHARE * inTopic.size) continue;
    const remarks = [...inTopic].sort((a, b) => a - b);
    const uses = (term: string) => remarks.filter((i) => current[i]!.has(term)).length;
    const ordered = [seed, ...members.slice(1).sort((a, b) => uses(b) - uses(a) || a.localeCompare(b))];
    chosen.push({
      key: seed,
      terms: ordered,
      negated: uses(NEGATION_TERM) >= NEGATED * remarks.length,
      remarks,
      keyness: new Map(ordered.map((term) => [term, distinctive.get(term)!.keyness])),
    });
    for (const i of remarks) covered.add(i);
    for (const term of members) used.add(term);
  }
  return chosen.sort((a, b) => b.remarks.length - a.remarks.length || a.key.localeCompare(b.key));
}

/** The remarks (indexes) of another set of remarks that a topic would count: its first term or two of its terms. */
export function remarksMatching(docs: readonly ReadonlySet<string>[], terms: readonly string[]): number[] {
  const own = terms.filter((t) => t !== NEGATION_TERM);
  return docs.flatMap((doc, index) => (doc.has(own[0]!) || own.filter((t) => doc.has(t)).length >= 2 ? [index] : []));
}
