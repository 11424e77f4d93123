import { describe, expect, it } from 'vitest';
import { loadWorkerConfig, redactedUrl, WorkerConfigError } from './config';

const secret = 'a-session-secret-of-at-least-32-chars';
const usable = { REDIS_URL: 'redis://r:6379', DATABASE_URL: 'postgres://db/nguon', SESSION_SECRET: secret };

describe('loadWorkerConfig', () => {
  it.each([
    [{}, /REDIS_URL is not set/],
    [{ REDIS_URL: '  ' }, /REDIS_URL is not set/],
    [{ REDIS_URL: 'localhost:6379' }, /must start with redis:\/\//],
    [{ REDIS_URL: 'redis://r:6379' }, /DATABASE_URL is not set/],
    [{ ...usable, SESSION_SECRET: undefined }, /SESSION_SECRET must be set/],
    [{ ...usable, SESSION_SECRET: 'short' }, /at least 32 characters/],
    [{ ...usable, LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ ...usable, QUEUE_PREFIX: 'a:b' }, /QUEUE_PREFIX must be/],
    [{ ...usable, JOB_LOCK_MS: '10' }, /JOB_LOCK_MS must be/],
  ])('refuses %j with a message for the operator', (env, message) => {
    expect(() => loadWorkerConfig(env)).toThrow(WorkerConfigError);
    expect(() => loadWorkerConfig(env)).toThrow(message);
  });

  it('reads REDIS_URL, DATABASE_URL, SESSION_SECRET, FILES_DIR, PUBLIC_BASE_URL and LOG_LEVEL', () => {
    const db = 'postgres://nguon@db:5432/nguon';
    expect(
      loadWorkerConfig({
        REDIS_URL: 'rediss://cache.internal:6380/2',
        DATABASE_URL: db,
        SESSION_SECRET: secret,
        DATA_DIR: '/data',
        FILES_DIR: '/shared/files',
        PUBLIC_BASE_URL: 'https://trace.example.vn/',
        LOG_LEVEL: 'debug',
        CHECKPOINT_KEY_FILE: '/run/secrets/checkpoint.pem',
        QUEUE_PREFIX: 'nguon-staging',
        JOB_LOCK_MS: '5000',
      }),
    ).toEqual({
      redisUrl: 'rediss://cache.internal:6380/2',
      databaseUrl: db,
      sessionSecret: secret,
      filesDir: '/shared/files',
      publicBaseUrl: 'https://trace.example.vn',
      logLevel: 'debug',
      checkpointKey: {
        keyFile: '/run/secrets/checkpoint.pem',
        privateKeyPem: undefined,
        generatedFile: null,
      },
      queuePrefix: 'nguon-staging',
      jobLockMs: 5000,
    });
  });

  it('defaults as the API does: files under DATA_DIR, the base URL on PORT, level info', () => {
    const config = loadWorkerConfig({ ...usable, DATA_DIR: '/srv/nguon', PORT: '8080' });
    expect([config.filesDir, config.publicBaseUrl, config.logLevel]).toEqual([
      '/srv/nguon/files',
      'http://localhost:8080',
      'info',
    ]);
    expect([config.queuePrefix, config.jobLockMs]).toEqual([undefined, undefined]);
  });

  it('resolves relative directories from where npm was run, like the API', () => {
    const config = loadWorkerConfig({ ...usable, INIT_CWD: '/home/htx/nguon', DATA_DIR: 'data' });
    expect(config.filesDir).toBe('/home/htx/nguon/data/files');
    expect(loadWorkerConfig({ ...usable, INIT_CWD: '/x', FILES_DIR: 'uploads' }).filesDir).toBe('/x/uploads');
  });

  it('hides the password when the URL is logged', () => {
    expect(redactedUrl('redis://default:s3cret@r:6379')).toBe('redis://default:***@r:6379');
    expect(redactedUrl('redis://r:6379')).toBe('redis://r:6379');
  });
});
