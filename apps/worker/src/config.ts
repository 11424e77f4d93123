export interface WorkerConfig {
  redisUrl: string;
  databaseUrl: string;
  logLevel: string;
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
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new WorkerConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  return { redisUrl, databaseUrl, logLevel };
}

/** The URL without its password, for logs. */
export const redactedUrl = (url: string): string =>
  url.replace(/\/\/([^@/]*)@/, (_, auth: string) => `//${auth.split(':')[0]}:***@`);
