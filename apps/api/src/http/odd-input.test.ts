import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent } from '../testing/http-agent';
import { createFarmFixture, createLotFixture, type FarmFixture } from '../testing/lot-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

/** Issue 12's odd inputs that answered 500 (the refusals are checked to store nothing by the agent's guard). */
describe.each(drivers)('odd input answers a coded 400, never a 500, on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let farm: FarmFixture;
  let owner: HttpAgent;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
    farm = await createFarmFixture(t.platform.ctx, a);
    owner = new HttpAgent(t.baseUrl);
    await owner.signIn(a.people.owner.login, PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a NUL or half a UTF-16 pair in a query string or a path segment, on every list', async () => {
    for (const list of [
      `/api/v1/catalogs/${farm.catalogId}/items`,
      '/api/v1/products',
      '/api/v1/lots',
      '/api/v1/work-list',
    ]) {
      const response = await owner.request('GET', `${list}?q=a%00b`);
      expect([response.status, response.body.code, response.body.path], list).toEqual([
        400,
        'VALIDATION_FAILED',
        '/query/q',
      ]);
      expect(response.body.detail).toBe('Invalid value at /query/q: holds a NUL character (U+0000)');
    }
    const segment = await owner.request('GET', '/api/v1/products/a%00b');
    expect([segment.status, segment.body.path]).toEqual([400, '/params/id']);
    expect(segment.body.detail).toContain('NUL');
  });

  it('an id in the urn:uuid form, which the uuid format allows and PostgreSQL refuses', async () => {
    const response = await owner.request('GET', `/api/v1/products/urn:uuid:${farm.productId}`);
    expect([response.status, response.body.code, response.body.path]).toEqual([
      400,
      'VALIDATION_FAILED',
      '/params/id',
    ]);
  });

  it('a revision of 2^31 or more, which PostgreSQL cannot hold as an integer', async () => {
    const product = (await owner.request('GET', `/api/v1/products/${farm.productId}`)).body;
    for (const revision of ['2147483647', '2147483648', '9007199254740993', '1e20']) {
      for (const [path, body] of [
        [`/api/v1/products/${farm.productId}`, `{"revision":${revision},"archived":true}`],
        [`/api/v1/catalogs/${farm.catalogId}`, `{"revision":${revision},"shared":true}`],
        [
          `/api/v1/catalogs/${farm.catalogId}/items/${farm.plotItemId}`,
          `{"revision":${revision},"archived":true}`,
        ],
      ] as const) {
        const response = await owner.request('PATCH', path, { rawBody: body });
        expect([response.status, response.body.code, response.body.path], `${path} ${revision}`).toEqual([
          400,
          'VALIDATION_FAILED',
          '/revision',
        ]);
      }
      for (const path of [
        `/api/v1/processes/${farm.processId}/versions`,
        `/api/v1/processes/${farm.processId}/versions/1/restore`,
      ]) {
        const body = path.endsWith('/versions')
          ? `{"revision":${revision},"note":""}`
          : `{"revision":${revision}}`;
        const response = await owner.request('POST', path, { rawBody: body });
        expect([response.status, response.body.code, response.body.path], `${path} ${revision}`).toEqual([
          400,
          'VALIDATION_FAILED',
          '/revision',
        ]);
      }
    }
    const highest = await owner.request('PATCH', `/api/v1/products/${farm.productId}`, {
      body: { revision: 2_147_483_646, archived: true },
    });
    expect([highest.status, highest.body.code]).toEqual([409, 'EDIT_CONFLICT']);
    expect(product.revision).toBe(1);
  });

  it('data nested thousands deep, with and without an Idempotency-Key', async () => {
    const lot = await createLotFixture(t.platform.ctx, a, farm);
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    for (const depth of [6_000, 30_000]) {
      const keyed: Record<string, string>[] = [{ 'idempotency-key': crypto.randomUUID() }, {}];
      for (const headers of keyed) {
        const response = await owner.request('POST', `/api/v1/lots/${lot.id}/records`, {
          rawBody: `{"stageId":"plant","data":{"note":${deep(depth)}}}`,
          headers,
        });
        expect([response.status, response.body.code], `${depth} deep`).toEqual([400, 'VALIDATION_FAILED']);
        expect(response.body.path).toMatch(/^\/data\/note(\/0)+$/);
        expect(response.body.detail).toContain('nests deeper than 100 levels');
      }
    }
    const fine = await owner.request('POST', `/api/v1/lots/${lot.id}/records`, {
      body: { stageId: 'plant', data: { plot: { id: farm.plotItemId, label: 'A-01' }, note: 'x' } },
      headers: { 'idempotency-key': crypto.randomUUID() },
    });
    expect(fine.status).toBe(201);
  });
});
