/**
 * A small in-process cache: entries live `ttlMs`, and at most `maxEntries` are kept (the
 * oldest goes first). Each instance has its own; the pages it keeps are public and the same
 * for everybody, so instances behind a load balancer may each hold a copy for a short while.
 * Concurrent misses of one key share one computation.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: Promise<V>; expires: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<V>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > this.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const value = compute();
    this.entries.set(key, { value, expires: this.now() + this.ttlMs });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
