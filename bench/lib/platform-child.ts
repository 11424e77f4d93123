import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startNode, stop } from './processes';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface PlatformChild {
  baseUrl: string;
  owner: { login: string; password: string };
  /** Stops it with SIGTERM: in-flight requests finish and the database is closed. */
  stop(): Promise<void>;
}

function ownerFrom(output: string): PlatformChild['owner'] | undefined {
  const match = /owner \/ chủ tài khoản:\s+(\S+)\s+password \/ mật khẩu: (\S+)/.exec(output);
  return match?.[1] && match[2] ? { login: match[1], password: match[2] } : undefined;
}

/**
 * `apps/api/src/main.ts` in its own process with `env` (DATA_DIR or DATABASE_URL...), seeding the demo co-op;
 * resolves with the owner's sign-in it prints once.
 */
export async function startPlatformChild(env: Record<string, string>): Promise<PlatformChild> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = startNode(join(root, 'apps/api/src/main.ts'), {
    PORT: String(port),
    PUBLIC_BASE_URL: baseUrl,
    LOG_LEVEL: 'warn',
    SEED_DEMO: '1',
    ...env,
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // The sign-in is printed once the server listens, after migrations and the demo seed.
  const deadline = Date.now() + 120_000;
  while (!ownerFrom(output) && child.exitCode === null && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const owner = ownerFrom(output);
  if (owner) return { baseUrl, owner, stop: () => stop(child) };
  await stop(child);
  throw new Error(`the platform did not start (no owner sign-in printed):\n${output}`);
}
