import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointKeySettingsFrom } from '../config';
import { createPlatform } from '../platform';
import { capturedLogger, testApiConfig } from '../testing/test-platform';

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
    const log = capturedLogger();
    const config = testApiConfig({
      dataDir,
      filesDir: join(dataDir, 'files'),
      sessionSecret: 'x'.repeat(32),
      logLevel: 'info',
      bodyLimitBytes: 1024,
      signUpMode: 'closed',
      checkpointKey: checkpointKeySettingsFrom(env),
    });
    const platform = await createPlatform({ config, logger: log.logger, version: 'test', database });
    const checkpoints = await platform.ctx.db.selectFrom('checkpoints').select('key_id').execute();
    await platform.close();
    await database.close();
    return { log: log.text(), checkpoints, keyId: platform.ctx.config.checkpointKey?.keyId ?? null };
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
