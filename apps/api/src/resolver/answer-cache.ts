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

/** The tags invalidated since a load began (see TaggedCache.watch). */
export interface CacheWatch {
  readonly heard: Set<string>;
}

export class TaggedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private readonly watches = new Set<CacheWatch>();

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

  /**
   * Starts hearing the tags invalidated from now on, for a value about to be read: a change announced while it
   * is read (the value may predate it) must keep it out. End it with setUnlessChanged or endWatch.
   */
  watch(): CacheWatch {
    const watch = { heard: new Set<string>() };
    this.watches.add(watch);
    return watch;
  }

  endWatch(watch: CacheWatch): void {
    this.watches.delete(watch);
  }

  /** Sets the value read under `watch`, unless one of its tags was invalidated meanwhile; ends the watch. */
  setUnlessChanged(
    watch: CacheWatch,
    key: string,
    value: V,
    tags: readonly string[],
    ttlMs?: number,
  ): boolean {
    this.endWatch(watch);
    if (tags.some((tag) => watch.heard.has(tag))) return false;
    this.set(key, value, tags, ttlMs);
    return true;
  }

  /** Empties every entry made from any of the tags. */
  invalidate(tags: readonly string[]): void {
    for (const watch of this.watches) for (const tag of tags) watch.heard.add(tag);
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
