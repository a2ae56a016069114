/**
 * Sets `key` in a map that holds at most `max` entries, emptying it when full, and returns
 * the value. For the memos of hot paths (a word's stem, a word's analysis): emptying costs
 * nothing per call, where an LRU's bookkeeping would, and the words that recur are back
 * after a few calls. Bounded: a long-running server sees many words.
 */
export function setBounded<K, V>(map: Map<K, V>, max: number, key: K, value: V): V {
  if (map.size >= max) map.clear();
  map.set(key, value);
  return value;
}
