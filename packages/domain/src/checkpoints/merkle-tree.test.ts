import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type CheckpointLeaf,
  inclusionProof,
  leafHash,
  merkleRoot,
  sortLeaves,
  toHex,
  verifyInclusion,
} from './merkle-tree';

const sha256: (bytes: Uint8Array) => Uint8Array = (bytes) => createHash('sha256').update(bytes).digest();
const hex = (bytes: Uint8Array) => toHex(sha256(bytes));
const leaf = (i: number): CheckpointLeaf => ({
  lotId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  recordCount: i,
  headHash: String(i % 10).repeat(64),
});
const leaves = (n: number) => Array.from({ length: n }, (_, i) => leaf(i));
const node = (a: string, b: string) => hex(Uint8Array.from(Buffer.from(`01${a}${b}`, 'hex')));

describe('merkle tree over lot heads', () => {
  it('gives H("") for no lots and the leaf hash for one', () => {
    expect(merkleRoot([], sha256)).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(merkleRoot([leaf(1)], sha256)).toBe(toHex(leafHash(leaf(1), sha256)));
  });

  it('prefixes leaves with 0x00 over their canonical JSON, so a leaf is not a node', () => {
    const text = `{"headHash":"${'1'.repeat(64)}","lotId":"${leaf(1).lotId}","recordCount":1}`;
    expect(toHex(leafHash(leaf(1), sha256))).toBe(hex(Buffer.concat([Buffer.of(0), Buffer.from(text)])));
  });

  it('splits at the largest power of two below the count (RFC 6962), odd counts included', () => {
    const [a, b, c] = leaves(3).map((l) => toHex(leafHash(l, sha256))) as [string, string, string];
    expect(merkleRoot(leaves(2), sha256)).toBe(node(a, b));
    expect(merkleRoot(leaves(3), sha256)).toBe(node(node(a, b), c));
  });

  it('changes the root when any head, count or lot changes', () => {
    const base = merkleRoot(leaves(5), sha256);
    const changed = leaves(5);
    changed[3] = { ...leaf(3), recordCount: 4 };
    expect(merkleRoot(changed, sha256)).not.toBe(base);
    expect(merkleRoot(leaves(4), sha256)).not.toBe(base);
  });

  it('sorts leaves by lot id', () => {
    expect(sortLeaves([leaf(2), leaf(0), leaf(1)])).toEqual(leaves(3));
  });

  it.each([1, 2, 3, 5, 7, 8, 13])('proves every one of %i leaves and rejects a wrong one', (n) => {
    const all = leaves(n);
    const root = merkleRoot(all, sha256);
    for (let i = 0; i < n; i++) {
      const proof = inclusionProof(all, i, sha256);
      expect(verifyInclusion(leaf(i), proof, root, sha256)).toBe(true);
      expect(verifyInclusion({ ...leaf(i), recordCount: 99 }, proof, root, sha256)).toBe(false);
      expect(verifyInclusion(leaf(i), proof, merkleRoot(leaves(n + 1), sha256), sha256)).toBe(false);
      if (n > 1) {
        expect(verifyInclusion(leaf(i), { ...proof, leafIndex: (i + 1) % n }, root, sha256)).toBe(false);
        expect(verifyInclusion(leaf(i), { ...proof, path: proof.path.slice(1) }, root, sha256)).toBe(false);
      }
    }
  });

  it('rejects malformed proofs instead of throwing', () => {
    const all = leaves(4);
    const root = merkleRoot(all, sha256);
    const proof = inclusionProof(all, 1, sha256);
    expect(verifyInclusion(leaf(1), { ...proof, leafIndex: -1 }, root, sha256)).toBe(false);
    expect(verifyInclusion(leaf(1), { ...proof, leafIndex: 4 }, root, sha256)).toBe(false);
    expect(verifyInclusion(leaf(1), { ...proof, path: ['zz'] }, root, sha256)).toBe(false);
    expect(() => inclusionProof(all, 4, sha256)).toThrow(RangeError);
  });
});
