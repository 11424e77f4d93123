import { join } from 'node:path';
import { describeTemplateFault } from '@nguon/contracts';
import { type Database, migrateToLatest, openDatabase } from '@nguon/db';
import {
  type CheckpointKey,
  composeServices,
  createPublicTraceLoader,
  createScanLedger,
  type DemoCredentials,
  enqueueHourlyCheckpoint,
  enqueueSessionPurge,
  loadCheckpointKey,
  platformHasNoUser,
  type QueueSettings,
  resumeCatalogImports,
  resumeLabelBatches,
  resumeRecallReports,
  type ScanLedgerHandle,
  type ServiceContext,
  seedDemoIfEmpty,
  syncTemplateFiles,
} from '@nguon/services';
import type { Express } from 'express';
import type { Logger } from 'pino';
import { createApp } from './app';
import { type ApiConfig, embeddedDatabaseDir } from './config';
import { createUploadGate } from './http/upload-body';

export interface Platform {
  app: Express;
  ctx: ServiceContext;
  demo: DemoCredentials | null;
  /** The resolver's scan ledger (tests flush it to read the figures it wrote). */
  scans: ScanLedgerHandle;
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
  if (config.redisUrl)
    return {
      kind: 'bullmq',
      redisUrl: config.redisUrl,
      role: 'producer',
      ...(config.queuePrefix && { prefix: config.queuePrefix }),
    };
  return { kind: 'inline' };
}

const HOUR_MS = 3_600_000;

/** What the start logs while nobody can sign in (server mode starts with no user, and no demo seed). */
export const firstAdminHint =
  'no user yet: make the first platform admin with `npm run admin -- create-admin --email <your email>` ' +
  '(chưa có người dùng: tạo quản trị viên đầu tiên bằng lệnh trên)';

/**
 * Enqueues the hourly clean-ups and checkpoint; every replica does, and the hour-named job id keeps each to one
 * run. `started` settles once the first checkpoint is made in-process, so the platform answers only after it.
 */
function scheduleMaintenance(
  ctx: ServiceContext,
  logger: Logger,
): { timer: NodeJS.Timeout; started: Promise<void> } {
  const checkpoint = async () => {
    if (!ctx.config.checkpointKey) return;
    try {
      const job = await enqueueHourlyCheckpoint(ctx);
      if (ctx.queue.kind === 'inline') await ctx.queue.waitFor(job.id, 60_000);
    } catch (error: unknown) {
      logger.warn({ err: error }, 'could not make the hourly checkpoint');
    }
  };
  const enqueue = () => {
    enqueueSessionPurge(ctx).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not enqueue the session purge');
    });
    return checkpoint();
  };
  const resumed = Promise.all([
    resumeCatalogImports(ctx).then(
      (count) => count > 0 && logger.info({ count }, 'catalog imports resumed'),
      (error: unknown) => logger.warn({ err: error }, 'could not resume the catalog imports'),
    ),
    resumeLabelBatches(ctx).then(
      (count) => count > 0 && logger.info({ count }, 'label batches resumed'),
      (error: unknown) => logger.warn({ err: error }, 'could not resume the label batches'),
    ),
    resumeRecallReports(ctx).then(
      (count) => count > 0 && logger.info({ count }, 'recall reports resumed'),
      (error: unknown) => logger.warn({ err: error }, 'could not resume the recall reports'),
    ),
  ]);
  const started = Promise.all([enqueue(), resumed]).then(() => {});
  const timer = setInterval(() => void enqueue(), HOUR_MS);
  timer.unref();
  return { timer, started };
}

/** The checkpoint key, logged once: where it came from, or that checkpoints are off (server mode without one). */
async function checkpointKeyOf(config: ApiConfig, logger: Logger): Promise<CheckpointKey | null> {
  const loaded = await loadCheckpointKey(config.checkpointKey);
  if (!loaded) {
    logger.warn(
      'checkpoints off: set CHECKPOINT_KEY_FILE or CHECKPOINT_PRIVATE_KEY to sign them (docs/deploy.md) ' +
        '(điểm neo đang tắt: hãy đặt khóa ký)',
    );
    return null;
  }
  const { key, source, file } = loaded;
  if (source === 'generated')
    logger.warn(
      { file, keyId: key.keyId },
      'checkpoint key generated: back it up, keep it out of the database backups',
    );
  else logger.info({ source, keyId: key.keyId }, 'checkpoints signed with this key');
  return key;
}

/** Loads templates/ into the library (new versions only); a broken file is a warning, the others still load. */
async function loadTemplateFiles(ctx: ServiceContext, dir: string, logger: Logger): Promise<void> {
  const { added, unchanged, broken } = await syncTemplateFiles(ctx, dir);
  for (const bad of broken)
    logger.warn(
      { template: bad.name, path: bad.path },
      describeTemplateFault(bad.name, bad.path, bad.fault, 'en'),
    );
  logger.info(
    {
      dir,
      added: added.map((version) => `${version.key}@${version.number}`),
      unchanged,
      broken: broken.length,
    },
    'templates loaded',
  );
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
      checkpointKey: await checkpointKeyOf(config, logger),
      ...(config.backgroundImportRows !== undefined && { backgroundImportRows: config.backgroundImportRows }),
      sessionMaxAgeMs: config.sessionMaxAgeMs,
    },
  });
  const { ctx } = services;
  const maintenance = scheduleMaintenance(ctx, logger);
  await maintenance.started;
  // before the demo seed: the demo co-op may be built from a template
  if (config.templatesDir) await loadTemplateFiles(ctx, config.templatesDir, logger);
  const demo = config.seedDemo ? await seedDemoIfEmpty(ctx) : null;
  if (!demo && (await platformHasNoUser(ctx))) logger.warn(firstAdminHint);
  const traces = createPublicTraceLoader(ctx);
  const scans = createScanLedger(ctx, {
    onFlushError: (error, count) =>
      logger.warn({ err: error, scans: count }, 'scan ledger: flush failed, will retry'),
  });
  const app = createApp({
    ctx,
    logger,
    publicBaseUrl: config.publicBaseUrl,
    bodyLimitBytes: config.bodyLimitBytes,
    uploads: createUploadGate(join(config.filesDir, '.uploads')),
    trustProxy: config.trustProxy,
    webDistDir: config.webDistDir,
    version: options.version,
    validateResponses: options.validateResponses,
    resolver: {
      loadTrace: traces.load,
      changes: ctx.publicChanges,
      scans,
      publicBaseUrl: config.publicBaseUrl,
      secret: config.sessionSecret,
      now: () => ctx.now(),
      tuning: config.resolverRate,
      ...(config.scanRegionHeader && { regionHeader: config.scanRegionHeader }),
    },
  });
  return {
    app,
    ctx,
    demo,
    scans,
    async close() {
      clearInterval(maintenance.timer);
      traces.close();
      await scans.close();
      await services.close();
      if (!options.database) await database.close();
    },
  };
}
