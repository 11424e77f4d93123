import { join, resolve } from 'node:path';
import type { CheckpointKeySettings } from '@nguon/services';

export interface WorkerConfig {
  redisUrl: string;
  databaseUrl: string;
  /** FILES_DIR, else DATA_DIR/files, read as the API reads them: jobs see the same files. */
  filesDir: string;
  /** PUBLIC_BASE_URL as the API reads it: label URLs made by a job match the API's. */
  publicBaseUrl: string;
  /** The API's SESSION_SECRET: a job's context carries the same config as a request's. */
  sessionSecret: string;
  logLevel: string;
  /** CHECKPOINT_KEY_FILE or CHECKPOINT_PRIVATE_KEY, as the API reads them; none: checkpoint jobs do nothing. */
  checkpointKey: CheckpointKeySettings;
  /** QUEUE_PREFIX: the Redis key prefix of every queue, as the API's; unset: BullMQ's default for us ('nguon'). */
  queuePrefix: string | undefined;
  /** JOB_LOCK_MS: how soon a job of a crashed worker runs again (about twice this); unset: 30 s. */
  jobLockMs: number | undefined;
}

/** A configuration mistake: main prints its message alone, without a stack. */
export class WorkerConfigError extends Error {
  override readonly name = 'WorkerConfigError';
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Reads the worker's environment; throws a message meant for the operator when it is unusable. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const redisUrl = env.REDIS_URL?.trim();
  if (!redisUrl) {
    throw new WorkerConfigError(
      'REDIS_URL is not set. The worker runs server-mode jobs from Redis, e.g. REDIS_URL=redis://redis:6379. ' +
        '(In embedded mode the API runs jobs itself and no worker is needed.)',
    );
  }
  if (!/^rediss?:\/\//.test(redisUrl)) {
    throw new WorkerConfigError(`REDIS_URL must start with redis:// or rediss://, got "${redisUrl}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    throw new WorkerConfigError(
      'DATABASE_URL is not set. Job processors read and write the same PostgreSQL as the API.',
    );
  }
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (sessionSecret.length < 32) {
    throw new WorkerConfigError(
      'SESSION_SECRET must be set, with at least 32 characters: the same one as the API (jobs get its configuration).',
    );
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new WorkerConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return {
    redisUrl,
    databaseUrl,
    ...sharedWithApi(env),
    sessionSecret,
    logLevel,
    checkpointKey: checkpointKeyFrom(env),
    ...queueTuning(env),
  };
}

function queueTuning(env: NodeJS.ProcessEnv): Pick<WorkerConfig, 'queuePrefix' | 'jobLockMs'> {
  const queuePrefix = env.QUEUE_PREFIX?.trim() || undefined;
  if (queuePrefix !== undefined && !/^[A-Za-z0-9_-]{1,50}$/.test(queuePrefix))
    throw new WorkerConfigError('QUEUE_PREFIX must be 1-50 letters, digits, - or _');
  const lock = env.JOB_LOCK_MS?.trim();
  if (lock && !/^[1-9][0-9]{3,6}$/.test(lock))
    throw new WorkerConfigError('JOB_LOCK_MS must be a whole number of milliseconds from 1000 to 9999999');
  return { queuePrefix, jobLockMs: lock ? Number(lock) : undefined };
}

function checkpointKeyFrom(env: NodeJS.ProcessEnv): CheckpointKeySettings {
  const file = env.CHECKPOINT_KEY_FILE;
  return {
    keyFile: file ? resolve(env.INIT_CWD ?? process.cwd(), file) : undefined,
    privateKeyPem: env.CHECKPOINT_PRIVATE_KEY || undefined,
    generatedFile: null,
  };
}

/** The settings read exactly as apps/api/src/config.ts reads them (relative paths from where npm ran). */
function sharedWithApi(env: NodeJS.ProcessEnv): Pick<WorkerConfig, 'filesDir' | 'publicBaseUrl'> {
  const cwd = env.INIT_CWD ?? process.cwd();
  const dataDir = resolve(cwd, env.DATA_DIR ?? 'data');
  return {
    filesDir: resolve(cwd, env.FILES_DIR || join(dataDir, 'files')),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT ?? 3000}`).replace(/\/$/, ''),
  };
}

/** The URL without its password, for logs. */
export const redactedUrl = (url: string): string =>
  url.replace(/\/\/([^@/]*)@/, (_, auth: string) => `//${auth.split(':')[0]}:***@`);
