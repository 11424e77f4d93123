import { randomBytes, randomUUID } from 'node:crypto';

/** The clock and the random source: passed in, so a job or a use case can be replayed deterministically. */
export interface Sources {
  now: () => Date;
  /** A new row id (a UUID). */
  newId: () => string;
  /** Cryptographic random bytes, for tokens, codes and serials. */
  randomBytes: (size: number) => Uint8Array;
}

/** The real clock and cryptographic random source; the only place services read them. Tests pass their own. */
export const systemSources: Sources = {
  now: () => new Date(),
  newId: () => randomUUID(),
  randomBytes: (size) => new Uint8Array(randomBytes(size)),
};
