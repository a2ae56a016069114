// Pure: the remarks of a period (analysed, in a canonical order) partitioned into topics.
// 1. Each remark's features: its terms less the negation, general words (general-words.ts;
//    never a concept of the lexicon but GENERIC_CONCEPTS)
//    and the words of the service's own name: what a remark says that not every remark says.
// 2. GSDMM (gsdmm.ts) groups the remarks that say the same words; each remark is in at most
//    one group.
// 2a. A group keeps the remarks on its side (score-side.ts): one of complaints leaves out its
//    remarks scored 4-5, which praise what a problem is about ("de betaling ging vlot"), one of
//    praise its remarks scored 1-2; a remark joins a topic afterwards (mergeSplitGroups, and
//    the left-out remarks below) only on its side.
// 3. A group is a topic when it is cohesive: its core terms (said by at least CORE_SHARE of
//    its remarks, widened to cover COVER of them: coreTerms) are said together, on average
//    at least COHESION of them per remark; or when its remarks are complaints (mean score ≤
//    COMPLAINT_SCORE, its praise counted too); or when enough of its remarks say two of its
//    core terms together (TOGETHER). A group held by one shared word said in every kind of
//    remark ("formulier" in praise and complaints) is not.
// 4. A topic keeps the remarks of its group that say one of its core terms; its examples
//    are the remarks that say most of them. A group whose most said term heads a larger
//    topic that is large enough gives it its remarks that say that term (mergeSplitGroups).
//    Remarks then left in no topic join the one whose core terms or vocabulary they say
//    (join-left-out.ts).
// 5. A topic holds at least minimumSupport(remarks): fewer is as likely a chance meeting.
import type { AnalysedText, Token, TokenUse } from './batch-terms.js';
import { generalStems } from './general-words.js';
import { GSDMM_DEFAULTS, gsdmm, type GsdmmOptions } from './gsdmm.js';
import { isConcept } from './concepts.js';
import { NEGATION_TERM, stemOf } from './language.js';
import { joinLeftOut } from './join-left-out.js';
import { mergeSplitGroups } from './merge-split-groups.js';
import { unitsOf } from './partition-units.js';
import { fitsSide, sideOfGroup, type Side } from './score-side.js';

export const CORE_SHARE = 0.3;
/** …and more of its most said terms while those cover less than this share of its remarks (coreTerms). */
export const COVER = 0.6;
export const COHESION = 1.9;
/** …or its remarks are complaints: a mean score at most this (a word said in every kind of remark is not). */
export const COMPLAINT_SCORE = 2.5;
/**
 * …or at least this share of minimumSupport of its remarks each say two or more of its core
 * terms (5 of 280, 36 of 20,000): that many saying its words together is no chance meeting,
 * however varied the group's other remarks. Without it a problem whose group also drew other
 * remarks that say one of its words had no topic at all (nineteenth pass: 312 → 145 such misses
 * of 3,700 on subsets of the choosing and regression corpora; docs/benchmarks.md).
 */
export const TOGETHER = 0.5;
const MAX_CORE = 6;
/**
 * A topic holds at least SUPPORT × √(remarks) of them (8 of 250, 71 of 20,000), besides the
 * caller's minCount. Unrelated one-off remarks that happen to share a word or two make
 * groups whose size grows with the batch; below this a group is more likely such a chance
 * meeting than a problem users keep reporting. The square root keeps a problem that 0.5 %
 * of 20,000 users report (100) a topic.
 */
export const SUPPORT = 0.5;
export const minimumSupport = (remarks: number) => Math.ceil(SUPPORT * Math.sqrt(remarks));
const NEGATED = 0.5;

