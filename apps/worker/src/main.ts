import { composeServices, loadCheckpointKey, type Services } from '@nguon/services';
import { type Logger, pino } from 'pino';
import { loadWorkerConfig, redactedUrl, WorkerConfigError } from './config';
import { LoggedJobQueue } from './job-logging';

/** First signal: stop taking jobs and let the running ones finish. Second signal: exit now. */
function installShutdown(services: Services, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // The jobs cut short stay locked until their lock expires, then BullMQ retries them.
      logger.warn({ signal }, 'second signal: exiting without waiting for running jobs');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down: waiting for running jobs to finish (send again to force)');
    services.close().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  const logger = pino({ level: config.logLevel, base: { service: 'worker' } });
  const checkpointKey = (await loadCheckpointKey(config.checkpointKey))?.key ?? null;
  if (checkpointKey) logger.info({ keyId: checkpointKey.keyId }, 'checkpoints signed with this key');
  else logger.warn('checkpoints off: set CHECKPOINT_KEY_FILE or CHECKPOINT_PRIVATE_KEY, as on the API');
  // The same composition as the API's: every job gets the context a request gets.
  const services = await composeServices({
    database: { url: config.databaseUrl, poolSize: 5 },
    queue: {
      kind: 'bullmq',
      redisUrl: config.redisUrl,
      role: 'worker',
      ...(config.queuePrefix !== undefined && { prefix: config.queuePrefix }),
      ...(config.jobLockMs !== undefined && { lockDurationMs: config.jobLockMs }),
      onError: (error) => logger.warn({ err: error }, 'queue error (BullMQ reconnects by itself)'),
    },
    filesDir: config.filesDir,
    config: { sessionSecret: config.sessionSecret, publicBaseUrl: config.publicBaseUrl, checkpointKey },
    wrapQueue: (queue) => new LoggedJobQueue(queue, logger),
  });
  installShutdown(services, logger);
  logger.info({ redis: redactedUrl(config.redisUrl) }, 'worker started');
}

main().catch((error: unknown) => {
  const detail =
    error instanceof WorkerConfigError ? error.message : error instanceof Error ? error.stack : String(error);
  process.stderr.write(`Nguồn worker failed to start: ${detail}\n`);
  process.exit(1);
});
