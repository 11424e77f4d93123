import { type ChildProcess, spawn } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

describe('the embedded server process', () => {
  let child: ChildProcess;
  let dataDir: string;
  let port: number;
  let output = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'nguon-main-'));
    port = await freePort();
    child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          PORT: String(port),
          DATA_DIR: dataDir,
          LOG_LEVEL: 'info',
          DATABASE_URL: '',
          REDIS_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    for (let i = 0; i < 600; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`did not start:\n${output}`);
  }, 90_000);

  afterAll(async () => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers /healthz with its embedded drivers and prints the demo owner once', async () => {
    const health = await (await fetch(`http://127.0.0.1:${port}/healthz`)).json();
    expect(health).toEqual({ status: 'ok', db: 'pglite', queue: 'inline' });
    expect(output).toMatch(
      /owner \/ chủ tài khoản:\s+chu@suoigiang\.example\.vn\s+password \/ mật khẩu: \S+/,
    );
  });

  it("seeds the demo co-op's working data: the demo clerk finds three lots waiting", async () => {
    const password =
      /clerk \/ nhân viên:\s+nhaplieu@suoigiang\.example\.vn\s+password \/ mật khẩu: (\S+)/.exec(output)?.[1];
    expect(password).toBeDefined();
    const signIn = await fetch(`http://127.0.0.1:${port}/api/v1/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'nhaplieu@suoigiang.example.vn', password }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const work = await (
      await fetch(`http://127.0.0.1:${port}/api/v1/work-list`, { headers: { cookie } })
    ).json();
    expect(work).toMatchObject({
      items: [
        { lot: { code: expect.stringMatching(/^SG\d{2}-0001$/) }, stages: [{ key: 'sao_che' }] },
        { lot: { code: expect.stringMatching(/^SG\d{2}-0002$/) }, stages: [{ key: 'sao_che' }] },
        { stages: [{ key: 'cham_soc' }] },
      ],
    });
  });

  it('serves the web app at / and at client-side routes, and problems under /api', async () => {
    for (const path of ['/', '/sign-in', '/staff']) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect([path, response.status, response.headers.get('content-type')]).toEqual([
        path,
        200,
        'text/html; charset=utf-8',
      ]);
      expect(await response.text()).toContain('Nguồn');
    }
    const api = await fetch(`http://127.0.0.1:${port}/api/v1/nope`);
    expect([api.status, api.headers.get('content-type')]).toEqual([
      404,
      'application/problem+json; charset=utf-8',
    ]);
  });

  it('a second start on the same DATA_DIR refuses at once, naming the running one, and exits non-zero', async () => {
    const second = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))],
      {
        env: {
          ...process.env,
          PORT: String(await freePort()),
          DATA_DIR: dataDir,
          DATABASE_URL: '',
          REDIS_URL: '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let secondOutput = '';
    second.stderr?.on('data', (chunk: Buffer) => {
      secondOutput += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => second.once('exit', resolve));
    expect(code).toBe(1);
    expect(secondOutput).toContain(`Nguồn failed to start: The embedded database in ${join(dataDir, 'db')}`);
    expect(secondOutput).toContain(`PID ${child.pid}`);
    expect(secondOutput).toContain('Nguồn không khởi động: Cơ sở dữ liệu nhúng');
    expect(secondOutput).not.toContain('    at ');
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  }, 60_000);

  it('on SIGTERM finishes the request in flight, then exits cleanly, releasing the database lock', async () => {
    const body = JSON.stringify({ login: 'nobody@htx.test', password: 'not this one' });
    const answered = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/v1/auth/sign-in',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 10));
      setTimeout(() => {
        child.kill('SIGTERM');
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 200);
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    expect(await answered).toBe(401);
    expect(await exited).toBe(0);
    expect(output).toContain('shutting down');
    await expect(access(join(dataDir, 'db', 'nguon.lock'))).rejects.toThrow();
  });
});
