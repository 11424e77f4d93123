import { createHash } from 'node:crypto';
import type { Sources } from '../context';

/**
 * Sources that give the same sequence every time: a clock that steps one second per reading from `start`,
 * counted UUIDs and bytes hashed from a counter. Two runs of a use case over them must agree exactly.
 */
export function fixedSources(start = new Date('2026-12-01T08:00:00Z')): Sources {
  let ticks = 0;
  let ids = 0;
  let draws = 0;
  return {
    now: () => new Date(start.getTime() + 1000 * ticks++),
    newId: () => `00000000-0000-4000-8000-${(++ids).toString(16).padStart(12, '0')}`,
    randomBytes: (size) => {
      const out = new Uint8Array(size);
      for (let i = 0; i < size; i += 32) {
        const block = createHash('sha256').update(`draw ${draws++}`).digest();
        out.set(block.subarray(0, Math.min(32, size - i)), i);
      }
      return out;
    },
  };
}
