import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plotsCatalogBody } from '../testing/catalog-fixtures';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { type HttpAgent, signedInAgent } from '../testing/http-agent';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('catalogs on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    a = await createTenantFixture(t.platform.ctx, 'A');
  });
  afterAll(async () => {
    await t?.close();
  });

  const owner = (lang: 'vi' | 'en' = 'en') => signedInAgent(t.baseUrl, a.people.owner.login, PASSWORD, lang);

  async function plots(agent: HttpAgent) {
    const created = await agent.request('POST', '/api/v1/catalogs', { body: plotsCatalogBody() });
    expect(created.status).toBe(201);
    return created.body as { id: string; revision: number };
  }

  const plot = (code: string, name: string, area = 1) => ({ data: { code, name, area, crop: 'rice' } });

  it('defines a catalog whose items get a label from the label fields', async () => {
    const agent = await owner();
    const catalog = await plots(agent);
    const item = await agent.request('POST', `/api/v1/catalogs/${catalog.id}/items`, {
      body: plot('A-01', 'Đồng Bãi'),
    });
    expect([item.status, item.body.label, item.body.revision]).toEqual([201, 'A-01 · Đồng Bãi', 1]);
    const list = await agent.request('GET', '/api/v1/catalogs');
    const listed = list.body.items.find((c: { id: string }) => c.id === catalog.id);
    expect([listed.itemCount, listed.own, listed.labelFields]).toEqual([1, true, ['code', 'name']]);
  });

  it('searches without accents, filters by a field, sorts and pages', async () => {
    const agent = await owner();
    const catalog = await plots(agent);
    const base = `/api/v1/catalogs/${catalog.id}/items`;
    for (const [code, name] of [
      ['C-03', 'Đồng Cháy'],
      ['A-01', 'Bãi Giữa'],
      ['B-02', 'Đồng Sau'],
    ] as const) {
      await agent.request('POST', base, { body: plot(code, name) });
    }
    expect((await agent.request('GET', `${base}?q=dong`)).body.total).toBe(2);
    expect(
      (await agent.request('GET', `${base}?q=ĐỒNG sau`)).body.items.map((i: { label: string }) => i.label),
    ).toEqual(['B-02 · Đồng Sau']);
    expect((await agent.request('GET', `${base}?field=code&value=A-01`)).body.total).toBe(1);
    const page = await agent.request('GET', `${base}?sort=label&order=desc&page=2&pageSize=2`);
    expect([page.body.total, page.body.items.map((i: { label: string }) => i.label)]).toEqual([
      3,
      ['A-01 · Bãi Giữa'],
    ]);
    const wildcard = await agent.request('GET', `${base}?q=${encodeURIComponent('%_')}`);
    expect(wildcard.body.total).toBe(0);
  });

  it('keeps every change of an item in its history and refuses a stale edit', async () => {
    const agent = await owner();
    const catalog = await plots(agent);
    const base = `/api/v1/catalogs/${catalog.id}/items`;
    const item = (await agent.request('POST', base, { body: plot('A-01', 'Đồng Bãi') })).body;
    const edited = await agent.request('PATCH', `${base}/${item.id}`, {
      body: { revision: 1, data: { code: 'A-01', name: 'Đồng Bãi Mới', area: 0.7 } },
    });
    expect([edited.status, edited.body.label, edited.body.revision]).toEqual([200, 'A-01 · Đồng Bãi Mới', 2]);
    const stale = await agent.request('PATCH', `${base}/${item.id}`, {
      body: { revision: 1, archived: true },
    });
    expect([stale.status, stale.body.code]).toEqual([409, 'EDIT_CONFLICT']);
    const archived = await agent.request('PATCH', `${base}/${item.id}`, {
      body: { revision: 2, archived: true },
    });
    expect(archived.body.archived).toBe(true);
    expect((await agent.request('GET', base)).body.total).toBe(0);
    expect((await agent.request('GET', `${base}?archived=true`)).body.total).toBe(1);
    const history = await agent.request('GET', `${base}/${item.id}/history`);
    expect(
      history.body.items.map((h: { action: string; revision: number }) => [h.revision, h.action]),
    ).toEqual([
      [3, 'archived'],
      [2, 'updated'],
      [1, 'created'],
    ]);
    expect(history.body.items[2].data.name).toBe('Đồng Bãi');
    expect(history.body.items[0].changedBy.id).toBe(a.people.owner.id);
  });

  describe('refuses bad input with a code and stores nothing', () => {
    it('an item that fails its catalog form, with field errors in the caller language', async () => {
      const messages: string[] = [];
      for (const lang of ['vi', 'en'] as const) {
        const agent = await owner(lang);
        const catalog = await plots(agent);
        const response = await agent.request('POST', `/api/v1/catalogs/${catalog.id}/items`, {
          body: { data: { name: 'Không mã', area: -2, crop: 'coffee', extra: 1 } },
        });
        expect([response.status, response.body.code]).toEqual([422, 'CATALOG_ITEM_INVALID']);
        const paths = response.body.errors.map((e: { path: string }) => e.path);
        expect(paths).toEqual(
          expect.arrayContaining(['/data/code', '/data/area', '/data/crop', '/data/extra']),
        );
        messages.push(response.body.detail);
        expect((await agent.request('GET', `/api/v1/catalogs/${catalog.id}/items`)).body.total).toBe(0);
      }
      expect(messages[0]).toMatch(/[ăâđêôơư]/);
      expect(messages[0]).not.toEqual(messages[1]);
    });

    it('a catalog form the builder does not understand', async () => {
      const agent = await owner();
      const response = await agent.request('POST', '/api/v1/catalogs', {
        body: {
          ...plotsCatalogBody(),
          form: { schema: { type: 'object', properties: { a: { type: 'tuple' } } }, uiSchema: {} },
        },
      });
      expect([response.status, response.body.code]).toEqual([422, 'FORM_INVALID']);
    });

    it('a label field that is not a plain field of the form', async () => {
      const agent = await owner();
      const response = await agent.request('POST', '/api/v1/catalogs', {
        body: { ...plotsCatalogBody(), labelFields: ['nope'] },
      });
      expect([response.status, response.body.code, response.body.path]).toEqual([
        400,
        'VALIDATION_FAILED',
        '/labelFields/0',
      ]);
      const before = (await agent.request('GET', '/api/v1/catalogs')).body.items.length;
      expect(before).toBeGreaterThanOrEqual(0);
    });

    it('a stale catalog change', async () => {
      const agent = await owner();
      const catalog = await plots(agent);
      const first = await agent.request('PATCH', `/api/v1/catalogs/${catalog.id}`, {
        body: { revision: catalog.revision, shared: true },
      });
      expect(first.body.shared).toBe(true);
      const stale = await agent.request('PATCH', `/api/v1/catalogs/${catalog.id}`, {
        body: { revision: catalog.revision, name: { vi: 'Tên khác', en: '' } },
      });
      expect([stale.status, stale.body.code]).toEqual([409, 'EDIT_CONFLICT']);
      expect((await agent.request('GET', `/api/v1/catalogs/${catalog.id}`)).body.name.vi).toBe('Thửa ruộng');
    });
  });

  it("shows another tenant the sharing tenant's name in a shared item's history, never its staff", async () => {
    const b = await createTenantFixture(t.platform.ctx, 'B');
    const agent = await owner();
    const catalog = await plots(agent);
    await agent.request('PATCH', `/api/v1/catalogs/${catalog.id}`, {
      body: { revision: catalog.revision, shared: true },
    });
    const item = await agent.request('POST', `/api/v1/catalogs/${catalog.id}/items`, {
      body: plot('S-01', 'Đồng Chung'),
    });
    const path = `/api/v1/catalogs/${catalog.id}/items/${item.body.id}/history`;
    const own = await agent.request('GET', path);
    expect(own.body.items[0].changedBy).toEqual({ id: a.people.owner.id, name: expect.any(String) });
    const staffName = own.body.items[0].changedBy.name;
    const other = await signedInAgent(t.baseUrl, b.people.clerk.login, PASSWORD, 'en');
    const seen = await other.request('GET', path);
    expect(seen.status).toBe(200);
    expect(seen.body.items[0].changedBy).toEqual({ tenantId: a.id, name: a.name });
    expect(JSON.stringify(seen.body)).not.toContain(staffName);
    expect(JSON.stringify(seen.body)).not.toContain(a.people.owner.id);
  });
});