export interface PartitionOptions {
  limit: number;
  minCount: number;
  /** The terms of the service's own name: never a feature. */
  noStart?: ReadonlySet<string>;
  gsdmm?: Partial<GsdmmOptions>;
  cohesion?: number;
  /** Each remark's score (1-5), in the same order as the texts. */
  scores?: readonly number[];
  /** Each remark's side of the scores (score-side.ts sidesOf), in the same order; none: 0 each. */
  sides?: readonly Side[];
  /** The terms include the concept lexicon's concepts (never general words, but for GENERIC_CONCEPTS). */
  lexicon?: boolean;
  /** The batch's distinct tokens and their uses, when batchTermsWithUses counted them already. */
  uses?: readonly TokenUse[];
}

export interface PartitionTopic {
  key: string;
  /** Core terms, most said first. */
  terms: string[];
  negated: boolean;
  /** Indexes of its remarks, most typical first (then in the given order). */
  remarks: number[];
  /** How many of the first remarks say enough of its terms to be shown as examples (two, or its one term). */
  typical: number;
  /** The side of the scores its remarks are on (score-side.ts): -1 complaints, 1 praise, 0 neither or no scores. */
  side: Side;
}

/**
 * Concepts of the lexicon that every problem says ("it fails", "it does not work"): as
 * ordinary as a general word. The words they stand for are in the general list mostly too.
 */
const GENERIC_CONCEPTS = ['error', 'works'];

/**
 * The terms that most of their uses in this batch are general words. With the lexicon
 * (`concepts`), its other concepts never are: the lexicon names them because they tell one
 * problem from another ("afspraak", "vrij"), however often everyday language uses their words.
 */
export function generalTerms(texts: readonly AnalysedText[], counted?: readonly TokenUse[], concepts = false): Set<string> {
  const list = generalStems();
  // Tokens are shared between the remarks that write them (batch-terms.ts): counted, then judged once each.
  const uses = counted ?? countUses(texts);
  const votes = new Map<string, number>();
  for (const { token, lang, count } of uses) {
    const words = list.get(lang)!;
    const whole = token.terms.length === 1 && words.has(stemOf(lang, token.form));
    for (const term of token.terms) votes.set(term, (votes.get(term) ?? 0) + (whole || words.has(term) ? count : -count));
  }
  const general = [...votes].filter(([t, v]) => v > 0 && !(concepts && isConcept(t))).map(([t]) => t);
  return new Set([...general, ...GENERIC_CONCEPTS]);
}

function countUses(texts: readonly AnalysedText[]): TokenUse[] {
  const uses = new Map<Token, TokenUse>();
  for (const text of texts) {
    for (const token of text.tokens) {
      const use = uses.get(token);
      if (use) use.count += 1;
      else uses.set(token, { lang: text.lang, token, count: 1 });
    }
  }
  return [...uses.values()];
}

