import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DriverName } from '@nguon/db';
import { createTestDatabase } from '@nguon/db/testing';
import { defaultServiceConfig, type ServiceContext, type Sources } from '../context/service-context';
import { createLocalFileStore } from '../file-store/local-file-store';
import { createInlineQueue } from '../jobs/inline.queue';
import { createInProcessPublicChanges } from '../trace/in-process.public-changes';

/** A clock that moves only when told, ids from a counter and random bytes from a seed: replayable. */
export interface FixedSources extends Sources {
  advance(ms: number): void;
}

/**
 * Each kit counts its ids in a space of its own: test files share a worker process (isolate: false), and the
 * services' in-memory caches (published versions, by id) must never hand one database's row to another.
 */
let idSpaces = 0;

export function fixedSources(start = new Date('2026-03-02T01:30:00Z'), idSpace = ++idSpaces): FixedSources {
  let time = start.getTime();
  let ids = 0;
  const space = idSpace.toString(16).padStart(4, '0');
  let draws = 0;
  return {
    now: () => new Date(time),
    newId: () => `00000000-0000-4000-8000-${space}${(++ids).toString(16).padStart(8, '0')}`,
    randomBytes: (size) => {
      const bytes = new Uint8Array(size);
      for (let at = 0; at < size; at += 32) {
        bytes.set(
          createHash('sha256')
            .update(`kit:${++draws}`)
            .digest()
            .subarray(0, size - at),
          at,
        );
      }
      return bytes;
    },
    advance: (ms) => {
      time += ms;
    },
  };
}

export interface ServiceKit<S extends Sources = FixedSources> {
  ctx: ServiceContext;
  sources: S;
  close(): Promise<void>;
}

/**
 * A real service context: a migrated private schema on the driver, an inline queue, files in a temp folder,
 * the in-process change feed,
 * and fixed sources unless a test passes others (the real ones, say).
 */
export async function createServiceKit(driver: DriverName): Promise<ServiceKit>;
export async function createServiceKit<S extends Sources>(
  driver: DriverName,
  sources: S,
): Promise<ServiceKit<S>>;
export async function createServiceKit(
  driver: DriverName,
  sources: Sources = fixedSources(),
): Promise<ServiceKit<Sources>> {
  const database = await createTestDatabase(driver);
  const filesDir = await mkdtemp(join(tmpdir(), 'nguon-services-files-'));
  const queue = createInlineQueue({ now: () => sources.now().getTime(), newId: sources.newId });
  await queue.start();
  const ctx: ServiceContext = {
    db: database.db,
    driver,
    queue,
    files: createLocalFileStore(filesDir),
    publicChanges: createInProcessPublicChanges(),
    ...sources,
    config: {
      ...defaultServiceConfig,
      sessionSecret: 'a-test-session-secret-of-32-characters!',
      publicBaseUrl: 'https://nguon.test',
    },
  };
  return {
    ctx,
    sources,
    async close() {
      await queue.close();
      await ctx.publicChanges.close();
      await database.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
