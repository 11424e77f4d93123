import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKey } from './file-store.port';
import { createLocalFileStore } from './local-file-store';

describe('local file store', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'nguon-files-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('puts, gets, replaces and deletes by key, leaving no temporary file behind', async () => {
    const store = createLocalFileStore(root);
    const key = fileKey('0b6f2a4e-54f3-4a38-9d55-7c1c1f0e7a11', 'original');
    expect(await store.get(key)).toBeNull();
    await store.put(key, new Uint8Array([1, 2, 3]));
    await store.put(key, new Uint8Array([4, 5]));
    expect([...((await store.get(key)) ?? [])]).toEqual([4, 5]);
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    await store.delete(key);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
  });

  it('keeps concurrent writers of one key whole: the reader sees one of them, never a mix', async () => {
    const store = createLocalFileStore(root);
    const key = fileKey('1c7e9b20-8d1e-4f7b-a0f3-2b4d6e8f0a12', 'large');
    const big = (byte: number) => new Uint8Array(512 * 1024).fill(byte);
    await Promise.all([store.put(key, big(1)), store.put(key, big(2)), store.put(key, big(3))]);
    const bytes = (await store.get(key)) ?? new Uint8Array();
    expect(bytes.length).toBe(512 * 1024);
    expect(new Set(bytes).size).toBe(1);
  });

  it.each(['../etc/passwd', '/etc/passwd', 'a/../../b', 'A/B', 'a//b', '', 'a/b.png', 'a\\b'])(
    'refuses the key %j',
    async (key) => {
      const store = createLocalFileStore(root);
      await expect(store.put(key, new Uint8Array([1]))).rejects.toThrow(/invalid file store key/);
      await expect(store.get(key)).rejects.toThrow(/invalid file store key/);
    },
  );
});
