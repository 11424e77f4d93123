import { describe, expect, it } from 'vitest';
import { TaggedCache } from './tagged-cache';

describe('TaggedCache', () => {
  const setUp = (maxEntries = 10) => {
    let now = 0;
    const cache = new TaggedCache<string>({ maxEntries, ttlMs: 1000, clock: () => now });
    return { cache, advance: (ms: number) => (now += ms) };
  };

  it('keeps the bytes held under maxBytes, the oldest going first, a value that grew weighed again', () => {
    const values = new Map<string, { text: string }>();
    const cache = new TaggedCache<{ text: string }>({
      maxEntries: 100,
      ttlMs: 1000,
      clock: () => 0,
      maxBytes: 10,
      weigh: (value) => value.text.length,
    });
    for (const key of ['a', 'b', 'c']) {
      const value = { text: key.repeat(3) };
      values.set(key, value);
      cache.set(key, value, [`tag:${key}`]);
    }
    expect([cache.size, cache.bytes]).toEqual([3, 9]);
    // a read makes `a` the newest; `b` then grows past the bound: the oldest (`c`) goes, then `a`
    cache.get('a');
    const grown = values.get('b');
    if (grown) grown.text = 'b'.repeat(8);
    cache.get('b');
    cache.reweigh('b');
    expect([cache.get('c'), cache.get('a')?.text, cache.bytes]).toEqual([undefined, undefined, 8]);
    // one value past the bound alone stays (dropping it would answer nothing), and an emptied tag frees its bytes
    cache.set('d', { text: 'd'.repeat(20) }, ['tag:d']);
    expect([cache.get('b'), cache.get('d')?.text.length, cache.bytes]).toEqual([undefined, 20, 20]);
    cache.invalidate(['tag:d']);
    expect([cache.size, cache.bytes]).toEqual([0, 0]);
  });

  it('forgets an entry after its time to live', () => {
    const { cache, advance } = setUp();
    cache.set('a', 'A', []);
    cache.set('b', 'B', [], 100);
    advance(150);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    advance(900);
    expect(cache.get('a')).toBeUndefined();
  });

  it('empties the entries of a tag, and only those', () => {
    const { cache } = setUp();
    cache.set('a', 'A', ['lot:1', 'tenant:1']);
    cache.set('b', 'B', ['lot:2', 'tenant:1']);
    cache.invalidate(['lot:1']);
    expect([cache.get('a'), cache.get('b')]).toEqual([undefined, 'B']);
    cache.invalidate(['tenant:1']);
    expect(cache.size).toBe(0);
  });

  it('drops the least recently used entry when full', () => {
    const { cache } = setUp(2);
    cache.set('a', 'A', []);
    cache.set('b', 'B', []);
    cache.get('a');
    cache.set('c', 'C', []);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
  });

  it('does not keep a value loaded while a change landed: it may be made from the data before it', () => {
    const { cache } = setUp();
    const since = cache.generation;
    cache.invalidate(['lot:1']);
    cache.set('a', 'A', ['lot:1'], 1000, since);
    expect(cache.get('a')).toBeUndefined();
    const after = cache.generation;
    cache.set('a', 'A', ['lot:1'], 1000, after);
    expect(cache.get('a')).toBe('A');
  });

  it("keeps a value loaded while another tag changed: another tenant's write does not stop caching", () => {
    const { cache } = setUp();
    const since = cache.generation;
    cache.invalidate(['lot:9']);
    cache.set('a', 'A', ['lot:1'], 1000, since);
    expect(cache.get('a')).toBe('A');
    cache.invalidate(['lot:1']);
    cache.set('b', 'B', ['lot:1', 'tenant:1'], 1000, since);
    expect(cache.get('b')).toBeUndefined();
  });

  it('treats every load begun before it forgot the changed tags as stale', () => {
    const { cache } = setUp();
    const since = cache.generation;
    for (let i = 0; i < 10_001; i++) cache.invalidate([`lot:${i}`]);
    cache.set('a', 'A', ['lot:x'], 1000, since);
    expect(cache.get('a')).toBeUndefined();
    const after = cache.generation;
    cache.invalidate(['lot:y']);
    cache.set('a', 'A', ['lot:x'], 1000, after);
    expect(cache.get('a')).toBe('A');
  });
});
