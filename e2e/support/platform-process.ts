import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Credentials {
  login: string;
  password: string;
}

export interface RunningPlatform {
  baseUrl: string;
  port: number;
  owner: Credentials;
  clerk: Credentials;
  admin: Credentials;
  /** A centre expert of no tenant: publishes and deprecates templates. */
  expert: Credentials;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    server.on('error', reject);
  });
}

function credentialsFrom(
  output: string,
  role: 'owner' | 'clerk' | 'platform admin' | 'centre expert',
): Credentials | undefined {
  const line = output.split('\n').find((l) => l.trimStart().startsWith(role));
  const match = line?.match(/:\s+(\S+)\s+password \/ mật khẩu: (\S+)/);
  return match?.[1] && match[2] ? { login: match[1], password: match[2] } : undefined;
}

export interface PlatformOptions {
  /** PUBLIC_BASE_URL; default the loopback address the tests open, null leaves it unset as a co-op's `npm start` does. */
  publicBaseUrl?: string | null;
}

/** `npm start`'s server on a fresh DATA_DIR, as a newcomer gets it; resolves with the printed demo credentials. */
export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { PUBLIC_BASE_URL: _fromShell, ...env } = process.env;
  const publicBaseUrl = options.publicBaseUrl === undefined ? baseUrl : options.publicBaseUrl;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'apps/api/src/main.ts')],
    {
      env: {
        ...env,
        PORT: String(port),
        DATA_DIR: dataDir,
        ...(publicBaseUrl === null ? {} : { PUBLIC_BASE_URL: publicBaseUrl }),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    const owner = credentialsFrom(output, 'owner');
    const clerk = credentialsFrom(output, 'clerk');
    const admin = credentialsFrom(output, 'platform admin');
    const expert = credentialsFrom(output, 'centre expert');
    if (owner && clerk && admin && expert) return { baseUrl, port, owner, clerk, admin, expert, stop };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the platform did not start:\n${output}`);
}
