/** A Storage kept in memory, for tests of the outbox in Node (which has no localStorage). */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();

  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, String(value));
  }
}

/** Storage as a browser with storage switched off, or full, behaves: every call throws. */
export class BrokenStorage implements Storage {
  readonly length = 0;
  clear(): never {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  getItem(): never {
    return this.clear();
  }
  key(): never {
    return this.clear();
  }
  removeItem(): never {
    return this.clear();
  }
  setItem(): never {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  }
}
