import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileKey, reportFileKey, reportFilesPrefix } from './file-store.port';
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

  it('streams a file in and out without a partial file ever being visible', async () => {
    const store = createLocalFileStore(root);
    const key = fileKey('2d8f0c31-9e2f-4a8c-b1a4-3c5e7f9a1b23', 'original');
    const part = new Uint8Array(256 * 1024).fill(7);
    const stored = await store.putStream(key, async (out) => {
      for (let i = 0; i < 8; i++) {
        if (!out.write(part)) await new Promise((resolve) => out.once('drain', resolve));
        // Until the writer returns, readers see nothing under the key.
        expect(await store.get(key)).toBeNull();
      }
      out.end();
    });
    const whole = Buffer.concat(Array.from({ length: 8 }, () => part));
    expect(stored).toEqual({
      byteSize: whole.length,
      sha256: createHash('sha256').update(whole).digest('hex'),
    });
    const chunks: Uint8Array[] = [];
    for await (const chunk of (await store.getStream(key)) ?? []) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).equals(whole)).toBe(true);
    expect(await store.getStream(fileKey('3e9a1d42-af30-4b9d-82b5-4d6f8a0b2c34', 'original'))).toBeNull();
  });

  it('lists the keys under a prefix, and none under a prefix never written', async () => {
    const store = createLocalFileStore(root);
    const report = '5a0b3f64-c152-4dbf-a4c6-6f8b0c2d4e56';
    const keys = ['6b1c4a75-d263-4ec0-b5d7-7a9c1d3e5f67', '7c2d5b86-e374-4fd1-86e8-8b0d2e4f6a78'].map((id) =>
      reportFileKey(report, id),
    );
    for (const key of keys) await store.put(key, new Uint8Array([1]));
    expect((await store.keysUnder(reportFilesPrefix(report))).sort()).toEqual(keys.sort());
    expect(await store.keysUnder(reportFilesPrefix('8d3e6c97-f485-4ae2-97f9-9c1e3f5a7b89'))).toEqual([]);
  });

  it('stores nothing when the stream writer fails, and leaves no temporary file', async () => {
    const store = createLocalFileStore(root);
    const key = fileKey('4fab2e53-b041-4cae-93c6-5e7a9b1c3d45', 'original');
    const failing = store.putStream(key, async (out) => {
      out.write(new Uint8Array(1024));
      throw new Error('renderer broke');
    });
    await expect(failing).rejects.toThrow('renderer broke');
    expect(await store.get(key)).toBeNull();
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
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
