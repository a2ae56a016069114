// Stored analyses decoded once per process, not once per call. The dashboard, the yearly
// report and the alerts read the same services' remarks again and again, and decoding their
// stored texts was about a sixth of a topics call for 20,000 remarks (docs/benchmarks.md,
// eighteenth pass). An entry is keyed by the stored text itself, so it is never stale: a
// reindexed or erased remark has another text, or none. Bounded in entries (an analysis
// takes about 230 bytes with its key: at most about 40 MB) and in age: two generations, the
// older dropped when the newer fills up or is five minutes old (checked every minute and at
// each call), so an analysis nobody reads is gone at most 12 minutes after its last read. An
// erasure by this instance empties it once committed (routes/v1/remarks, data-retention.ts);
// one by another instance or the CLI reaches it by age (a call that read the erased remark
// just before the commit may decode it again: by age too).
import type { RemarkAnalysis, TokenAnalysis } from './analyse-remark.js';
import { decodeAnalysis } from './analysis-codec.js';

/** A stored analysis decoded, with its stored text: the cache's own copy (so the text of the row read can go). */
export interface Decoded {
  analysis: RemarkAnalysis;
  text: string;
}

interface Generation {
  started: number;
  analyses: Map<string, Decoded>;
  tokens: Map<string, TokenAnalysis>;
}

export interface DecodedAnalysesLimits {
  /** Analyses a generation holds at most: what two topics calls read at the finder's cap (a year and the year before each). */
  entries: number;
  /** A newer generation older than this becomes the older one at the next check (and both go when it is twice as old). */
  maxAgeMs: number;
  now?: () => number;
}

const LIMITS: DecodedAnalysesLimits = { entries: 80_000, maxAgeMs: 5 * 60_000 };
/** How often the age is checked between calls. */
const CHECK_MS = 60_000;

/** A cache of decoded analyses (one per process below; tests make their own). */
export function decodedAnalyses(limits: DecodedAnalysesLimits) {
  // A monotonic clock: a wall clock set back would keep generations longer.
  const now = limits.now ?? (() => performance.now());
  const fresh = (): Generation => ({ started: now(), analyses: new Map(), tokens: new Map() });
  let current = fresh();
  /** The older generation's analyses, still found (its tokens are not needed: its analyses are decoded). */
  let previous = new Map<string, Decoded>();
  const rotate = () => {
    previous = current.analyses;
    current = fresh();
  };
  /** A newer generation older than an age becomes the older one; past two ages, both go. */
  const expire = () => {
    const age = now() - current.started;
    if (age <= limits.maxAgeMs) return;
    rotate();
    if (age > 2 * limits.maxAgeMs) previous = new Map();
  };
  return {
    /** A decoder for one call: the same stored text gives the same analysis object, shared (read only). */
    decoder(): (text: string) => Decoded {
      // Checked once per call, not per remark.
      expire();
      return (text) => {
        let decoded = current.analyses.get(text);
        if (decoded !== undefined) return decoded;
        decoded = previous.get(text) ?? { analysis: decodeAnalysis(text, current.tokens), text };
        if (current.analyses.size >= limits.entries) rotate();
        current.analyses.set(decoded.text, decoded);
        return decoded;
      };
    },
    expire,
    forget(): void {
      current = fresh();
      previous = new Map();
    },
    /** How many analyses are kept (both generations; one in both counts twice). */
    size: () => current.analyses.size + previous.size,
  };
}

const cache = decodedAnalyses(LIMITS);
// Between calls too: a generation is at most 6 minutes old when it becomes the older one,
// and is dropped at most 6 minutes later (12 minutes after the last read of an entry, plus
// a late timer's seconds), in every instance.
setInterval(cache.expire, CHECK_MS).unref();

/** A decoder for one call, sharing what this process decoded before. */
export const analysisDecoder = () => cache.decoder();

/** Drops every decoded analysis (a remark was erased). */
export const forgetDecodedAnalyses = () => cache.forget();

/** How many decoded analyses this process keeps (tests). */
export const keptAnalyses = () => cache.size();
