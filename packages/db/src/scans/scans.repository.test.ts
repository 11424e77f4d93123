import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTenant } from '../tenants/tenants.repository';
import { createTestDatabase, type TestDatabase, testDrivers } from '../testing/test-database';
import { insertScans, type NewScan } from './scans.repository';

const drivers = await testDrivers();

describe.each(drivers)('storing scans on %s', (driver) => {
  let t: TestDatabase;
  let tenantId: string;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    tenantId = randomUUID();
    await insertTenant(t.db, {
      id: tenantId,
      name: 'HTX A',
      kind: 'coop',
      address: 'Xã A',
      province: 'lao-cai',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const scan = (labelSerial: string, overrides: Partial<NewScan> = {}): NewScan => ({
    tenantId,
    labelSerial,
    productId: null,
    lotId: null,
    at: new Date('2026-12-06T01:02:03.456Z'),
    networkHash: 'ab'.repeat(32),
    browser: 'chrome',
    language: 'vi',
    region: null,
    repeat: false,
    ...overrides,
  });
  const stored = (serials: string[]) =>
    t.db
      .selectFrom('scans')
      .select(['label_serial', 'at', 'network_hash', 'region', 'lot_id', 'repeat'])
      .where('label_serial', 'in', serials)
      .orderBy('label_serial')
      .execute();

  it('stores a batch by COPY, nulls and times as given', async () => {
    await insertScans(t.db, [scan('COPY1', { region: 'VN-CT' }), scan('COPY2', { repeat: true })]);
    expect(await stored(['COPY1', 'COPY2'])).toEqual([
      {
        label_serial: 'COPY1',
        at: new Date('2026-12-06T01:02:03.456Z'),
        network_hash: 'ab'.repeat(32),
        region: 'VN-CT',
        lot_id: null,
        repeat: false,
      },
      {
        label_serial: 'COPY2',
        at: new Date('2026-12-06T01:02:03.456Z'),
        network_hash: 'ab'.repeat(32),
        region: null,
        lot_id: null,
        repeat: true,
      },
    ]);
  });

  it('stores values COPY would misread (a tab, a backslash, \\N) exactly, by INSERT', async () => {
    const odd = ['tab\there', 'back\\slash', '\\N'];
    await insertScans(
      t.db,
      odd.map((hash, i) => scan(`ODD${i}`, { networkHash: hash })),
    );
    expect((await stored(['ODD0', 'ODD1', 'ODD2'])).map((row) => row.network_hash)).toEqual(odd);
  });

  it("a tenant's deletion takes its scans and no one else's", async () => {
    const gone = randomUUID();
    await insertTenant(t.db, { id: gone, name: 'HTX B', kind: 'coop', address: 'Xã B', province: 'lao-cai' });
    await insertScans(t.db, [
      scan('GONE1', { tenantId: gone }),
      scan('GONE2', { tenantId: gone }),
      scan('KEPT1'),
    ]);
    await t.db.deleteFrom('tenants').where('id', '=', gone).execute();
    expect((await stored(['GONE1', 'GONE2', 'KEPT1'])).map((row) => row.label_serial)).toEqual(['KEPT1']);
  });
});
