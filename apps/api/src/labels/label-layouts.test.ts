import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { signedInAgent } from '../testing/http-agent';
import { expectNothingStored } from '../testing/storage-snapshot';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

const sheet = (overrides: Record<string, unknown> = {}) => ({
  name: 'Tem hũ mật ong 63,5 × 38,1',
  pageWidthMm: 210,
  pageHeightMm: 297,
  labelWidthMm: 63.5,
  labelHeightMm: 38.1,
  columns: 3,
  rows: 7,
  marginTopMm: 15.15,
  marginLeftMm: 7.25,
  gapXMm: 2.5,
  gapYMm: 0,
  ...overrides,
});

describe.each(drivers)('label layouts API on %s', (driver) => {
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
  const place = () => ({ db: t.platform.ctx.db, filesDir: t.filesDir });

  it('lists built-ins, saves, changes and archives a layout', async () => {
    const agent = await owner();
    const list = await agent.request('GET', '/api/v1/label-layouts');
    expect(list.status).toBe(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toContain('a4-3x8-70x37');
    const created = await agent.request('POST', '/api/v1/label-layouts', { body: sheet() });
    expect([
      created.status,
      created.body.builtIn,
      created.body.labelsPerPage,
      created.body.qrReadable,
    ]).toEqual([201, false, 21, true]);
    const path = `/api/v1/label-layouts/${created.body.id}`;
    const changed = await agent.request('PATCH', path, { body: { rows: 6 } });
    expect([changed.status, changed.body.labelsPerPage, changed.body.name.vi]).toEqual([
      200,
      18,
      sheet().name,
    ]);
    expect((await agent.request('DELETE', path)).status).toBe(204);
    expect((await agent.request('DELETE', path)).status).toBe(404);
    const after = await agent.request('GET', '/api/v1/label-layouts');
    expect(after.body.items.some((item: { id: string }) => item.id === created.body.id)).toBe(false);
  });

  const refusals: [string, Record<string, unknown>, number, string, string][] = [
    ['a fourth column off the page', { columns: 4 }, 422, 'LABEL_LAYOUT_DOES_NOT_FIT', '/columns'],
    [
      'a label too short for the QR',
      { labelHeightMm: 14, rows: 7 },
      422,
      'LABEL_QR_TOO_SMALL',
      '/labelHeightMm',
    ],
    ['a fractional row count', { rows: 6.5 }, 400, 'VALIDATION_FAILED', '/rows'],
    ['a negative margin', { marginTopMm: -1 }, 400, 'VALIDATION_FAILED', '/marginTopMm'],
    ['a label of zero width', { labelWidthMm: 0 }, 400, 'VALIDATION_FAILED', '/labelWidthMm'],
    ['an empty name', { name: '' }, 400, 'VALIDATION_FAILED', '/name'],
    ['a name of 81 characters', { name: 'x'.repeat(81) }, 400, 'VALIDATION_FAILED', '/name'],
    ['an unknown field', { colour: 'red' }, 400, 'VALIDATION_FAILED', '/colour'],
    ['a number as text', { rows: '7' }, 400, 'VALIDATION_FAILED', '/rows'],
  ];
  it.each(refusals)(
    'refuses %s with a coded answer, storing nothing',
    async (_n, overrides, status, code, at) => {
      const agent = await owner();
      const response = await expectNothingStored(place(), code, () =>
        agent.request('POST', '/api/v1/label-layouts', {
          body: sheet({ name: `Tem ${code}`, ...overrides }),
        }),
      );
      expect([response.status, response.body.code]).toEqual([status, code]);
      expect(JSON.stringify(response.body)).toContain(at);
    },
  );

  it('tells the owner the numbers, in Vietnamese and in English', async () => {
    const body = sheet({ name: 'Quá rộng', columns: 4 });
    const en = await (await owner(a, 'en')).request('POST', '/api/v1/label-layouts', { body });
    const vi = await (await owner(a, 'vi')).request('POST', '/api/v1/label-layouts', { body });
    expect(en.body.detail).toContain('need 268.75 mm but the page has 210 mm');
    expect(vi.body.detail).toContain('cần 268,75 mm nhưng trang chỉ có 210 mm');
    const small = await (await owner(a, 'vi')).request('POST', '/api/v1/label-layouts', {
      body: sheet({ name: 'Quá thấp', labelHeightMm: 14 }),
    });
    expect(small.body.detail).toContain('ít nhất 0,4 mm');
  });

  it('refuses a name the account already uses', async () => {
    const agent = await owner();
    expect(
      (await agent.request('POST', '/api/v1/label-layouts', { body: sheet({ name: 'Trùng' }) })).status,
    ).toBe(201);
    const again = await expectNothingStored(place(), 'same name', () =>
      agent.request('POST', '/api/v1/label-layouts', { body: sheet({ name: 'trùng' }) }),
    );
    expect([again.status, again.body.code, again.body.path]).toEqual([
      409,
      'LABEL_LAYOUT_NAME_TAKEN',
      '/name',
    ]);
  });

  it("cannot see, change or archive another account's layout", async () => {
    const mine = await (await owner(a)).request('POST', '/api/v1/label-layouts', {
      body: sheet({ name: 'Của A' }),
    });
    const other = await owner(b);
    const path = `/api/v1/label-layouts/${mine.body.id}`;
    for (const [method, body] of [
      ['PATCH', { rows: 1 }],
      ['DELETE', undefined],
    ] as const) {
      const response = await expectNothingStored(place(), `${method} as B`, () =>
        other.request(method, path, { body }),
      );
      expect([response.status, response.body.code]).toEqual([404, 'NOT_FOUND']);
    }
    const list = await other.request('GET', '/api/v1/label-layouts');
    expect(list.body.items.some((item: { id: string }) => item.id === mine.body.id)).toBe(false);
  });
});
