import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { createTestDatabase } from '@nguon/db/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiConfig, checkpointKeySettingsFrom } from '../config';
import { createPlatform } from '../platform';

describe('the checkpoint key at start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nguon-checkpoint-start-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Starts and stops a platform over a fresh PGlite schema with these key settings; returns its log. */
  async function start(env: NodeJS.ProcessEnv) {
    const database = await createTestDatabase('pglite');
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const config: ApiConfig = {
      port: 0,
      dataDir,
      filesDir: join(dataDir, 'files'),
      databaseUrl: undefined,
      redisUrl: undefined,
      publicBaseUrl: 'http://nguon.test',
      sessionSecret: 'x'.repeat(32),
      logLevel: 'info',
      seedDemo: false,
      runMigrations: false,
      webDistDir: '/nonexistent',
      bodyLimitBytes: 1024,
      signUpMode: 'closed',
      checkpointKey: checkpointKeySettingsFrom(env),
      trustProxy: [],
      sessionMaxAgeMs: 30 * 24 * 3600 * 1000,
    };
    const platform = await createPlatform({ config, logger: pino({}, stream), version: 'test', database });
    const checkpoints = await platform.ctx.db.selectFrom('checkpoints').select('key_id').execute();
    await platform.close();
    await database.close();
    return { log: lines.join(''), checkpoints, keyId: platform.ctx.config.checkpointKey?.keyId ?? null };
  }

  it('embedded: generates DATA_DIR/checkpoint-key.pem (0600) once, logs it, and anchors at start', async () => {
    const first = await start({ DATA_DIR: dataDir });
    expect(first.log).toContain('checkpoint key generated');
    expect((await stat(join(dataDir, 'checkpoint-key.pem'))).mode & 0o777).toBe(0o600);
    expect(first.checkpoints).toEqual([{ key_id: first.keyId }]);
    const second = await start({ DATA_DIR: dataDir });
    expect(second.keyId).toBe(first.keyId);
    expect(second.log).not.toContain('checkpoint key generated');
  });

  it('server mode without a key: one warning, checkpoints off, nothing generated', async () => {
    const server = await start({ DATA_DIR: join(dataDir, 'server'), DATABASE_URL: 'postgres://unused' });
    expect(server.keyId).toBeNull();
    expect(server.log.match(/checkpoints off/g)).toHaveLength(1);
    expect(server.checkpoints).toEqual([]);
    await expect(stat(join(dataDir, 'server', 'checkpoint-key.pem'))).rejects.toThrow();
  });
});
