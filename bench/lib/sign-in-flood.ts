import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatformChild } from './platform-child';

export interface SignInFloodFigures {
  idleMs: number;
  /** 64 concurrent bogus set-password requests from one address. */
  oneAddressMs: number;
  /** The same flood, each request from a new address (through a trusted proxy): no throttle, only the code check. */
  manyAddressesMs: number;
  floodRequests: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function signInMedian(baseUrl: string, owner: { login: string; password: string }, times: number) {
  const took: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(owner),
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`the owner's sign-in answered ${response.status}`);
    took.push(performance.now() - started);
  }
  return median(took);
}

/** Runs `workers` loops of bogus set-password requests until stopped; counts the requests sent. */
function flood(baseUrl: string, workers: number, rotateAddress: boolean) {
  let stopped = false;
  let sent = 0;
  const loop = async () => {
    while (!stopped) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (rotateAddress) headers['x-forwarded-for'] = `198.18.${(sent >> 8) & 255}.${sent & 255}`;
      sent++;
      const code = randomBytes(5).toString('hex').toUpperCase();
      const response = await fetch(`${baseUrl}/api/v1/auth/set-password`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ code, password: 'Mot-mat-khau-rat-dai-2026' }),
      }).catch(() => undefined);
      await response?.arrayBuffer();
    }
  };
  const running = Array.from({ length: workers }, loop);
  return {
    async stop() {
      stopped = true;
      await Promise.all(running);
      return sent;
    },
  };
}

/** A real sign-in's median latency idle, and while 64 concurrent bogus set-password requests run. */
export async function measureSignInUnderFlood(): Promise<SignInFloodFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'nguon-bench-flood-'));
  const platform = await startPlatformChild({ DATA_DIR: dataDir, TRUST_PROXY: 'loopback' });
  try {
    await signInMedian(platform.baseUrl, platform.owner, 5);
    const idleMs = await signInMedian(platform.baseUrl, platform.owner, 20);
    let floodRequests = 0;
    const figures: number[] = [];
    for (const rotate of [false, true]) {
      const running = flood(platform.baseUrl, 64, rotate);
      await new Promise((resolve) => setTimeout(resolve, 500));
      figures.push(await signInMedian(platform.baseUrl, platform.owner, 20));
      floodRequests += await running.stop();
    }
    return { idleMs, oneAddressMs: figures[0] ?? NaN, manyAddressesMs: figures[1] ?? NaN, floodRequests };
  } finally {
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
