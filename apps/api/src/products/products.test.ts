import { randomUUID } from 'node:crypto';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileFixture } from '../testing/file-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { HttpAgent, signedInAgent } from '../testing/http-agent';
import { createProcessFixture } from '../testing/process-fixtures';
import { productBody } from '../testing/product-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('products on %s', (driver) => {
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

  const owner = (tenant: TenantFixture = a, lang: 'vi' | 'en' = 'en') =>
    signedInAgent(t.baseUrl, tenant.people.owner.login, PASSWORD, lang);
  const create = async (agent: HttpAgent, overrides: Record<string, unknown> = {}) =>
    agent.request('POST', '/api/v1/products', { body: productBody(overrides) });
  const productCount = async () =>
    Number(
      (
        await t.platform.ctx.db
          .selectFrom('products')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('registers a product with GTIN, images, certifications and a published process', async () => {
    const agent = await owner();
    const image = await createFileFixture(t.platform.ctx, a, { purpose: 'product_image' });
    const certificate = await createFileFixture(t.platform.ctx, a, { purpose: 'certificate' }, 'pdf');
    const process = await createProcessFixture(t.platform.ctx, a, { published: true });
    const certifications = [
      {
        kind: 'vietgap',
        number: 'VG-123',
        issuer: 'Trung tâm Chất lượng',
        validFrom: '2024-01-01',
        validTo: '2099-12-31',
        documentFileId: certificate.id,
      },
      {
        kind: 'organic',
        number: 'ORG-9',
        issuer: 'Control Union',
        validFrom: '2018-01-01',
        validTo: '2020-12-31',
        documentFileId: null,
      },
      {
        kind: 'ocop',
        stars: 4,
        number: 'OCOP-4',
        issuer: 'UBND tỉnh',
        validFrom: '2023-05-01',
        validTo: null,
        documentFileId: null,
      },
    ];
    const created = await create(agent, {
      gtin: '8938500000010',
      gs1CompanyPrefix: '893850',
      imageIds: [image.id],
      netQuantity: { value: 5, unit: 'kg' },
      shelfLifeDays: 365,
      province: 'thai-nguyen',
      certifications,
      processId: process.id,
      publicFields: ['name', 'images', 'certifications'],
    });
    expect(created.status).toBe(201);
    const p = created.body;
    expect([p.gtin, p.country, p.province, p.netQuantity, p.processId, p.revision]).toEqual([
      '08938500000010',
      'VN',
      'thai-nguyen',
      { value: 5, unit: 'kg' },
      process.id,
      1,
    ]);
    expect(p.certifications.map((c: { kind: string; expired: boolean }) => [c.kind, c.expired])).toEqual([
      ['vietgap', false],
      ['organic', true],
      ['ocop', false],
    ]);
    expect((await agent.request('GET', `/api/v1/products/${p.id}`)).body).toEqual(p);
  });

  it.each([
    ['96385074', '00000096385074'],
    ['036000291452', '00036000291452'],
    ['4006381333931', '04006381333931'],
    ['10614141000415', '10614141000415'],
  ])('stores GTIN %s as %s', async (gtin, stored) => {
    const response = await create(await owner(), { gtin });
    expect([response.status, response.body.gtin]).toEqual([201, stored]);
  });

  it('shows the expected check digit when a GTIN is wrong, in both languages', async () => {
    const en = await create(await owner(a, 'en'), { gtin: '4006381333932' });
    const vi = await create(await owner(a, 'vi'), { gtin: '4006381333932' });
    expect([en.status, en.body.code, en.body.path]).toEqual([400, 'GTIN_CHECK_DIGIT', '/gtin']);
    expect(en.body.detail).toContain('should be 1');
    expect(vi.body.detail).toContain('phải là 1');
  });

  describe('refuses bad input with a code and stores nothing', () => {
    const cases: [string, () => Promise<Record<string, unknown>>, number, string, string?][] = [
      ['a GTIN of 11 digits', async () => ({ gtin: '12345678901' }), 400, 'GTIN_FORMAT', '/gtin'],
      [
        'a GTIN outside its company prefix',
        async () => ({ gtin: '4006381333931', gs1CompanyPrefix: '893850' }),
        400,
        'GTIN_PREFIX_MISMATCH',
        '/gs1CompanyPrefix',
      ],
      [
        'an unknown unit',
        async () => ({ netQuantity: { value: 1, unit: 'bushel' } }),
        400,
        'UNKNOWN_UNIT',
        '/netQuantity/unit',
      ],
      [
        'a process never published',
        async () => ({ processId: (await createProcessFixture(t.platform.ctx, a)).id }),
        422,
        'PROCESS_NOT_PUBLISHED',
        '/processId',
      ],
      [
        "another tenant's process",
        async () => ({ processId: (await createProcessFixture(t.platform.ctx, b, { published: true })).id }),
        404,
        'NOT_FOUND',
        '/processId',
      ],
      [
        "another tenant's image",
        async () => ({ imageIds: [(await createFileFixture(t.platform.ctx, b)).id] }),
        422,
        'FILE_NOT_USABLE',
        '/imageIds/0',
      ],
      [
        'a PDF as an image',
        async () => ({
          imageIds: [(await createFileFixture(t.platform.ctx, a, { purpose: 'document' }, 'pdf')).id],
        }),
        422,
        'FILE_NOT_USABLE',
        '/imageIds/0',
      ],
      ['an unknown country', async () => ({ country: 'XX' }), 400, 'VALIDATION_FAILED', '/country'],
      [
        'a province outside Viet Nam',
        async () => ({ country: 'TH', province: 'ha-noi' }),
        400,
        'VALIDATION_FAILED',
        '/province',
      ],
      ['an unknown province', async () => ({ province: 'atlantis' }), 400, 'VALIDATION_FAILED'],
      ['an unknown product type', async () => ({ productType: 'caviar' }), 400, 'VALIDATION_FAILED'],
      [
        'an OCOP certificate without stars',
        async () => ({
          certifications: [
            {
              kind: 'ocop',
              number: '1',
              issuer: 'UBND',
              validFrom: '2024-01-01',
              validTo: null,
              documentFileId: null,
            },
          ],
        }),
        400,
        'VALIDATION_FAILED',
        '/certifications/0/stars',
      ],
      [
        'OCOP with 6 stars',
        async () => ({
          certifications: [
            {
              kind: 'ocop',
              stars: 6,
              number: '1',
              issuer: 'UBND',
              validFrom: '2024-01-01',
              validTo: null,
              documentFileId: null,
            },
          ],
        }),
        400,
        'VALIDATION_FAILED',
      ],
      [
        'a certificate ending before it starts',
        async () => ({
          certifications: [
            {
              kind: 'vietgap',
              number: '1',
              issuer: 'X',
              validFrom: '2024-01-01',
              validTo: '2023-01-01',
              documentFileId: null,
            },
          ],
        }),
        400,
        'VALIDATION_FAILED',
        '/certifications/0/validTo',
      ],
      [
        'a consumer field that does not exist',
        async () => ({ publicFields: ['name', 'costPrice'] }),
        400,
        'VALIDATION_FAILED',
      ],
    ];
    it.each(cases)('%s', async (_name, overrides, status, code, path) => {
      const agent = await owner();
      const before = await productCount();
      const response = await create(agent, await overrides());
      expect([response.status, response.body.code]).toEqual([status, code]);
      if (path) expect(response.body.path).toBe(path);
      expect(await productCount()).toBe(before);
    });

    it('a SKU already used in the tenant (not in another), a GTIN used anywhere on the platform', async () => {
      const agent = await owner();
      const first = await create(agent, { sku: 'NUOC-MAM-40N', gtin: '6291041500213' });
      expect(first.status).toBe(201);
      const sku = await create(agent, { sku: 'nuoc-mam-40n' });
      expect([sku.status, sku.body.code, sku.body.path]).toEqual([409, 'SKU_TAKEN', '/sku']);
      const gtin = await create(agent, { gtin: '06291041500213' });
      expect([gtin.status, gtin.body.code, gtin.body.path]).toEqual([409, 'GTIN_TAKEN', '/gtin']);
      const before = await productCount();
      const elsewhere = await create(await owner(b), { sku: 'NUOC-MAM-40N', gtin: '6291041500213' });
      expect([elsewhere.status, elsewhere.body.code, elsewhere.body.path]).toEqual([
        409,
        'GTIN_TAKEN',
        '/gtin',
      ]);
      // nothing tells the other tenant whose product holds it
      expect(JSON.stringify(elsewhere.body)).not.toContain(first.body.id);
      expect(await productCount()).toBe(before);
      const other = await create(await owner(b), { sku: 'NUOC-MAM-40N' });
      expect(other.status).toBe(201);
    });
  });

  it('edits at the revision read, refuses a stale edit, archives, searches and filters', async () => {
    const agent = await owner();
    const created = (
      await create(agent, { name: { vi: 'Chè Tân Cương Thái Nguyên', en: '' }, productType: 'tea' })
    ).body;
    const path = `/api/v1/products/${created.id}`;
    const edited = await agent.request('PATCH', path, { body: { revision: 1, shelfLifeDays: 540 } });
    expect([edited.status, edited.body.shelfLifeDays, edited.body.revision, edited.body.name.vi]).toEqual([
      200,
      540,
      2,
      'Chè Tân Cương Thái Nguyên',
    ]);
    const stale = await agent.request('PATCH', path, { body: { revision: 1, shelfLifeDays: 30 } });
    expect([stale.status, stale.body.code]).toEqual([409, 'EDIT_CONFLICT']);
    const badEdit = await agent.request('PATCH', path, { body: { revision: 2, gtin: '4006381333932' } });
    expect(badEdit.body.code).toBe('GTIN_CHECK_DIGIT');
    expect((await agent.request('GET', '/api/v1/products?q=che tan cuong')).body.total).toBe(1);
    expect((await agent.request('GET', '/api/v1/products?q=cuong&productType=rice')).body.total).toBe(0);
    const archived = await agent.request('PATCH', path, { body: { revision: 2, archived: true } });
    expect([archived.body.archived, archived.body.shelfLifeDays]).toEqual([true, 540]);
    expect((await agent.request('GET', '/api/v1/products?q=cuong')).body.total).toBe(0);
    expect((await agent.request('GET', '/api/v1/products?q=cuong&archived=true')).body.total).toBe(1);
    const clerk = new HttpAgent(t.baseUrl);
    await clerk.signIn(a.people.clerk.login, PASSWORD);
    expect((await clerk.request('GET', path)).status).toBe(200);
    expect((await clerk.request('PATCH', path, { body: { revision: 3, archived: false } })).status).toBe(403);
  });

  it('filters to the products a lot can start on: those whose process has a published version', async () => {
    const agent = await owner();
    const published = await createProcessFixture(t.platform.ctx, a, { published: true });
    // a product names only a published process (see "a process never published" above): a draft one is refused
    const draft = await createProcessFixture(t.platform.ctx, a, { published: false });
    const named = (word: string, processId: string | null) =>
      create(agent, { name: { vi: `Gạo lọcquytrinh ${word}`, en: '' }, processId });
    const ready = (await named('ready', published.id)).body;
    expect(ready.processId).toBe(published.id);
    expect((await named('draft', draft.id)).status).toBe(422);
    await named('none', null);
    await named('other', (await createProcessFixture(t.platform.ctx, a, { published: true })).id);
    // another tenant's product with a published process is never listed
    await create(await owner(b), {
      name: { vi: 'Gạo lọcquytrinh b', en: '' },
      processId: (await createProcessFixture(t.platform.ctx, b, { published: true })).id,
    });
    const list = async (query: string) =>
      (await agent.request('GET', `/api/v1/products?q=locquytrinh${query}`)).body as {
        total: number;
        items: { id: string; name: { vi: string } }[];
      };
    expect((await list('')).total).toBe(3);
    const withProcess = await list('&hasPublishedProcess=true&pageSize=1');
    expect([withProcess.total, withProcess.items.map((p) => p.name.vi)]).toEqual([
      2,
      ['Gạo lọcquytrinh other'],
    ]);
    expect((await list('&hasPublishedProcess=false')).items.map((p) => p.name.vi)).toEqual([
      'Gạo lọcquytrinh none',
    ]);
    const bad = await agent.request('GET', '/api/v1/products?hasPublishedProcess=yes');
    expect(bad.status).toBe(400);
    // the outputs a transformation of the published process's lots may make: its products only
    const ofProcess = await list(`&processId=${published.id}`);
    expect(ofProcess.items.map((p) => p.id)).toEqual([ready.id]);
    expect((await list(`&processId=${randomUUID()}`)).total).toBe(0);
    expect((await agent.request('GET', '/api/v1/products?processId=not-a-uuid')).status).toBe(400);
  });
});
