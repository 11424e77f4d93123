import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type SignUpMode, signUpModes } from '@nguon/contracts';
import type { CheckpointKeySettings } from '@nguon/services';

export interface ApiConfig {
  port: number;
  dataDir: string;
  /** Uploaded files: FILES_DIR, else DATA_DIR/files; every API and worker process must see the same directory. */
  filesDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** QUEUE_PREFIX: the Redis key prefix of the queues; the workers must use the same. */
  queuePrefix: string | undefined;
  publicBaseUrl: string;
  sessionSecret: string;
  logLevel: string;
  seedDemo: boolean;
  runMigrations: boolean;
  webDistDir: string;
  /** TEMPLATES_DIR: the template files loaded into the library at start (the repo's templates/); null: none. */
  templatesDir: string | null;
  /** Largest JSON body accepted, in bytes. */
  bodyLimitBytes: number;
  /** SIGNUP: open on one machine (the co-op itself), approval on a server (the operator decides). */
  signUpMode: SignUpMode;
  /** Where the checkpoint signing key comes from (CHECKPOINT_KEY_FILE, CHECKPOINT_PRIVATE_KEY, or generated). */
  checkpointKey: CheckpointKeySettings;
  /** TRUST_PROXY: the reverse proxies whose X-Forwarded-For is believed; none by default. */
  trustProxy: string[];
  /** SESSION_MAX_AGE_DAYS: a session ends this long after sign-in, however busy. */
  sessionMaxAgeMs: number;
  /** A storing catalog import of more rows than this runs as a job; tests lower it (default 5,000). */
  backgroundImportRows?: number;
  /** Scans of resolver routes each client network may make: a burst, then so many a second. */
  resolverRate: { burst: number; perSecond: number };
  /** SCAN_REGION_HEADER: the header (lower case) in which the proxy in front names the client's region, if any. */
  scanRegionHeader?: string;
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

const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrSubnet(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: addresses, subnets or express's names, comma-separated; unset, X-Forwarded-For is ignored. */
export function trustProxyFrom(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    if (!isAddressOrSubnet(entry))
      throw new Error(
        `TRUST_PROXY must list the reverse proxies in front of the API, comma-separated: addresses (10.0.0.5), ` +
          `subnets (10.0.0.0/8, fd00::/8) or loopback, linklocal, uniquelocal; "${entry}" is none of these`,
      );
  }
  return entries;
}

function sessionMaxAgeFrom(value: string | undefined): number {
  const days = Number(value === undefined || value === '' ? 30 : value);
  if (!Number.isInteger(days) || days < 1 || days > 365)
    throw new Error(`SESSION_MAX_AGE_DAYS must be a whole number of days from 1 to 365, got ${value}`);
  return days * 24 * 3600 * 1000;
}

/**
 * RESOLVER_RATE_BURST and RESOLVER_RATE_PER_SECOND. Generous by default: a mobile carrier puts many phones behind
 * one network, and a shop's Wi-Fi sees a queue of customers scanning.
 */
function resolverRateFrom(env: NodeJS.ProcessEnv): { burst: number; perSecond: number } {
  const read = (name: string, value: string | undefined, fallback: number) => {
    const number = Number(value === undefined || value === '' ? fallback : value);
    if (!Number.isFinite(number) || number <= 0 || number > 1_000_000_000)
      throw new Error(`${name} must be a number above 0 and at most 1000000000, got ${value}`);
    return number;
  };
  return {
    burst: read('RESOLVER_RATE_BURST', env.RESOLVER_RATE_BURST, 120),
    perSecond: read('RESOLVER_RATE_PER_SECOND', env.RESOLVER_RATE_PER_SECOND, 20),
  };
}

function scanRegionHeaderFrom(value: string | undefined, trustProxy: readonly string[]): string | undefined {
  const name = value?.trim().toLowerCase() || undefined;
  if (name === undefined) return undefined;
  if (!/^[a-z0-9-]{1,64}$/.test(name))
    throw new Error(`SCAN_REGION_HEADER must be a header name (letters, digits, -), got ${value}`);
  // without a proxy in front that sets it, any client could name any region and trip the spread signal
  if (trustProxy.length === 0)
    throw new Error('SCAN_REGION_HEADER needs TRUST_PROXY: only a proxy in front may say where a client is');
  return name;
}

function queuePrefixFrom(value: string | undefined): string | undefined {
  const prefix = value?.trim() || undefined;
  if (prefix !== undefined && !/^[A-Za-z0-9_-]{1,50}$/.test(prefix))
    throw new Error(`QUEUE_PREFIX must be 1-50 letters, digits, - or _, got ${value}`);
  return prefix;
}

/** TEMPLATES_DIR, or the repository's templates/ beside the code; set empty, no template is loaded at start. */
function templatesDirFrom(env: NodeJS.ProcessEnv): string | null {
  if (env.TEMPLATES_DIR === '') return null;
  // a file URL's path decoded (a checkout under a folder with spaces or accents)
  const beside = fileURLToPath(new URL('../../../templates', import.meta.url));
  return resolve(env.INIT_CWD ?? process.cwd(), env.TEMPLATES_DIR ?? beside);
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
    queuePrefix: queuePrefixFrom(env.QUEUE_PREFIX),
    publicBaseUrl: (env.PUBLIC_BASE_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    sessionSecret: await sessionSecretFrom(env, dataDir, Boolean(databaseUrl)),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemo: flag(env.SEED_DEMO, !databaseUrl),
    runMigrations: flag(env.RUN_MIGRATIONS, true),
    webDistDir: resolve(env.WEB_DIST_DIR ?? fileURLToPath(new URL('../../web/dist', import.meta.url))),
    templatesDir: templatesDirFrom(env),
    bodyLimitBytes: Number(env.BODY_LIMIT_BYTES ?? 1024 * 1024),
    signUpMode: signUpModeFrom(env.SIGNUP, Boolean(databaseUrl)),
    checkpointKey: checkpointKeySettingsFrom(env),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    sessionMaxAgeMs: sessionMaxAgeFrom(env.SESSION_MAX_AGE_DAYS),
    resolverRate: resolverRateFrom(env),
    scanRegionHeader: scanRegionHeaderFrom(env.SCAN_REGION_HEADER, trustProxyFrom(env.TRUST_PROXY)),
  };
}