export function partitionTopics(texts: readonly AnalysedText[], options: PartitionOptions): PartitionTopic[] {
  const general = generalTerms(texts, options.uses, options.lexicon === true);
  const { features, names, ids, units, members } = unitsOf(
    texts,
    (t) => t !== NEGATION_TERM && !general.has(t) && !options.noStart?.has(t),
  );
  const cluster = gsdmm(units, Math.max(1, names.length), { ...GSDMM_DEFAULTS, ...options.gsdmm });
  const groups = new Map<number, number[]>();
  cluster.forEach((k, u) => {
    if (k < 0) return;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k)!.push(...members[u]!);
  });
  const least = minimumSupport(texts.length);
  const grouped: PartitionTopic[] = [];
  // A group keeps the remarks on its side (score-side.ts): praise of what a problem is about is not that problem.
  const remarkSides: readonly Side[] = options.sides ?? texts.map(() => 0);
  for (const all of groups.values()) {
    const side = sideOfGroup(all, remarkSides);
    const remarks = side === 0 ? all : all.filter((i) => fitsSide(side, remarkSides[i]!));
    if (remarks.length < options.minCount) continue;
    const core = coreTerms(remarks, features, names);
    const coreSet = new Set(core);
    const said = new Map<number, number>();
    const saying = (i: number) => {
      let n = said.get(i);
      if (n === undefined) {
        n = 0;
        for (const w of features[i]!) if (coreSet.has(w)) n += 1;
        said.set(i, n);
      }
      return n;
    };
    const kept = remarks.filter((i) => saying(i) > 0);
    if (kept.length < options.minCount) continue;
    const cohesion = kept.reduce((sum, i) => sum + saying(i), 0) / kept.length;
    // Over the whole group's remarks that say its core, praise too: a word said in every kind
    // of remark is no complaint, though its complaints alone are.
    const saidBy = all.filter((i) => saying(i) > 0);
    const meanScore = options.scores ? saidBy.reduce((sum, i) => sum + options.scores![i]!, 0) / saidBy.length : 5;
    // The remarks that say two of its core terms are counted only for a group failing both tests.
    const incohesive = cohesion < (options.cohesion ?? COHESION) && meanScore > COMPLAINT_SCORE;
    if (incohesive && kept.filter((i) => saying(i) >= 2).length < TOGETHER * least) continue;
    kept.sort((a, b) => saying(b) - saying(a) || a - b);
    // No remark says two of its core terms: the group is its most said term alone.
    if (saying(kept[0]!) < 2 && core.length > 1) {
      core.splice(1);
      coreSet.clear();
      coreSet.add(core[0]!);
      said.clear();
      kept.splice(0, kept.length, ...kept.filter((i) => saying(i) > 0));
      if (kept.length < options.minCount) continue;
    }
    const negated = kept.filter((i) => texts[i]!.terms.has(NEGATION_TERM)).length >= NEGATED * kept.length;
    const typical = kept.filter((i) => saying(i) >= Math.min(2, core.length)).length;
    grouped.push({ key: names[core[0]!]!, terms: core.map((w) => names[w]!), negated, remarks: kept, typical, side });
  }
  const topics = mergeSplitGroups(grouped, features, ids, least);
  joinLeftOut(topics, { features, members, units, sides: remarkSides, ids }, options.limit);
  topics.sort((a, b) => b.remarks.length - a.remarks.length || a.key.localeCompare(b.key) || a.remarks[0]! - b.remarks[0]!);
  // Keys are unique: a second topic with the same first term is named by its first two.
  const keys = new Set<string>();
  for (const topic of topics) {
    if (keys.has(topic.key)) topic.key = topic.terms.slice(0, 2).join('+');
    while (keys.has(topic.key)) topic.key += "'";
    keys.add(topic.key);
  }
  return topics.filter((t) => t.remarks.length >= least).slice(0, options.limit);
}

/**
 * A group's core terms: those said by at least CORE_SHARE of its remarks, then, while they
 * cover less than COVER of them, the next most said (by two remarks or more) that reach
 * remarks not covered yet. A problem said in several words ("downloaden", "attest", "pdf")
 * has no one word most of its remarks say; without the others its group kept too few
 * remarks to be a topic.
 */
function coreTerms(remarks: readonly number[], features: readonly (readonly number[])[], names: readonly string[]): number[] {
  const saying = new Map<number, number[]>();
  for (const i of remarks) {
    for (const w of features[i]!) {
      const list = saying.get(w);
      if (list) list.push(i);
      else saying.set(w, [i]);
    }
  }
  const ranked = [...saying]
    .filter(([, list]) => list.length >= 2)
    .sort((a, b) => b[1].length - a[1].length || (names[a[0]]! < names[b[0]]! ? -1 : 1));
  const core = ranked.filter(([, list]) => list.length >= CORE_SHARE * remarks.length).slice(0, MAX_CORE);
  const covered = new Set(core.flatMap(([, list]) => list));
  for (const [w, list] of ranked) {
    if (core.length === 0 || core.length >= MAX_CORE || covered.size >= COVER * remarks.length) break;
    if (list.length >= CORE_SHARE * remarks.length || list.every((i) => covered.has(i))) continue;
    core.push([w, list]);
    for (const i of list) covered.add(i);
  }
  return core.map(([w]) => w);
}
