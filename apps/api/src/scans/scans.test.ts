import { testDrivers } from '@nguon/db/testing';
import { createProduct, createScanLedger, type ScanInput } from '@nguon/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantFixture, ownerPrincipal, PASSWORD, type TenantFixture } from '../testing/fixtures';
import { signedInAgent } from '../testing/http-agent';
import { createFarmFixture, createLotFixture } from '../testing/lot-fixtures';
import { startTestPlatform, type TestPlatform } from '../testing/test-platform';

const drivers = await testDrivers();

describe.each(drivers)('scan statistics API on %s', (driver) => {
  let t: TestPlatform;
  let a: TenantFixture;
  let b: TenantFixture;
  let lot: { id: string; code: string };
  let productId: string;
  let formulaProductId: string;

  const scan = (
    tenant: TenantFixture,
    labelId: string,
    at: string,
    extra: Partial<ScanInput> = {},
  ): ScanInput => ({
    labelId,
    tenantId: tenant.id,
    productId: null,
    lotId: null,
    at: new Date(at),
    networkHash: 'net-a',
    browser: 'zalo',
    language: 'vi',
    region: null,
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestPlatform(driver);
    const ctx = t.platform.ctx;
    a = await createTenantFixture(ctx, 'A');
    b = await createTenantFixture(ctx, 'B');
    const farm = await createFarmFixture(ctx, a);
    productId = farm.productId;
    const made = await createLotFixture(ctx, a, farm);
    lot = { id: made.id, code: made.code };
    formulaProductId = (
      await createProduct(ctx, ownerPrincipal(a), {
        name: { vi: '=HYPERLINK("http://x.test","Gạo")', en: '=HYPERLINK("http://x.test","Rice")' },
        sku: 'FORMULA-1',
        productType: 'rice',
      })
    ).id;
    // Scans written as the resolver would count them: through a ledger, flushed on close.
    const ledger = createScanLedger(ctx);
    const copied = 'KKKKKKKKKKKK2';
    await ledger.warm(copied, a.id);
    for (let i = 0; i < 55; i += 1)
      ledger.count(
        scan(a, copied, '2026-03-02T03:00:00Z', { productId, lotId: lot.id, networkHash: `net-${i}` }),
      );
    // 23:30 on 2 March in Vietnam is 16:30 UTC; 00:30 on 3 March is 17:30 UTC.
    ledger.count(scan(a, 'KKKKKKKKKKKK3', '2026-03-02T16:30:00Z', { productId: formulaProductId }));
    // the same network 5 minutes later: a reload, logged and counted nowhere
    ledger.count(scan(a, 'KKKKKKKKKKKK3', '2026-03-02T16:35:00Z', { productId: formulaProductId }));
    ledger.count(scan(a, 'KKKKKKKKKKKK3', '2026-03-02T17:30:00Z', { productId: formulaProductId }));
    for (const [i, region] of ['ha-noi', 'hue', 'can-tho'].entries())
      ledger.count(scan(a, 'KKKKKKKKKKKK4', `2026-03-05T0${i}:00:00Z`, { region, networkHash: `n${i}` }));
    ledger.count(scan(b, 'LLLLLLLLLLLL2', '2026-03-02T03:00:00Z'));
    await ledger.close();
  });
  afterAll(async () => {
    await t?.close();
  });

  const as = (
    tenant: TenantFixture,
    role: 'owner' | 'clerk' | 'viewer' = 'owner',
    lang: 'vi' | 'en' = 'en',
  ) => signedInAgent(t.baseUrl, tenant.people[role].login, PASSWORD, lang);
  const march = '/api/v1/scan-statistics?from=2026-03-01&to=2026-03-31';

  it('answers a period’s series, products, lots, top and suspicious labels with why', async () => {
    const response = await (await as(a)).request('GET', march);
    expect(response.status).toBe(200);
    const stats = response.body;
    expect(stats.total).toBe(60);
    expect(stats.days).toHaveLength(31);
    expect(stats.days.slice(0, 5)).toEqual([
      { day: '2026-03-01', scans: 0 },
      { day: '2026-03-02', scans: 56 },
      { day: '2026-03-03', scans: 1 },
      { day: '2026-03-04', scans: 0 },
      { day: '2026-03-05', scans: 3 },
    ]);
    expect(stats.byProduct).toEqual([
      { product: { id: productId, name: { vi: 'Lúa ST25', en: 'ST25 paddy' } }, scans: 55 },
      { product: null, scans: 3 },
      { product: { id: formulaProductId, name: expect.any(Object) }, scans: 2 },
    ]);
    expect(stats.byLot).toEqual([
      { lot, product: { id: productId, name: { vi: 'Lúa ST25', en: 'ST25 paddy' } }, scans: 55 },
    ]);
    expect(
      stats.topLabels.map((l: { serial: string; periodScans: number }) => [l.serial, l.periodScans]),
    ).toEqual([
      ['KKKKKKKKKKKK2', 55],
      ['KKKKKKKKKKKK4', 3],
      ['KKKKKKKKKKKK3', 2],
    ]);
    const suspicious = Object.fromEntries(
      stats.suspicious.map((l: { serial: string; flags: unknown[] }) => [l.serial, l.flags]),
    );
    expect(suspicious).toEqual({
      KKKKKKKKKKKK2: [
        { kind: 'scan_count', at: '2026-03-02T03:00:00.000Z', threshold: 50 },
        { kind: 'spread', at: '2026-03-02T03:00:00.000Z', networks: 10, regions: 0, hours: 24 },
      ],
      KKKKKKKKKKKK4: [{ kind: 'spread', at: '2026-03-05T02:00:00.000Z', networks: 3, regions: 3, hours: 24 }],
    });
  });

  it('never shows one tenant the scans of another', async () => {
    const stats = (await (await as(b)).request('GET', march)).body;
    expect([stats.total, stats.topLabels.map((l: { serial: string }) => l.serial), stats.suspicious]).toEqual(
      [1, ['LLLLLLLLLLLL2'], []],
    );
    const csv = (await (await as(b)).request('GET', '/api/v1/scans.csv?from=2026-03-01&to=2026-03-31')).body;
    expect(csv).not.toContain('KKKKKKKKKKKK');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
  });

  it('exports the period’s scans as CSV in time order, cells a spreadsheet would run neutralised', async () => {
    const response = await (await as(a, 'viewer')).request(
      'GET',
      '/api/v1/scans.csv?from=2026-03-02&to=2026-03-02',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('luot-quet-2026-03-02-2026-03-02.csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('at,day,label_serial,product,lot,browser,language,region,network_hash,repeat');
    // 2 March in Vietnam: the 55 scans at 10:00, the one at 23:30 and its reload, not the one after midnight.
    expect(lines).toHaveLength(58);
    expect(lines[1]).toBe(
      `2026-03-02T03:00:00.000Z,2026-03-02,KKKKKKKKKKKK2,Lúa ST25,${lot.code},zalo,vi,,net-0,no`,
    );
    expect(lines[56]).toBe(
      `2026-03-02T16:30:00.000Z,2026-03-02,KKKKKKKKKKKK3,"'=HYPERLINK(""http://x.test"",""Gạo"")",,zalo,vi,,net-a,no`,
    );
    expect(lines[57]).toMatch(/^2026-03-02T16:35:00.000Z,.*,net-a,yes$/);
  });

  it('reads the defaults, lets the owner change the settings, and refuses clerks', async () => {
    const owner = await as(a);
    expect((await owner.request('GET', '/api/v1/scan-settings')).body).toEqual({
      countThreshold: 50,
      spreadNetworks: 10,
      spreadRegions: 3,
      spreadHours: 24,
      customized: false,
      updatedAt: null,
    });
    const body = { countThreshold: 200, spreadNetworks: 20, spreadRegions: 5, spreadHours: 48 };
    const put = await owner.request('PUT', '/api/v1/scan-settings', { body });
    expect([put.status, put.body.customized, put.body.countThreshold]).toEqual([200, true, 200]);
    const viewer = await as(a, 'viewer');
    expect((await viewer.request('GET', '/api/v1/scan-settings')).body).toMatchObject(body);
    expect((await viewer.request('PUT', '/api/v1/scan-settings', { body })).status).toBe(403);
    const clerk = await as(a, 'clerk');
    for (const [method, path] of [
      ['GET', march],
      ['GET', '/api/v1/scans.csv?from=2026-03-01&to=2026-03-31'],
      ['GET', '/api/v1/scan-settings'],
      ['PUT', '/api/v1/scan-settings'],
    ] as const) {
      const refused = await clerk.request(method, path, method === 'PUT' ? { body } : {});
      expect([path, refused.status, refused.body.code]).toEqual([path, 403, 'FORBIDDEN']);
    }
    // B's settings are its own.
    expect((await (await as(b)).request('GET', '/api/v1/scan-settings')).body.customized).toBe(false);
  });

  const badSettings: [string, Record<string, unknown>, string][] = [
    ['a threshold of 0', { countThreshold: 0 }, '/countThreshold'],
    ['one network', { spreadNetworks: 1 }, '/spreadNetworks'],
    ['a window of 721 hours', { spreadHours: 721 }, '/spreadHours'],
    ['a fractional threshold', { countThreshold: 2.5 }, '/countThreshold'],
    ['a number as text', { spreadRegions: '3' }, '/spreadRegions'],
    ['an unknown field', { colour: 'red' }, '/colour'],
  ];
  it.each(badSettings)('refuses settings with %s, changing nothing', async (_name, change, path) => {
    const body = { countThreshold: 50, spreadNetworks: 10, spreadRegions: 3, spreadHours: 24, ...change };
    const response = await (await as(b)).request('PUT', '/api/v1/scan-settings', { body });
    expect([response.status, response.body.code, response.body.path]).toEqual([
      400,
      'VALIDATION_FAILED',
      path,
    ]);
  });

  const badPeriods: [string, string, number, string, string, string][] = [
    [
      'from=2026-02-30&to=2026-03-01',
      'a date that does not exist',
      400,
      'SCAN_PERIOD_BAD_DATE',
      '“2026-02-30” is not a real date',
      '“2026-02-30” không phải là một ngày có thật',
    ],
    [
      'from=2026-03-01&to=31/03/2026',
      'a date written another way',
      400,
      'SCAN_PERIOD_BAD_DATE',
      '“31/03/2026” is not a real date',
      'NNNN-TT-NN',
    ],
    [
      'from=2026-03-31&to=2026-03-01',
      'an end before the start',
      422,
      'SCAN_PERIOD_REVERSED',
      'The end date 2026-03-01 comes before the start date 2026-03-31',
      'đứng trước ngày bắt đầu',
    ],
    [
      'from=2025-01-01&to=2026-03-01',
      'more than 366 days',
      422,
      'SCAN_PERIOD_TOO_LONG',
      'The period is 425 days long; at most 366',
      'tối đa 366 ngày',
    ],
    ['from=2026-03-01', 'no end', 400, 'VALIDATION_FAILED', '', ''],
    ['from=2026-03-01&to=2026-03-02&x=1', 'an unknown parameter', 400, 'VALIDATION_FAILED', '', ''],
  ];
  it.each(badPeriods)('refuses %s (%s) in both languages', async (query, _name, status, code, en, vi) => {
    for (const path of [`/api/v1/scan-statistics?${query}`, `/api/v1/scans.csv?${query}`]) {
      const english = await (await as(a, 'owner', 'en')).request('GET', path);
      const vietnamese = await (await as(a, 'owner', 'vi')).request('GET', path);
      expect([english.status, english.body.code, vietnamese.status]).toEqual([status, code, status]);
      expect(english.body.detail).toContain(en);
      expect(vietnamese.body.detail).toContain(vi);
    }
  });
});
