import { randomBytes, randomUUID } from 'node:crypto';
import type { Sources } from './service-context';

/** The real clock and cryptographic random source; the only place services read them. Tests pass their own. */
export const systemSources: Sources = {
  now: () => new Date(),
  newId: () => randomUUID(),
  randomBytes: (size) => new Uint8Array(randomBytes(size)),
};
