import { canonicalJson } from '../canonical/canonical-json';

/** sha-256 (or any 32-byte hash) of bytes; passed in because this package does no I/O. */
export type HashBytes = (bytes: Uint8Array) => Uint8Array;

/** One lot's chain head as a checkpoint anchors it. */
export interface CheckpointLeaf {
  lotId: string;
  recordCount: number;
  headHash: string;
}

/** Which side of the path a sibling hash sits on is implied by the leaf index, as in RFC 6962/9162. */
export interface InclusionProof {
  leafIndex: number;
  treeSize: number;
  /** Sibling hashes from the leaf up, hex. */
  path: string[];
}

const leafPrefix = 0x00;
const nodePrefix = 0x01;
const encoder = new TextEncoder();

export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new TypeError('fromHex: not lower-case hex of whole bytes');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Leaves in tree order: by lot id, so the same heads always give the same root. */
export const sortLeaves = (leaves: readonly CheckpointLeaf[]): CheckpointLeaf[] =>
  [...leaves].sort((a, b) => (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0));

/** H(0x00 || canonical leaf): the prefix keeps a leaf from posing as an inner node. */
export const leafHash = (leaf: CheckpointLeaf, hash: HashBytes): Uint8Array =>
  hash(concat(Uint8Array.of(leafPrefix), encoder.encode(canonicalJson(leaf))));

const nodeHash = (left: Uint8Array, right: Uint8Array, hash: HashBytes): Uint8Array =>
  hash(concat(Uint8Array.of(nodePrefix), left, right));

/** The largest power of two smaller than n (n > 1): where RFC 6962 splits a tree. */
const split = (n: number): number => {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
};

function subtreeRoot(hashes: readonly Uint8Array[], hash: HashBytes): Uint8Array {
  if (hashes.length === 1) return hashes[0] as Uint8Array;
  const k = split(hashes.length);
  return nodeHash(subtreeRoot(hashes.slice(0, k), hash), subtreeRoot(hashes.slice(k), hash), hash);
}

/** The Merkle tree hash (RFC 6962 §2.1) of leaves already in tree order; the empty tree is H(""). */
export function merkleRoot(leaves: readonly CheckpointLeaf[], hash: HashBytes): string {
  if (leaves.length === 0) return toHex(hash(new Uint8Array(0)));
  return toHex(
    subtreeRoot(
      leaves.map((leaf) => leafHash(leaf, hash)),
      hash,
    ),
  );
}

function auditPath(index: number, hashes: readonly Uint8Array[], hash: HashBytes): Uint8Array[] {
  if (hashes.length <= 1) return [];
  const k = split(hashes.length);
  return index < k
    ? [...auditPath(index, hashes.slice(0, k), hash), subtreeRoot(hashes.slice(k), hash)]
    : [...auditPath(index - k, hashes.slice(k), hash), subtreeRoot(hashes.slice(0, k), hash)];
}

/** The audit path (RFC 6962 §2.1.1) proving the leaf at `index` of leaves in tree order. */
export function inclusionProof(
  leaves: readonly CheckpointLeaf[],
  index: number,
  hash: HashBytes,
): InclusionProof {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length)
    throw new RangeError(`inclusionProof: no leaf ${index} among ${leaves.length}`);
  const hashes = leaves.map((leaf) => leafHash(leaf, hash));
  return { leafIndex: index, treeSize: leaves.length, path: auditPath(index, hashes, hash).map(toHex) };
}

/** Whether the proof leads from this leaf to the root (RFC 9162 §2.1.3.2); false for any malformed proof. */
export function verifyInclusion(
  leaf: CheckpointLeaf,
  proof: InclusionProof,
  root: string,
  hash: HashBytes,
): boolean {
  const { leafIndex, treeSize, path } = proof;
  if (!Number.isSafeInteger(leafIndex) || !Number.isSafeInteger(treeSize)) return false;
  if (leafIndex < 0 || leafIndex >= treeSize || path.some((p) => !/^[0-9a-f]{64}$/.test(p))) return false;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash(leaf, hash);
  for (const sibling of path.map(fromHex)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(sibling, r, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, sibling, hash);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && toHex(r) === root;
}
