import { createApiClient } from '@nguon/contracts';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalogFixture } from '../testing/catalog-fixtures';
import { makeImage, tinyPdf } from '../testing/file-fixtures';
import { createTenantFixture, type TenantFixture } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

/** A real file of each media type an upload may declare. */
const samples: Record<string, () => Promise<Uint8Array>> = {
  'image/png': () => makeImage('png', 40, 30),
  'image/jpeg': () => makeImage('jpeg', 40, 30),
  'image/webp': () => makeImage('webp', 40, 30),
  'application/pdf': async () => tinyPdf,
  'text/csv': async () => new TextEncoder().encode('Mã thửa,Tên thửa\r\nB-01,Đồng Mới\r\n'),
};

interface Operation {
  operationId: string;
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, unknown>;
}

/** A PDF is a document, not the default purpose (a photo); every other sample goes as the document's defaults. */
const queryFor = (contentType: string) => (contentType === 'application/pdf' ? '?purpose=document' : '');

describe.each(drivers)('uploads as the OpenAPI document describes them, on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('accepts raw bytes sent with each declared media type, and only those', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const catalog = await createCatalogFixture(t.platform.ctx, a);
    const owner = new HttpAgent(t.baseUrl, a.tokens.owner.secret);
    const binary = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([, op]) => op.requestBody && !('application/json' in op.requestBody.content))
        .map(([method, op]) => ({ path: path.replace('{id}', catalog.id), method, op })),
    );
    expect(binary.map((b) => b.op.operationId).sort()).toEqual([
      'importCatalogItems',
      'uploadFile',
      'uploadTenantLogo',
    ]);
    for (const { path, method, op } of binary) {
      const declared = Object.keys(op.requestBody?.content ?? {});
      expect(declared.length, op.operationId).toBeGreaterThan(0);
      for (const contentType of declared) {
        expect(op.requestBody?.content[contentType]?.schema).toEqual({ type: 'string', format: 'binary' });
        const sample = samples[contentType];
        if (!sample) throw new Error(`no sample for ${contentType}`);
        const rawBody = await sample();
        const response = await owner.request(method.toUpperCase(), `${path}${queryFor(contentType)}`, {
          rawBody,
          contentType,
        });
        const success = Object.keys(op.responses).find((status) => status.startsWith('2'));
        expect([op.operationId, contentType, String(response.status)]).toEqual([
          op.operationId,
          contentType,
          success,
        ]);
      }
      const asJson = await owner.request(method.toUpperCase(), path, {
        rawBody: await makeImage('png', 40, 30),
        contentType: 'application/json',
      });
      expect([op.operationId, asJson.status]).toEqual([op.operationId, 415]);
    }
  });

  it('the typed client uploads the same way: raw bytes with the file type as Content-Type', async () => {
    const client = createApiClient({ baseUrl: t.baseUrl, bearerToken: a.tokens.owner.secret });
    const jpeg = await makeImage('jpeg', 40, 30);
    const stored = await client.call('uploadFile', {
      query: { purpose: 'photo' },
      body: { contentType: 'image/jpeg', bytes: jpeg },
    });
    expect([stored.contentType, stored.variants.length]).toEqual(['image/jpeg', 3]);
    const logo = await client.call('uploadTenantLogo', {
      body: { contentType: 'image/png', bytes: await makeImage('png', 8, 8) },
    });
    expect(logo.logoUrl).toMatch(/\/logo\?v=/);
  });
});
