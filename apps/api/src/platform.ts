import { type Database, migrateToLatest, openDatabase } from '@nguon/db';
import {
  createBullmqQueue,
  createInlineQueue,
  createLocalFileStore,
  type DemoCredentials,
  defaultServiceConfig,
  enqueueSessionPurge,
  type JobQueue,
  registerJobProcessors,
  type ServiceContext,
  seedDemoIfEmpty,
  systemSources,
} from '@nguon/services';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import { type ApiConfig, embeddedDatabaseDir } from './config';

export interface Platform {
  app: Express;
  ctx: ServiceContext;
  demo: DemoCredentials | null;
  /** Stops taking jobs, waits for running ones, closes the queue and the database. */
  close(): Promise<void>;
}

export interface PlatformOptions {
  config: ApiConfig;
  logger: Logger;
  version: string;
  /** Tests pass their own database (a migrated private schema). */
  database?: Database;
  validateResponses?: boolean;
}

function createQueue(config: ApiConfig): JobQueue {
  // Server mode: the API only enqueues; apps/worker runs the processors.
  if (config.redisUrl) return createBullmqQueue({ connection: config.redisUrl, role: 'producer' });
  return createInlineQueue();
}

const HOUR_MS = 3_600_000;

/** Enqueues the hourly clean-ups; every replica does, and the hour-named job id keeps it to one run. */
function scheduleMaintenance(ctx: ServiceContext, logger: Logger): NodeJS.Timeout {
  const enqueue = () => {
    enqueueSessionPurge(ctx.queue, ctx.now()).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not enqueue the session purge');
    });
  };
  enqueue();
  const timer = setInterval(enqueue, HOUR_MS);
  timer.unref();
  return timer;
}

/** The composition root: database, migrations, queue, services and the HTTP app, for either mode. */
export async function createPlatform(options: PlatformOptions): Promise<Platform> {
  const { config, logger } = options;
  const database =
    options.database ??
    (await openDatabase({
      url: config.databaseUrl,
      dataDir: embeddedDatabaseDir(config.dataDir),
      onStaleLock: (stale, lockFile) =>
        logger.warn({ stale, lockFile }, 'embedded database lock left by a process that is gone: taken over'),
    }));
  if (config.runMigrations && !options.database) {
    const applied = await migrateToLatest(database.db);
    if (applied.length) logger.info({ applied }, 'migrations applied');
  }
  const queue = createQueue(config);
  const ctx: ServiceContext = {
    db: database.db,
    driver: database.driver,
    queue,
    files: createLocalFileStore(config.filesDir),
    ...systemSources,
    config: {
      ...defaultServiceConfig,
      sessionSecret: config.sessionSecret,
      publicBaseUrl: config.publicBaseUrl,
    },
  };
  if (queue.kind === 'inline') {
    registerJobProcessors(queue, { db: database.db, now: ctx.now });
  }
  await queue.start();
  const maintenance = scheduleMaintenance(ctx, logger);
  const demo = config.seedDemo ? await seedDemoIfEmpty(ctx) : null;
  const app = createApp({
    ctx,
    logger,
    publicBaseUrl: config.publicBaseUrl,
    bodyLimitBytes: config.bodyLimitBytes,
    webDistDir: config.webDistDir,
    version: options.version,
    validateResponses: options.validateResponses,
  });
  return {
    app,
    ctx,
    demo,
    async close() {
      clearInterval(maintenance);
      await queue.close();
      if (!options.database) await database.close();
    },
  };
}
