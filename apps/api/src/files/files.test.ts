import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { testDrivers } from '@nguon/db/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileFixture, makeImage, tinyPdf } from '../testing/file-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('files on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    b = await createTenantFixture(t.platform.ctx, 'B');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function member(tenant: TenantFixture, role: 'owner' | 'clerk' | 'viewer' = 'owner') {
    const agent = new HttpAgent(t.baseUrl);
    await agent.signIn(tenant.people[role].login, PASSWORD);
    return agent;
  }
  const upload = (agent: HttpAgent, bytes: Uint8Array, contentType: string, query = '') =>
    agent.request('POST', `/api/v1/files${query}`, { rawBody: bytes, contentType });
  const fileCount = async () =>
    Number(
      (
        await t.platform.ctx.db
          .selectFrom('files')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  async function bytesOf(agent: HttpAgent, path: string) {
    const response = await fetch(`${t.baseUrl}${path}`, {
      headers: { ...(agent.cookie && { cookie: agent.cookie }) },
    });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  it('keeps the original of an image and makes upright WebP web sizes of it', async () => {
    const owner = await member(a);
    const png = await makeImage('png', 2000, 1000);
    const created = await upload(owner, png, 'image/png', '?purpose=product_image&name=Gạo%20ST25.png');
    expect(created.status).toBe(201);
    expect([created.body.name, created.body.byteSize, created.body.public]).toEqual([
      'Gạo ST25.png',
      png.length,
      false,
    ]);
    expect(created.body.sha256).toBe(createHash('sha256').update(png).digest('hex'));
    const sizes = created.body.variants.map(
      (v: { name: string; width: number; height: number; contentType: string }) => [
        v.name,
        v.contentType,
        v.width,
        v.height,
      ],
    );
    expect(sizes).toEqual([
      ['original', 'image/png', 2000, 1000],
      ['thumb', 'image/webp', 320, 160],
      ['large', 'image/webp', 1280, 640],
    ]);
    const original = await bytesOf(owner, `/api/v1/files/${created.body.id}`);
    expect(original.bytes.equals(png)).toBe(true);
    const thumb = await bytesOf(owner, `/api/v1/files/${created.body.id}/thumb`);
    const meta = await sharp(thumb.bytes).metadata();
    expect([thumb.headers.get('content-type'), meta.format, meta.width, meta.height]).toEqual([
      'image/webp',
      'webp',
      320,
      160,
    ]);
    expect(thumb.headers.get('cache-control')).toBe('private, no-store');
  });

  it('never enlarges a small image', async () => {
    const clerk = await member(a, 'clerk');
    const created = await upload(clerk, await makeImage('jpeg', 200, 100), 'image/jpeg', '?purpose=photo');
    expect(created.status).toBe(201);
    expect(created.body.variants.map((v: { width: number }) => v.width)).toEqual([200, 200, 200]);
  });

  it('serves a private file to members of its tenant only; others get 404', async () => {
    const file = await createFileFixture(t.platform.ctx, a, { purpose: 'photo' });
    const path = `/api/v1/files/${file.id}/large`;
    expect((await bytesOf(await member(a, 'viewer'), path)).status).toBe(200);
    expect((await bytesOf(new HttpAgent(t.baseUrl), path)).status).toBe(404);
    expect((await bytesOf(await member(b), path)).status).toBe(404);
    const tokenB = await new HttpAgent(t.baseUrl, b.tokens.owner.secret).request('GET', path);
    expect([tokenB.status, tokenB.body.code]).toEqual([404, 'NOT_FOUND']);
    const infoB = await (await member(b)).request('GET', `/api/v1/files/${file.id}/info`);
    expect(infoB.status).toBe(404);
  });

  it('lets only an owner make a file public, which anyone may then fetch', async () => {
    const png = await makeImage('png', 64, 64);
    const byClerk = await upload(await member(a, 'clerk'), png, 'image/png', '?public=true');
    expect([byClerk.status, byClerk.body.code]).toEqual([403, 'FORBIDDEN']);
    const byOwner = await upload(await member(a), png, 'image/png', '?public=true&purpose=product_image');
    expect([byOwner.status, byOwner.body.public]).toEqual([201, true]);
    const anonymous = await bytesOf(new HttpAgent(t.baseUrl), `/api/v1/files/${byOwner.body.id}/thumb`);
    expect([anonymous.status, anonymous.headers.get('cache-control')]).toEqual([
      200,
      'public, max-age=86400',
    ]);
    const expiredCookie = await fetch(`${t.baseUrl}/api/v1/files/${byOwner.body.id}`, {
      headers: { cookie: 'nguon_session=expired-or-forged' },
    });
    expect(expiredCookie.status).toBe(200);
  });

  it('strips the metadata (EXIF GPS, camera) of a public photo, original included', async () => {
    const tagged = await sharp({ create: { width: 80, height: 60, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Nong ho Lo Van A', Model: 'Phone X' } })
      .toBuffer();
    expect((await sharp(tagged).metadata()).exif).toBeDefined();
    const owner = await member(a);
    const made = await upload(owner, tagged, 'image/jpeg', '?public=true&purpose=product_image');
    const original = await bytesOf(new HttpAgent(t.baseUrl), `/api/v1/files/${made.body.id}`);
    expect(original.status).toBe(200);
    const meta = await sharp(original.bytes).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(['jpeg', 80, undefined]);
    const privateCopy = await upload(owner, tagged, 'image/jpeg', '?purpose=photo');
    const kept = await bytesOf(owner, `/api/v1/files/${privateCopy.body.id}`);
    expect((await sharp(kept.bytes).metadata()).exif).toBeDefined();
  });

  it('takes PDFs as documents and certificates, without web sizes', async () => {
    const owner = await member(a);
    const created = await upload(owner, tinyPdf, 'application/pdf', '?purpose=certificate');
    expect([created.status, created.body.variants.length]).toEqual([201, 1]);
    expect((await owner.request('GET', `/api/v1/files/${created.body.id}/thumb`)).status).toBe(404);
    const asPhoto = await upload(owner, tinyPdf, 'application/pdf', '?purpose=photo');
    expect([asPhoto.status, asPhoto.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
  });

  describe('refuses hostile uploads with a code and stores nothing', () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>',
    );
    it.each([
      ['an SVG with a script', svg, 'image/svg+xml', 415, 'UNSUPPORTED_FILE_TYPE'],
      ['an SVG claiming to be a PNG', svg, 'image/png', 415, 'UNSUPPORTED_FILE_TYPE'],
      [
        'HTML claiming to be a PDF',
        Buffer.from('<html><script>x()</script></html>'),
        'application/pdf',
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
      [
        'a PNG signature followed by garbage',
        Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(500, 7)]),
        'image/png',
        422,
        'FILE_UNREADABLE',
      ],
      ['zero bytes', Buffer.alloc(0), 'image/png', 400, 'VALIDATION_FAILED'],
      [
        'no content type',
        Buffer.from('89504e470d0a1a0a', 'hex'),
        'application/octet-stream',
        415,
        'UNSUPPORTED_FILE_TYPE',
      ],
    ])('%s', async (_name, bytes, contentType, status, code) => {
      const before = await fileCount();
      const response = await upload(await member(a), bytes, contentType);
      expect([response.status, response.body.code]).toEqual([status, code]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await fileCount()).toBe(before);
    });

    it('a JPEG declared as PNG', async () => {
      const response = await upload(await member(a), await makeImage('jpeg', 20, 20), 'image/png');
      expect([response.status, response.body.code]).toEqual([415, 'UNSUPPORTED_FILE_TYPE']);
    });

    it('a file over 10 MiB', async () => {
      const before = await fileCount();
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)]);
      const response = await upload(await member(a), big, 'application/pdf', '?purpose=document');
      expect([response.status, response.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      expect(await fileCount()).toBe(before);
    });

    it('a decompression bomb: a small PNG of 10,000 x 10,000 pixels', async () => {
      const bomb = await sharp({ create: { width: 10_000, height: 10_000, channels: 3, background: '#000' } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      expect(bomb.length).toBeLessThan(1024 * 1024);
      const response = await upload(await member(a), bomb, 'image/png');
      expect([response.status, response.body.code]).toEqual([422, 'FILE_UNREADABLE']);
    });

    it('path-like and markup names are kept only as a harmless display name', async () => {
      const names = [
        '../../etc/passwd',
        '..\\..\\boot.ini',
        '<script>alert(1)</script>.png',
        '\u202e.png',
        '...',
      ];
      const shown: (string | null)[] = [];
      for (const name of names) {
        const created = await upload(
          await member(a),
          await makeImage('png', 8, 8),
          'image/png',
          `?name=${encodeURIComponent(name)}`,
        );
        expect(created.status).toBe(201);
        shown.push(created.body.name);
      }
      expect(shown).toEqual(['passwd', 'boot.ini', 'script.png', 'png', null]);
      // a NUL in any query string is refused at the edge, as in a body
      const nul = await upload(await member(a), await makeImage('png', 8, 8), 'image/png', '?name=%00.png');
      expect([nul.status, nul.body.code, nul.body.path]).toEqual([400, 'VALIDATION_FAILED', '/query/name']);
      // Keys come from ids only: the store holds fan-out folders and its temp folder, nothing a name chose.
      const top = await readdir(t.filesDir);
      expect(top.every((entry) => /^([0-9a-f]{2}|\.tmp|\.uploads)$/.test(entry))).toBe(true);
    });
  });
});
