import { type Database, migrateToLatest, openDatabase } from '@nguon/db';
import {
  composeServices,
  type DemoCredentials,
  enqueueSessionPurge,
  platformHasNoUser,
  type QueueSettings,
  type ServiceContext,
  seedDemoIfEmpty,
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

function queueSettings(config: ApiConfig): QueueSettings {
  // Server mode: the API only enqueues; apps/worker runs the jobs.
  if (config.redisUrl) return { kind: 'bullmq', redisUrl: config.redisUrl, role: 'producer' };
  return { kind: 'inline' };
}

const HOUR_MS = 3_600_000;

/** What the start logs while nobody can sign in (server mode starts with no user, and no demo seed). */
export const firstAdminHint =
  'no user yet: make the first platform admin with `npm run admin -- create-admin --email <your email>` ' +
  '(chưa có người dùng: tạo quản trị viên đầu tiên bằng lệnh trên)';

/** Enqueues the hourly clean-ups; every replica does, and the hour-named job id keeps it to one run. */
function scheduleMaintenance(ctx: ServiceContext, logger: Logger): NodeJS.Timeout {
  const enqueue = () => {
    enqueueSessionPurge(ctx).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not enqueue the session purge');
    });
  };
  enqueue();
  const timer = setInterval(enqueue, HOUR_MS);
  timer.unref();
  return timer;
}

/** The API's composition: its database and migrations, the services' composition, the HTTP app. */
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
  const services = await composeServices({
    database,
    queue: queueSettings(config),
    filesDir: config.filesDir,
    config: {
      sessionSecret: config.sessionSecret,
      publicBaseUrl: config.publicBaseUrl,
      signUpMode: config.signUpMode,
      sessionMaxAgeMs: config.sessionMaxAgeMs,
    },
  });
  const { ctx } = services;
  const maintenance = scheduleMaintenance(ctx, logger);
  const demo = config.seedDemo ? await seedDemoIfEmpty(ctx) : null;
  if (!demo && (await platformHasNoUser(ctx))) logger.warn(firstAdminHint);
  const app = createApp({
    ctx,
    logger,
    publicBaseUrl: config.publicBaseUrl,
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
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
      await services.close();
      if (!options.database) await database.close();
    },
  };
}
