/**
 * A small in-process LRU with a time to live and tags: the resolver keeps what it rendered here, the trace
 * loader the lot-level parts of its answers, and a change feed message naming a tag empties every entry made
 * from it. Map order is the recency order.
 */
const maxRememberedTags = 10_000;

export interface TaggedCacheOptions<V = unknown> {
  maxEntries: number;
  /** Milliseconds an entry lives unless its own ttl says otherwise. */
  ttlMs: number;
  /** Monotonic milliseconds (performance.now in production). */
  clock: () => number;
  /**
   * A bound on the bytes held, as `weigh` counts them (the oldest go first past it): a page's size varies a
   * hundredfold, so a bound on entries alone does not bound memory.
   */
  maxBytes?: number;
  /** What a value holds, in bytes; read at `set` and again at `reweigh` (a value that grows in place). */
  weigh?: (value: V) => number;
}

interface Entry<V> {
  value: V;
  tags: readonly string[];
  expiresAt: number;
  bytes: number;
}

export class TaggedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly keysByTag = new Map<string, Set<string>>();
  private changes = 0;
  /** When (in `changes`) each tag last changed; bounded: past it, every load begun before is treated as stale. */
  private readonly changedAt = new Map<string, number>();
  private forgottenBefore = 0;
  private heldBytes = 0;

  constructor(private readonly options: TaggedCacheOptions<V>) {}

  get size(): number {
    return this.entries.size;
  }

  /** The bytes held, as `weigh` counts them (0 without it). */
  get bytes(): number {
    return this.heldBytes;
  }

  /**
   * Moves on at every invalidation: read it before loading a value, pass it to `set`, and a value loaded while
   * a change to one of its tags landed (made, maybe, from the data before it) is not kept; other tenants'
   * changes do not stop it.
   */
  get generation(): number {
    return this.changes;
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

  set(
    key: string,
    value: V,
    tags: readonly string[],
    ttlMs = this.options.ttlMs,
    loadedSince = this.changes,
  ): void {
    if (loadedSince !== this.changes && this.changedSince(tags, loadedSince)) return;
    this.delete(key);
    const bytes = this.options.weigh?.(value) ?? 0;
    this.entries.set(key, { value, tags, expiresAt: this.options.clock() + ttlMs, bytes });
    this.heldBytes += bytes;
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag) ?? new Set<string>();
      keys.add(key);
      this.keysByTag.set(tag, keys);
    }
    this.evictPast(key);
  }

  /** Weighs a held value again after it grew (or shrank) in place, and keeps the bound. */
  reweigh(key: string): void {
    const entry = this.entries.get(key);
    if (!entry || !this.options.weigh) return;
    const bytes = this.options.weigh(entry.value);
    this.heldBytes += bytes - entry.bytes;
    entry.bytes = bytes;
    this.evictPast(key);
  }

  /** Drops the oldest entries past either bound; the one just set or weighed goes last (alone, it stays). */
  private evictPast(newest: string): void {
    const maxBytes = this.options.maxBytes ?? Number.POSITIVE_INFINITY;
    while (this.entries.size > this.options.maxEntries || this.heldBytes > maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined || (oldest === newest && this.entries.size === 1)) break;
      this.delete(oldest === newest ? this.secondOldest() : oldest);
    }
  }

  private secondOldest(): string {
    const keys = this.entries.keys();
    keys.next();
    return keys.next().value ?? '';
  }

  /** Empties every entry made from any of the tags; the tag `*` (traceTags.everything) empties every entry. */
  invalidate(tags: readonly string[]): void {
    if (tags.includes('*')) {
      this.clear();
      return;
    }
    this.changes += 1;
    if (this.changedAt.size + tags.length > maxRememberedTags) {
      this.changedAt.clear();
      this.forgottenBefore = this.changes;
    }
    for (const tag of tags) this.changedAt.set(tag, this.changes);
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) this.delete(key);
    }
  }

  clear(): void {
    this.changes += 1;
    this.changedAt.clear();
    this.forgottenBefore = this.changes;
    this.entries.clear();
    this.keysByTag.clear();
    this.heldBytes = 0;
  }

  private changedSince(tags: readonly string[], since: number): boolean {
    if (since < this.forgottenBefore) return true;
    return tags.some((tag) => (this.changedAt.get(tag) ?? 0) > since);
  }

  private delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.heldBytes -= entry.bytes;
    for (const tag of entry.tags) {
      const keys = this.keysByTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.keysByTag.delete(tag);
    }
  }
}
