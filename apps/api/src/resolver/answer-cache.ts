/**
 * A small in-process LRU with a time to live and tags: the resolver keeps what it rendered here, and a change
 * feed message naming a tag empties every entry made from it. Map order is the recency order.
 */
export interface TaggedCacheOptions {
  maxEntries: number;
  /** Milliseconds an entry lives unless its own ttl says otherwise. */
  ttlMs: number;
  /** Monotonic milliseconds (performance.now in production). */
  clock: () => number;
}

interface Entry<V> {
  value: V;
  tags: readonly string[];
  expiresAt: number;
}

export class TaggedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly keysByTag = new Map<string, Set<string>>();

  constructor(private readonly options: TaggedCacheOptions) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.options.clock()) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  set(key: string, value: V, tags: readonly string[], ttlMs = this.options.ttlMs): void {
    this.delete(key);
    this.entries.set(key, { value, tags, expiresAt: this.options.clock() + ttlMs });
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.delete(oldest);
    }
  }

  /** Empties every entry made from any of the tags. */
  invalidate(tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.delete(key);
    }
  }

  clear(): void {
    this.entries.clear();
    this.keysByTag.clear();
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
