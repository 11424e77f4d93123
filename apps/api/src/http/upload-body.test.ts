import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImage } from '../testing/file-fixtures';
import { createTenantFixture, type TenantFixture } from '../testing/fixtures';
import { type RawAnswer, rawUpload } from '../testing/raw-upload';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();
const MiB = 1024 * 1024;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer if it comes within `ms`, else 'no answer': a server still waiting for the rest of the body. */
const within = (answer: Promise<RawAnswer | null>, ms: number) =>
  Promise.race([answer, sleep(ms).then(() => 'no answer' as const)]);

const codeOf = (answer: RawAnswer | null | 'no answer') =>
  answer && answer !== 'no answer' ? [answer.status, JSON.parse(answer.body).code] : answer;

describe.each(drivers)('receiving uploads on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  const importPath = `/api/v1/catalogs/${randomUUID()}/import`;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  const owner = () => ({ authorization: `Bearer ${a.tokens.owner.secret}` });
  const tempFiles = () => readdir(join(t.filesDir, '.uploads')).catch(() => []);
  async function noTempFilesLeft() {
    for (let i = 0; i < 100 && (await tempFiles()).length > 0; i++) await sleep(20);
    expect(await tempFiles()).toEqual([]);
  }

  it("answers a stranger's upload and large JSON body before reading it", async () => {
    const csv = rawUpload(t.baseUrl, 'POST', importPath, {
      'content-type': 'text/csv',
      'content-length': String(20 * MiB),
    });
    await csv.send(256 * 1024);
    expect(codeOf(await within(csv.answer, 15000))).toEqual([401, 'UNAUTHENTICATED']);
    csv.req.destroy();
    const json = rawUpload(t.baseUrl, 'POST', '/api/v1/catalogs', {
      'content-type': 'application/json',
      'content-length': String(MiB),
    });
    await json.send(1024);
    expect(codeOf(await within(json.answer, 15000))).toEqual([401, 'UNAUTHENTICATED']);
    json.req.destroy();
  });

  it('refuses a member whose role may not upload before reading the body', async () => {
    const cases: [string, string, string][] = [
      ['/api/v1/files', 'image/png', a.tokens.viewer.secret],
      [importPath, 'text/csv', a.tokens.clerk.secret],
      ['/api/v1/tenant/logo', 'image/png', a.tokens.clerk.secret],
    ];
    for (const [path, contentType, secret] of cases) {
      const method = path.endsWith('logo') ? 'PUT' : 'POST';
      const upload = rawUpload(t.baseUrl, method, path, {
        authorization: `Bearer ${secret}`,
        'content-type': contentType,
        'content-length': String(10 * MiB),
      });
      await upload.send(256 * 1024);
      expect(codeOf(await within(upload.answer, 15000)), path).toEqual([403, 'FORBIDDEN']);
      upload.req.destroy();
    }
    expect(await tempFiles()).toEqual([]);
  });

  it("keeps memory flat while 40 strangers' 20 MiB imports are refused", async () => {
    global.gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const watch = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const uploads = Array.from({ length: 40 }, () =>
      rawUpload(t.baseUrl, 'POST', importPath, {
        'content-type': 'text/csv',
        'content-length': String(20 * MiB),
      }),
    );
    await Promise.all(uploads.map((upload) => upload.send(20 * MiB, MiB)));
    const answers = await Promise.all(uploads.map((upload) => within(upload.answer, 10_000)));
    clearInterval(watch);
    for (const upload of uploads) upload.req.destroy();
    const sent = uploads.reduce((sum, upload) => sum + upload.sent(), 0);
    console.info(
      `40 anonymous 20 MiB imports: RSS ${Math.round(before / MiB)} -> peak ${Math.round(peak / MiB)} MiB, ` +
        `${Math.round(sent / MiB)} MiB sent before the answers`,
    );
    // every one refused (or cut off by the closed connection), never a body kept in memory
    for (const answer of answers)
      if (answer !== null) expect(codeOf(answer)).toEqual([401, 'UNAUTHENTICATED']);
    expect(peak - before).toBeLessThan(150 * MiB);
  });

  it("cuts off an owner's upload over the limit as it arrives, and keeps no temporary file", async () => {
    const declared = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
      ...owner(),
      'content-type': 'image/png',
      'content-length': String(30 * MiB),
    });
    expect(codeOf(await within(declared.answer, 15000))).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    declared.req.destroy();
    const chunked = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
      ...owner(),
      'content-type': 'image/png',
      'transfer-encoding': 'chunked',
    });
    await chunked.send(30 * MiB);
    const answer = await within(chunked.answer, 15000);
    expect(answer).not.toBe('no answer');
    // the 413 arrives, unless the client was still writing when the server closed: then its connection resets
    if (answer !== null) {
      expect(codeOf(answer)).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      expect(answer !== 'no answer' && answer.headers.connection).toBe('close');
    }
    expect(chunked.sent()).toBeLessThan(30 * MiB);
    chunked.req.destroy();
    await noTempFilesLeft();
  });

  it('keeps no temporary file of an upload the client abandons half-way', async () => {
    const upload = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
      ...owner(),
      'content-type': 'image/png',
      'transfer-encoding': 'chunked',
    });
    await upload.send(2 * MiB);
    for (let i = 0; i < 100 && (await tempFiles()).length === 0; i++) await sleep(10);
    expect((await tempFiles()).length).toBe(1);
    upload.req.destroy();
    await noTempFilesLeft();
  });

  it('gives back the slot of an upload whose client went away before the server read a byte', async () => {
    // each goes away right after its headers, often while its session is still being looked up
    for (let i = 0; i < 12; i++) {
      const gone = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
        ...owner(),
        'content-type': 'image/png',
        'transfer-encoding': 'chunked',
      });
      await sleep(i % 3);
      gone.req.destroy();
    }
    await noTempFilesLeft();
    const png = await makeImage('png', 40, 30);
    const after = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
      ...owner(),
      'content-type': 'image/png',
      'content-length': String(png.length),
    });
    after.req.end(png);
    expect((await within(after.answer, 15000)) as RawAnswer).toMatchObject({ status: 201 });
  });

  it('turns away a fifth upload at once with UPLOADS_BUSY and Retry-After, then takes one again', async () => {
    const slow = Array.from({ length: 4 }, () =>
      rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
        ...owner(),
        'content-type': 'image/png',
        'transfer-encoding': 'chunked',
      }),
    );
    await Promise.all(slow.map((upload) => upload.send(64 * 1024)));
    for (let i = 0; i < 100 && (await tempFiles()).length < 4; i++) await sleep(10);
    const png = await makeImage('png', 40, 30);
    const fifth = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
      ...owner(),
      'content-type': 'image/png',
      'content-length': String(png.length),
    });
    fifth.req.end(png);
    const busy = await within(fifth.answer, 15000);
    expect(codeOf(busy)).toEqual([503, 'UPLOADS_BUSY']);
    expect(busy !== 'no answer' && busy?.headers['retry-after']).toBe('5');
    for (const upload of slow) upload.req.destroy();
    await noTempFilesLeft();
    const again = rawUpload(t.baseUrl, 'POST', '/api/v1/files', {
      ...owner(),
      'content-type': 'image/png',
      'content-length': String(png.length),
    });
    again.req.end(png);
    expect((await within(again.answer, 5000)) as RawAnswer).toMatchObject({ status: 201 });
  });
});
