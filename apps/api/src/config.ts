import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type SignUpMode, signUpModes } from '@nguon/contracts';
import type { CheckpointKeySettings } from '@nguon/services';

export interface ApiConfig {
  port: number;
  dataDir: string;
  /** Uploaded files: FILES_DIR, else DATA_DIR/files; every API and worker process must see the same directory. */
  filesDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  publicBaseUrl: string;
  sessionSecret: string;
  logLevel: string;
  seedDemo: boolean;
  runMigrations: boolean;
  webDistDir: string;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** SIGNUP: open on one machine (the co-op itself), approval on a server (the operator decides). */
  signUpMode: SignUpMode;
  /** Where the checkpoint signing key comes from (CHECKPOINT_KEY_FILE, CHECKPOINT_PRIVATE_KEY, or generated). */
  checkpointKey: CheckpointKeySettings;
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

/** Embedded mode keeps a generated secret in DATA_DIR; server mode must be given one (all replicas share it). */
async function sessionSecretFrom(
  env: NodeJS.ProcessEnv,
  dataDir: string,
  serverMode: boolean,
): Promise<string> {
  if (env.SESSION_SECRET) {
    if (env.SESSION_SECRET.length < 32) throw new Error('SESSION_SECRET must have at least 32 characters');
    return env.SESSION_SECRET;
  }
  if (serverMode)
    throw new Error('SESSION_SECRET is required when DATABASE_URL is set (every replica must share it)');
  const file = join(dataDir, 'session-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim().length >= 32) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/** Where the platform keeps its data: PostgreSQL at DATABASE_URL, else PGlite under DATA_DIR (start and verify). */
export function databaseLocationFrom(env: NodeJS.ProcessEnv): {
  dataDir: string;
  databaseUrl: string | undefined;
} {
  // npm runs the api from apps/api; relative paths mean where the person typed `npm start`.
  const dataDir = resolve(env.INIT_CWD ?? process.cwd(), env.DATA_DIR ?? 'data');
  return { dataDir, databaseUrl: env.DATABASE_URL || undefined };
}

/** The embedded database's directory inside DATA_DIR. */
export const embeddedDatabaseDir = (dataDir: string): string => join(dataDir, 'db');

/**
 * The checkpoint key: CHECKPOINT_KEY_FILE (a PEM file) or CHECKPOINT_PRIVATE_KEY (the PEM text); embedded mode
 * with neither generates one into DATA_DIR/checkpoint-key.pem, server mode has none (checkpoints are off).
 */
export function checkpointKeySettingsFrom(env: NodeJS.ProcessEnv): CheckpointKeySettings {
  const { dataDir, databaseUrl } = databaseLocationFrom(env);
  return {
    keyFile: env.CHECKPOINT_KEY_FILE
      ? resolve(env.INIT_CWD ?? process.cwd(), env.CHECKPOINT_KEY_FILE)
      : undefined,
    privateKeyPem: env.CHECKPOINT_PRIVATE_KEY || undefined,
    generatedFile: databaseUrl ? null : join(dataDir, 'checkpoint-key.pem'),
  };
}

/** SIGNUP, or its default: a co-op's own `npm start` lets the co-op in; a public server waits for its admin. */
function signUpModeFrom(value: string | undefined, serverMode: boolean): SignUpMode {
  if (value === undefined || value === '') return serverMode ? 'approval' : 'open';
  const mode = signUpModes.find((candidate) => candidate === value.toLowerCase());
  if (!mode) throw new Error(`SIGNUP must be one of ${signUpModes.join(', ')}, got ${value}`);
  return mode;
}

export async function loadConfig(env: NodeJS.ProcessEnv = process.env): Promise<ApiConfig> {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const { dataDir, databaseUrl } = databaseLocationFrom(env);
  return {
    port,
    dataDir,
    filesDir: resolve(env.INIT_CWD ?? process.cwd(), env.FILES_DIR || join(dataDir, 'files')),
    databaseUrl,
    redisUrl: env.REDIS_URL || undefined,
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    sessionSecret: await sessionSecretFrom(env, dataDir, Boolean(databaseUrl)),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: flag(env.SEED_DEMO, !databaseUrl),
    runMigrations: flag(env.RUN_MIGRATIONS, true),
    webDistDir: resolve(env.WEB_DIST_DIR ?? new URL('../../web/dist', import.meta.url).pathname),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024),
    signUpMode: signUpModeFrom(env.SIGNUP, Boolean(databaseUrl)),
    checkpointKey: checkpointKeySettingsFrom(env),
  };
}
