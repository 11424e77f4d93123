import { createHash } from 'node:crypto';
import type { HashBytes } from '@nguon/domain';

/** sha-256 over bytes, for the Merkle tree. */
export const sha256Bytes: HashBytes = (bytes) => new Uint8Array(createHash('sha256').update(bytes).digest());
