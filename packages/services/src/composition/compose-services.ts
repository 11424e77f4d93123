import { type Database, type DatabaseConfig, openDatabase } from '@nguon/db';
import type { RunnableJob } from '../context/feature-job';
import {
  defaultServiceConfig,
  type ServiceConfig,
  type ServiceContext,
  type Sources,
} from '../context/service-context';
import { createLocalFileStore } from '../file-store/local-file-store';
import { type BullmqRole, createBullmqQueue } from '../jobs/bullmq.queue';
import { createInlineQueue } from '../jobs/inline.queue';
import type { JobQueue } from '../jobs/queue.port';
import type { PublicChanges } from '../public-changes/public-changes.port';
import { systemSources } from '../sources/system-sources';
import { createInProcessPublicChanges } from '../trace/in-process.public-changes';
import { createRedisPublicChanges } from '../trace/redis.public-changes';
import { featureJobs } from './feature-jobs';

/** Embedded: jobs run in this process. Server: BullMQ; a 'producer' (the API) only enqueues. */
export type QueueSettings =
  | { kind: 'inline' }
  | {
      kind: 'bullmq';
      redisUrl: string;
      role: BullmqRole;
      prefix?: string;
      onError?: (error: Error) => void;
      lockDurationMs?: number;
    };

export interface ServiceSettings {
  /** An open database (the caller closes it), or where to open one (closed by close()). */
  database: Database | DatabaseConfig;
  queue: QueueSettings;
  filesDir: string;
  config: Pick<ServiceConfig, 'sessionSecret' | 'publicBaseUrl'> & Partial<ServiceConfig>;
  /** The real clock and random source unless a test replays a run. */
  sources?: Sources;
  /** Default: every feature's jobs. */
  jobs?: readonly RunnableJob[];
  /** Wraps the queue before jobs are registered on it (the worker logs each attempt). */
  wrapQueue?: (queue: JobQueue) => JobQueue;
}

export interface Services {
  /** What every use case and every job gets. */
  ctx: ServiceContext;
  /** Stops taking jobs, waits for the running ones, closes the queue, the change feed and the database it opened. */
  close(): Promise<void>;
}

function createQueue(settings: QueueSettings): JobQueue {
  if (settings.kind === 'inline') return createInlineQueue();
  const { redisUrl, ...options } = settings;
  return createBullmqQueue({ connection: redisUrl, ...options });
}

/** Beside the queue: in-process when jobs run inline, else over the queue's Redis, on a channel under its prefix. */
function createPublicChanges(settings: QueueSettings): Promise<PublicChanges> {
  if (settings.kind === 'inline') return Promise.resolve(createInProcessPublicChanges());
  const { redisUrl, prefix, onError } = settings;
  return createRedisPublicChanges({
    connection: redisUrl,
    ...(prefix !== undefined && { prefix }),
    ...(onError !== undefined && { onError }),
  });
}

const isOpen = (database: Database | DatabaseConfig): database is Database => 'db' in database;

/**
 * The composition root of services, used by apps/api and apps/worker alike: builds the context
 * and registers every feature's jobs where this process runs them, so a job sees what a request sees.
 */
export async function composeServices(settings: ServiceSettings): Promise<Services> {
  const owned = !isOpen(settings.database);
  const database = isOpen(settings.database) ? settings.database : await openDatabase(settings.database);
  let publicChanges: PublicChanges;
  try {
    publicChanges = await createPublicChanges(settings.queue);
  } catch (error) {
    if (owned) await database.close();
    throw error;
  }
  const bare = createQueue(settings.queue);
  const queue = settings.wrapQueue ? settings.wrapQueue(bare) : bare;
  const ctx: ServiceContext = {
    db: database.db,
    driver: database.driver,
    queue,
    files: createLocalFileStore(settings.filesDir),
    publicChanges,
    ...(settings.sources ?? systemSources),
    config: { ...defaultServiceConfig, ...settings.config },
  };
  const runsJobs = settings.queue.kind === 'inline' || settings.queue.role !== 'producer';
  if (runsJobs) {
    for (const job of settings.jobs ?? featureJobs)
      queue.register(job.name, job.processorFor(ctx), { concurrency: job.concurrency });
  }
  try {
    await queue.start();
  } catch (error) {
    await queue.close().catch(() => {});
    await publicChanges.close();
    if (owned) await database.close();
    throw error;
  }
  return {
    ctx,
    async close() {
      await queue.close();
      // After the queue: the jobs it waited for may still announce their writes.
      await publicChanges.close();
      if (owned) await database.close();
    },
  };
}
