// Dutch separable verbs put together again, so that "vul het formulier in", "in te vullen"
// and "ingevuld" are the same word as "invullen" (and "laad … op" is "opladen"). A joined
// form counts only when the Hunspell dictionary has it as an infinitive, so "ik kijk in de
// kalender" (particle not at the end of its clause) stays what it is.
import { setBounded } from '../kernel/bounded-map.js';

const PARTICLES = new Set([
  'aan',
  'af',
  'bij',
  'binnen',
  'door',
  'in',
  'mee',
  'na',
  'om',
  'op',
  'over',
  'terug',
  'toe',
  'uit',
  'vast',
  'weg',
  'voor',
  'achter',
  'los',
  'open',
  'dicht',
  'vol',
  'tegen',
  'neer',
  'rond',
]);
/** A particle separated from its verb stands at most this many words after it. */
const SPAN = 8;

/** The infinitives a finite form or the stem of a participle may belong to ("vult" → vullen, "laad" → laden). */
function infinitives(form: string): string[] {
  const bases = new Set([form]);
  if (form.endsWith('t')) bases.add(form.slice(0, -1));
  for (const ending of ['de', 'te', 'den', 'ten'])
    if (form.endsWith(ending) && form.length > ending.length + 1) bases.add(form.slice(0, -ending.length));
  const out: string[] = [];
  for (const base of bases) {
    if (base.length < 2) continue;
    out.push(base, `${base}en`, `${base}n`, `${base}${base.at(-1)}en`, `${base.replace(/([aeou])\1([^aeiou])$/u, '$1$2')}en`);
    if (base.endsWith('f')) out.push(`${base.slice(0, -1)}ven`, `${base.slice(0, -1).replace(/([aeou])\1$/u, '$1')}ven`);
    if (base.endsWith('s')) out.push(`${base.slice(0, -1)}zen`, `${base.slice(0, -1).replace(/([aeou])\1$/u, '$1')}zen`);
  }
  return out;
}

const joinedIn = (dictionary: ReadonlySet<string>, particle: string, form: string) =>
  infinitives(form)
    .map((f) => particle + f)
    .find((w) => w.endsWith('n') && dictionary.has(w)) ?? null;

/**
 * What a word gives with a particle, and as a participle, kept per dictionary (setBounded):
 * a function of the word alone, asked for every remark as it is written (the write path),
 * and most words recur.
 */
interface Kept {
  joined: Map<string, string | null>;
  participles: Map<string, string | null>;
}
const MAX_KEPT = 50_000;
const keptOf = new WeakMap<ReadonlySet<string>, Kept>();

function kept(dictionary: ReadonlySet<string>): Kept {
  let memo = keptOf.get(dictionary);
  if (memo === undefined) {
    memo = { joined: new Map(), participles: new Map() };
    keptOf.set(dictionary, memo);
  }
  return memo;
}

function infinitiveIn(dictionary: ReadonlySet<string>, memo: Kept, particle: string, form: string): string | null {
  const key = `${particle} ${form}`;
  const known = memo.joined.get(key);
  return known !== undefined ? known : setBounded(memo.joined, MAX_KEPT, key, joinedIn(dictionary, particle, form));
}

/** The infinitive a participle ("ingevuld", "opgeladen", "aangevraagd") is a form of, or null. */
function participleOf(dictionary: ReadonlySet<string>, memo: Kept, word: string): string | null {
  const known = memo.participles.get(word);
  if (known !== undefined) return known;
  for (const particle of PARTICLES) {
    if (word.startsWith(`${particle}ge`) && word.length > particle.length + 4) {
      const rest = word.slice(particle.length + 2);
      const found = joinedIn(dictionary, particle, rest.replace(/[dt]$/u, '')) ?? joinedIn(dictionary, particle, rest);
      if (found) return setBounded(memo.participles, MAX_KEPT, word, found);
    }
  }
  return setBounded(memo.participles, MAX_KEPT, word, null);
}

/**
 * Per word index of a clause: the joined infinitive (for the verb) or null (for its
 * particle, which then carries no term). Words not part of a separable verb are absent.
 */
export function separableVerb(words: readonly string[], dictionary: ReadonlySet<string>): Map<number, string | null> {
  const memo = kept(dictionary);
  const joined = new Map<number, string | null>();
  words.forEach((word, i) => {
    if (joined.has(i) || word.length < 5) return;
    const found = participleOf(dictionary, memo, word);
    if (found) joined.set(i, found);
  });
  // "in te vullen": particle, "te", infinitive.
  for (let i = 0; i + 2 < words.length; i += 1) {
    if (PARTICLES.has(words[i]!) && words[i + 1] === 'te' && !joined.has(i + 2)) {
      const whole = words[i]! + words[i + 2]!;
      if (dictionary.has(whole)) {
        joined.set(i + 2, whole);
        joined.set(i, null);
      }
    }
  }
  // "vul … in": the particle last (or last but one) in its clause, the verb before it.
  for (let j = words.length - 1; j >= Math.max(1, words.length - 2); j -= 1) {
    const particle = words[j]!;
    if (!PARTICLES.has(particle) || joined.has(j)) continue;
    for (let i = j - 1; i >= Math.max(0, j - SPAN); i -= 1) {
      if (joined.has(i) || PARTICLES.has(words[i]!) || words[i]!.length < 2) continue;
      const found = infinitiveIn(dictionary, memo, particle, words[i]!);
      if (found) {
        joined.set(i, found);
        joined.set(j, null);
        return joined;
      }
    }
  }
  return joined;
}
