import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressLargeAnswers } from '../http/compression';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node:http, not fetch: fetch decompresses on its own and hides what went over the wire. */
function rawGet(url: string, acceptEncoding?: string, more: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? more : { 'accept-encoding': acceptEncoding, ...more };
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

const script = `export const words = ${JSON.stringify('chè Thái Nguyên '.repeat(400))};\n`;
const asset = '/assets/app-Dx3k9aQ1.js';

async function writeFakeBuild(dir: string): Promise<void> {
  await mkdir(join(dir, 'assets'), { recursive: true });
  await writeFile(join(dir, 'index.html'), `<!doctype html><title>Nguồn</title>${'<!-- - -->'.repeat(200)}`);
  await writeFile(join(dir, asset), script);
  await writeFile(join(dir, `${asset}.br`), brotliCompressSync(script));
  await writeFile(join(dir, `${asset}.gz`), gzipSync(script));
}

describe('the built web app and large answers go out compressed', () => {
  let t: TestPlatform;
  let distDir: string;

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'nguon-dist-'));
    await writeFakeBuild(distDir);
    t = await startTestPlatform('pglite', { webDistDir: distDir });
  });
  afterAll(async () => {
    await t?.close();
    await rm(distDir, { recursive: true, force: true });
  });

  it.each([
    ['a range past the end', { range: 'bytes=99999999-' }],
    ['an If-Match no version has', { 'if-match': '"nope"' }],
  ])(
    'answers %s with a plain coded problem, never the headers of the file it did not send',
    async (_case, more) => {
      const answer = await rawGet(`${t.baseUrl}${asset}`, 'br', more);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.status).toBeLessThan(500);
      expect(answer.headers['content-encoding']).toBeUndefined();
      expect(answer.headers['cache-control']).toBeUndefined();
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.parse(answer.body.toString('utf8')).code).toMatch(/^[A-Z_]+$/);
    },
  );

  it('answers a broken %-escape under /assets with the coded BAD_REQUEST', async () => {
    const answer = await rawGet(`${t.baseUrl}/assets/%E0%A4%A.js`);
    expect([answer.status, answer.headers['content-type']]).toEqual([
      400,
      expect.stringMatching(/problem\+json/),
    ]);
    expect(JSON.parse(answer.body.toString('utf8')).code).toBe('BAD_REQUEST');
  });

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
    ['gzip;q=1, br;q=0', 'gzip', gunzipSync],
  ] as const)(
    'sends a hashed asset pre-compressed for Accept-Encoding %s, cached for a year',
    async (accepts, encoding, decode) => {
      const answer = await rawGet(`${t.baseUrl}${asset}`, accepts);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(answer.headers['content-type']).toMatch(/javascript/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.body.length).toBeLessThan(script.length / 5);
      expect(decode(answer.body).toString()).toBe(script);
    },
  );

  it('sends the plain file to a client that accepts no compression', async () => {
    const answer = await rawGet(`${t.baseUrl}${asset}`, 'identity');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toBe(script);
  });

  it('answers a missing asset 404, never the app page', async () => {
    const answer = await rawGet(`${t.baseUrl}/assets/gone-AAAA.js`, 'br');
    expect(answer.status).toBe(404);
  });

  it('sends index.html for a client route, compressed and revalidated on every load', async () => {
    const answer = await rawGet(`${t.baseUrl}/lots/123`, 'br, gzip');
    expect(answer.status).toBe(200);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.body).toString()).toMatch(/^<!doctype html><title>Nguồn<\/title>/);
  });

  it('compresses a large API JSON answer and leaves a small one as it is', async () => {
    const large = await rawGet(`${t.baseUrl}/api/v1/openapi.json`, 'gzip, br');
    expect(large.status).toBe(200);
    expect(large.headers['content-encoding']).toBe('br');
    expect(large.headers.vary).toMatch(/Accept-Encoding/i);
    expect(JSON.parse(brotliDecompressSync(large.body).toString())).toHaveProperty('openapi');
    const small = await rawGet(`${t.baseUrl}/healthz`, 'gzip, br');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toHaveProperty('status', 'ok');
  });
});

describe('an event stream', () => {
  it('is never compressed, so each event reaches the browser when written', async () => {
    const app = express();
    app.use(compressLargeAnswers());
    app.get('/events', (_req, res) => {
      res.type('text/event-stream').send(`data: ${'x'.repeat(4096)}\n\n`);
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const answer = await rawGet(`http://127.0.0.1:${port}/events`, 'br, gzip');
    server.close();
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(answer.body.toString()).toMatch(/^data: x+/);
  });
});
