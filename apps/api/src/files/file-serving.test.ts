import { testDrivers } from '@nguon/db/testing';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImage, tinyPdf } from '../testing/file-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();
const html = Buffer.from('<html><body><script>fetch("/api/v1/tenant").then(alert)</script></body></html>');

describe.each(drivers)('serving stored files safely on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let owner: HttpAgent;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    owner = await signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function served(path: string, agent?: HttpAgent) {
    const response = await fetch(`${t.baseUrl}${path}`, {
      headers: agent?.cookie ? { cookie: agent.cookie } : {},
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('stores a PNG logo with HTML after it re-encoded from its pixels, none of the HTML kept', async () => {
    const polyglot = Buffer.concat([await makeImage('png', 40, 30), html]);
    const stored = await owner.request('PUT', '/api/v1/tenant/logo', {
      rawBody: polyglot,
      contentType: 'image/png',
    });
    expect(stored.status).toBe(200);
    const { response, bytes } = await served(stored.body.logoUrl);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(bytes.equals(polyglot)).toBe(false);
    expect(bytes.toString('latin1').toLowerCase()).not.toContain('<html');
    expect(bytes.toString('latin1')).not.toContain('<script');
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 40, 30]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('refuses a logo whose image cannot be decoded, keeping the one it had', async () => {
    const before = await owner.request('GET', '/api/v1/tenant');
    const broken = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), html]);
    const refused = await owner.request('PUT', '/api/v1/tenant/logo', {
      rawBody: broken,
      contentType: 'image/png',
    });
    expect([refused.status, refused.body.code]).toEqual([422, 'FILE_UNREADABLE']);
    expect((await owner.request('GET', '/api/v1/tenant')).body.logoUrl).toBe(before.body.logoUrl);
  });

  it('serves a PDF, public or not, as a sandboxed download that no browser sniffs', async () => {
    for (const query of ['?purpose=certificate&public=true', '?purpose=document']) {
      const created = await owner.request('POST', `/api/v1/files${query}`, {
        rawBody: tinyPdf,
        contentType: 'application/pdf',
      });
      expect(created.status).toBe(201);
      const { response, bytes } = await served(`/api/v1/files/${created.body.id}`, owner);
      expect(response.status).toBe(200);
      expect(bytes.equals(tinyPdf)).toBe(true);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition'), query).toMatch(/^attachment/);
      expect(response.headers.get('content-security-policy'), query).toContain('sandbox');
      expect(response.headers.get('x-content-type-options'), query).toBe('nosniff');
    }
  });

  it("shows strangers a record photo's web sizes once a public field made it public, never its original", async () => {
    const created = await owner.request('POST', '/api/v1/files?purpose=photo', {
      rawBody: await makeImage('jpeg', 60, 40),
      contentType: 'image/jpeg',
    });
    expect(created.status).toBe(201);
    // what storing a record with the photo in a public field does (publishRecordPhotos)
    await t.platform.ctx.db
      .updateTable('files')
      .set({ public: true })
      .where('id', '=', created.body.id)
      .execute();
    expect((await served(`/api/v1/files/${created.body.id}/thumb`)).response.status).toBe(200);
    expect((await served(`/api/v1/files/${created.body.id}/large`)).response.status).toBe(200);
    expect((await served(`/api/v1/files/${created.body.id}`)).response.status).toBe(404);
    expect((await served(`/api/v1/files/${created.body.id}`, owner)).response.status).toBe(200);
  });

  it('shows an image inline, sandboxed, and strips HTML appended to a public one', async () => {
    const polyglot = Buffer.concat([await makeImage('png', 60, 40), html]);
    const created = await owner.request('POST', '/api/v1/files?purpose=product_image&public=true', {
      rawBody: polyglot,
      contentType: 'image/png',
    });
    expect(created.status).toBe(201);
    for (const variant of ['', '/thumb']) {
      const { response, bytes } = await served(`/api/v1/files/${created.body.id}${variant}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition'), variant).toBeNull();
      expect(response.headers.get('content-security-policy'), variant).toContain('sandbox');
      expect(response.headers.get('x-content-type-options'), variant).toBe('nosniff');
      expect(bytes.toString('latin1').toLowerCase(), variant).not.toContain('<html');
    }
  });
});
