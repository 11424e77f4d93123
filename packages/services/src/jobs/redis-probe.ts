import { Redis } from 'ioredis';

/** Whether Redis answers PING at url within timeoutMs; never throws, never retries. */
export async function isRedisReachable(url: string, timeoutMs: number): Promise<boolean> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  client.on('error', () => {}); // the answer is the return value; ioredis would log otherwise
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = client
    .connect()
    .then(() => client.ping())
    .then((answer) => answer === 'PONG')
    .catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

export interface RedisSuiteGate {
  url: string;
  /** run: Redis answers; skip: it does not and that is allowed here; fail: it does not and must. */
  mode: 'run' | 'skip' | 'fail';
  message: string;
}

/**
 * The project-wide rule for server-mode suites: TEST_REDIS_URL, else REDIS_URL, else local Redis;
 * unreachable is a skip with a message locally, and an error in CI or when REQUIRE_SERVICES=1.
 */
export async function redisSuiteGate(suite: string, timeoutMs = 1000): Promise<RedisSuiteGate> {
  const url = process.env.TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const shown = url.replace(/\/\/[^@/]*@/, '//***@');
  if (await isRedisReachable(url, timeoutMs))
    return { url, mode: 'run', message: `${suite}: Redis at ${shown}` };
  const required = process.env.REQUIRE_SERVICES === '1' || Boolean(process.env.CI);
  return required
    ? {
        url,
        mode: 'fail',
        message: `${suite} requires Redis, which is not reachable at ${shown} (CI or REQUIRE_SERVICES=1)`,
      }
    : {
        url,
        mode: 'skip',
        message: `${suite} skipped: Redis not reachable at ${shown} (set REQUIRE_SERVICES=1 to make this an error)`,
      };
}
