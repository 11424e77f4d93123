import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { Database, DriverName } from '@nguon/db';
import { createTestDatabase } from '@nguon/db/testing';
import { pino } from 'pino';
import type { ApiConfig } from '../config';
import { createPlatform, type Platform } from '../platform';
import { guardRefusals, releaseRefusals } from './storage-snapshot';

/** One Ed25519 key per test process: checkpoints are on in every test platform. */
export const testCheckpointKeyPem = generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();

export interface TestPlatform {
  platform: Platform;
  /** The database the platform was given (before any wrapping). */
  database: Database;
  baseUrl: string;
  /** Where this platform's uploaded files are stored. */
  filesDir: string;
  close(): Promise<void>;
}

export interface TestPlatformOptions {
  /** Check that every refusal an HttpAgent gets stored nothing (default); off where a suite checks that itself. */
  guardRefusals?: boolean;
  /** What the platform is given instead of the test database itself (a statement counter around it). */
  wrapDatabase?: (database: Database) => Database;
  /** The database of another platform, shared as server-mode replicas share one; the other platform closes it. */
  database?: Database;
}

/** The settings a test platform runs with; a test names only what it is about. */
export function testApiConfig(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return {
    port: 0,
    dataDir: '/nonexistent',
    filesDir: '/nonexistent',
    databaseUrl: undefined,
    redisUrl: undefined,
    queuePrefix: undefined,
    publicBaseUrl: 'http://nguon.test',
    sessionSecret: 'test-secret-test-secret-test-secret-0123',
    logLevel: 'silent',
    seedDemo: false,
    runMigrations: false,
    webDistDir: '/nonexistent',
    // no template loaded at start unless a test asks (templatesDir: the folder): syncing costs seconds
    templatesDir: null,
    bodyLimitBytes: 64 * 1024,
    signUpMode: 'open',
    checkpointKey: { privateKeyPem: testCheckpointKeyPem, generatedFile: null },
    trustProxy: [],
    sessionMaxAgeMs: 30 * 24 * 3600 * 1000,
    resolverRate: { burst: 120, perSecond: 20 },
    ...overrides,
  };
}

/** A logger whose lines a test reads back. */
export function capturedLogger(): { logger: pino.Logger; text: () => string; clear: () => void } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return {
    logger: pino({}, stream),
    text: () => lines.join(''),
    clear: () => {
      lines.length = 0;
    },
  };
}

/** A real platform on an ephemeral port over a private, migrated schema of the given driver. */
export async function startTestPlatform(
  driver: DriverName,
  overrides: Partial<ApiConfig> = {},
  options: TestPlatformOptions = {},
): Promise<TestPlatform> {
  const database = options.database ?? (await createTestDatabase(driver));
  const filesDir = await mkdtemp(join(tmpdir(), 'nguon-test-files-'));
  const config = testApiConfig({ filesDir, ...overrides });
  const platform = await createPlatform({
    config,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    version: 'test',
    database: options.wrapDatabase ? options.wrapDatabase(database) : database,
    validateResponses: true,
  });
  const server = platform.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  if (options.guardRefusals ?? true) guardRefusals(baseUrl, { db: platform.ctx.db, filesDir });
  return {
    platform,
    database,
    baseUrl,
    filesDir,
    async close() {
      releaseRefusals(baseUrl);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.close();
      if (!options.database) await database.close();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}
