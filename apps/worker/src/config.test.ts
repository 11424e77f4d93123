import { describe, expect, it } from 'vitest';
import { loadWorkerConfig, redactedUrl, WorkerConfigError } from './config';

describe('loadWorkerConfig', () => {
  it.each([
    [{}, /REDIS_URL is not set/],
    [{ REDIS_URL: '  ' }, /REDIS_URL is not set/],
    [{ REDIS_URL: 'localhost:6379' }, /must start with redis:\/\//],
    [{ REDIS_URL: 'redis://r:6379' }, /DATABASE_URL is not set/],
    [
      { REDIS_URL: 'redis://r:6379', DATABASE_URL: 'postgres://db/nguon', LOG_LEVEL: 'loud' },
      /LOG_LEVEL must be one of/,
    ],
  ])('refuses %j with a message for the operator', (env, message) => {
    expect(() => loadWorkerConfig(env)).toThrow(WorkerConfigError);
    expect(() => loadWorkerConfig(env)).toThrow(message);
  });

  it('reads REDIS_URL, DATABASE_URL and LOG_LEVEL', () => {
    const db = 'postgres://nguon@db:5432/nguon';
    expect(
      loadWorkerConfig({ REDIS_URL: 'rediss://cache.internal:6380/2', DATABASE_URL: db, LOG_LEVEL: 'debug' }),
    ).toEqual({
      redisUrl: 'rediss://cache.internal:6380/2',
      databaseUrl: db,
      logLevel: 'debug',
    });
    expect(loadWorkerConfig({ REDIS_URL: 'redis://r:6379', DATABASE_URL: db }).logLevel).toBe('info');
  });

  it('hides the password when the URL is logged', () => {
    expect(redactedUrl('redis://default:s3cret@r:6379')).toBe('redis://default:***@r:6379');
    expect(redactedUrl('redis://r:6379')).toBe('redis://r:6379');
  });
});
