import { saveScanSettings } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceKit, createTenantKit, type ServiceKit, type TenantKit } from '../testing';
import type { ScanInput } from '../trace/trace-ports';
import { createScanLedger } from './scan-ledger';

const browsers = ['chrome', 'safari', 'zalo', 'other'] as const;

/** Visits of one network more than the repeat window apart: each is counted (a reload within it is not). */
const visit = (first: Date | number, i: number) => new Date(new Date(first).getTime() + i * 31 * 60_000);

function scanOf(tenant: TenantKit, labelId: string, at: Date, overrides: Partial<ScanInput> = {}): ScanInput {
  return {
    labelId,
    tenantId: tenant.id,
    productId: null,
    lotId: null,
    at,
    networkHash: 'net-1',
    browser: 'chrome',
    language: 'vi',
    region: null,
    ...overrides,
  };
}

describe.each(await testDrivers())('scan ledger on %s', (driver) => {
  let kit: ServiceKit;
  let a: TenantKit;
  let b: TenantKit;
  const errors: unknown[] = [];

  beforeAll(async () => {
    kit = await createServiceKit(driver);
    a = await createTenantKit(kit.ctx, 'A');
    b = await createTenantKit(kit.ctx, 'B');
  });
  afterAll(async () => {
    await kit?.close();
  });

  const ledgerOf = () => createScanLedger(kit.ctx, { onFlushError: (error) => errors.push(error) });
  const labelRow = (serial: string) =>
    kit.ctx.db.selectFrom('scan_labels').selectAll().where('label_serial', '=', serial).executeTakeFirst();
  const rowCount = async (serial: string) =>
    Number(
      (
        await kit.ctx.db
          .selectFrom('scans')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('label_serial', '=', serial)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('1,000 counted scans over two Vietnamese days add up in rows, roll-ups and label figures', async () => {
    const ledger = ledgerOf();
    const start = Date.parse('2026-03-02T15:00:00Z'); // 22:00 in Vietnam: the 1,000 scans cross midnight there
    const labels = ['AAAAAAAAAAAA2', 'AAAAAAAAAAAA3', 'AAAAAAAAAAAA4', 'AAAAAAAAAAAA5'];
    for (const label of labels) await ledger.warm(label, a.id);
    let last = { count: 0 };
    for (let i = 0; i < 1000; i += 1) {
      const label = labels[i % 4] ?? '';
      last = ledger.count(
        scanOf(a, label, new Date(start + i * 15_000), {
          productId: i % 2 === 0 ? a.id : null,
          browser: browsers[i % 4],
          networkHash: `net-${i}`,
        }),
      );
    }
    expect(last.count).toBe(250);
    await ledger.close();
    expect(ledger.bufferedScans()).toBe(0);
    for (const label of labels) {
      expect(await rowCount(label)).toBe(250);
      expect(await labelRow(label)).toMatchObject({ scans: '250', tenant_id: a.id });
    }
    const days = await kit.ctx.db
      .selectFrom('scan_days')
      .select([
        'scans',
        'product_id',
        (eb) => eb.fn<string>('to_char', [eb.ref('day'), eb.val('YYYY-MM-DD')]).as('day'),
      ])
      .where('tenant_id', '=', a.id)
      .orderBy('day')
      .orderBy('product_id')
      .execute();
    // From 22:00 every 15 s: 480 scans before midnight in Vietnam, 520 after.
    expect(days).toEqual([
      { day: '2026-03-02', product_id: a.id, scans: '240' },
      { day: '2026-03-02', product_id: null, scans: '240' },
      { day: '2026-03-03', product_id: a.id, scans: '260' },
      { day: '2026-03-03', product_id: null, scans: '260' },
    ]);
    const first = await labelRow(labels[0] ?? '');
    expect(first?.first_at.toISOString()).toBe('2026-03-02T15:00:00.000Z');
    expect(first?.last_at.toISOString()).toBe(new Date(start + 996 * 15_000).toISOString());
  });

  it('two ledgers (two API replicas) on one database add up; a warm read shows the stored figures', async () => {
    const serial = 'BBBBBBBBBBBB2';
    const one = ledgerOf();
    const two = ledgerOf();
    await Promise.all([one.warm(serial, a.id), two.warm(serial, a.id)]);
    const at = new Date('2026-03-02T01:00:00Z');
    for (let i = 0; i < 30; i += 1) one.count(scanOf(a, serial, visit(at, i)));
    for (let i = 0; i < 12; i += 1) two.count(scanOf(a, serial, visit(at, i), { networkHash: 'net-2' }));
    await Promise.all([one.flush(), two.flush()]);
    expect(await labelRow(serial)).toMatchObject({ scans: '42' });
    await Promise.all([one.close(), two.close()]);
    const restarted = ledgerOf();
    await restarted.warm(serial, a.id);
    expect(restarted.count(scanOf(a, serial, new Date('2026-03-03T12:00:00Z')))).toEqual({
      count: 43,
      firstAt: '2026-03-02T01:00:00.000Z',
      warnings: [],
    });
    await restarted.close();
    expect(await labelRow(serial)).toMatchObject({ scans: '43' });
  });

  it('trips scan_count past the owner’s threshold and spread over many networks, and stores why and when', async () => {
    await saveScanSettings(kit.ctx.db, {
      tenantId: b.id,
      columns: { count_threshold: 5, spread_networks: 3, spread_regions: 2, spread_hours: 1 },
      by: b.userIds.owner,
      now: kit.ctx.now(),
    });
    const ledger = ledgerOf();
    const counted = 'CCCCCCCCCCCC2';
    const spread = 'CCCCCCCCCCCC3';
    await ledger.warm(counted, b.id);
    await ledger.warm(spread, b.id);
    const at = Date.parse('2026-03-02T01:00:00Z');
    const counts = Array.from({ length: 6 }, (_, i) => ledger.count(scanOf(b, counted, visit(at, i))));
    expect(counts[4]?.warnings).toEqual([]);
    expect(counts[5]?.warnings).toEqual(['scan_count']);
    // Two networks an hour apart, then a third and fourth inside one hour: the window is one hour.
    expect(ledger.count(scanOf(b, spread, new Date(at), { networkHash: 'n1' })).warnings).toEqual([]);
    expect(ledger.count(scanOf(b, spread, new Date(at + 3_600_000), { networkHash: 'n2' })).warnings).toEqual(
      [],
    );
    expect(ledger.count(scanOf(b, spread, new Date(at + 3_700_000), { networkHash: 'n3' })).warnings).toEqual(
      [],
    );
    expect(ledger.count(scanOf(b, spread, new Date(at + 3_800_000), { networkHash: 'n4' })).warnings).toEqual(
      ['spread'],
    );
    await ledger.close();
    expect(await labelRow(counted)).toMatchObject({ count_threshold: 5, spread_flagged_at: null });
    expect((await labelRow(counted))?.count_flagged_at?.toISOString()).toBe(visit(at, 5).toISOString());
    expect(await labelRow(spread)).toMatchObject({ spread_networks: 3, spread_regions: 0, spread_hours: 1 });
    // After a restart the flag is still there, read from the store.
    const restarted = ledgerOf();
    await restarted.warm(spread, b.id);
    expect(restarted.count(scanOf(b, spread, new Date(at + 90_000_000))).warnings).toEqual(['spread']);
    await restarted.close();
  });

  it('a reload within 30 minutes from the same network is logged and counted nowhere: no prankster trips the warning', async () => {
    await saveScanSettings(kit.ctx.db, {
      tenantId: b.id,
      columns: { count_threshold: 5, spread_networks: 10, spread_regions: 3, spread_hours: 24 },
      by: b.userIds.owner,
      now: kit.ctx.now(),
    });
    const ledger = ledgerOf();
    const serial = 'RRRRRRRRRRRR2';
    await ledger.warm(serial, b.id);
    const at = Date.parse('2026-03-04T01:00:00Z');
    // one visitor reloads 100 times in 25 minutes, another scans once in between
    let shown = ledger.count(scanOf(b, serial, new Date(at), { networkHash: 'prankster' }));
    for (let i = 1; i < 100; i += 1)
      shown = ledger.count(scanOf(b, serial, new Date(at + i * 15_000), { networkHash: 'prankster' }));
    expect(shown).toEqual({ count: 1, firstAt: new Date(at).toISOString(), warnings: [] });
    expect(ledger.count(scanOf(b, serial, new Date(at + 60_000), { networkHash: 'buyer' })).count).toBe(2);
    // back after the window: a new visit
    expect(
      ledger.count(scanOf(b, serial, new Date(at + 30 * 60_000), { networkHash: 'prankster' })).count,
    ).toBe(3);
    await ledger.close();
    expect(await rowCount(serial)).toBe(102);
    expect(await labelRow(serial)).toMatchObject({ scans: '3', count_flagged_at: null });
    const repeats = await kit.ctx.db
      .selectFrom('scans')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('label_serial', '=', serial)
      .where('repeat', '=', true)
      .executeTakeFirstOrThrow();
    expect(Number(repeats.n)).toBe(99);
    const day = await kit.ctx.db
      .selectFrom('scan_days')
      .select('scans')
      .where('tenant_id', '=', b.id)
      .where('day', '=', '2026-03-04')
      .executeTakeFirstOrThrow();
    expect(day.scans).toBe('3');
    // a restarted ledger reads the counted scans back and still knows the prankster's last visit
    const restarted = ledgerOf();
    await restarted.warm(serial, b.id);
    expect(
      restarted.count(scanOf(b, serial, new Date(at + 31 * 60_000), { networkHash: 'prankster' })).count,
    ).toBe(3);
    await restarted.close();
  });

  it('warmAtOnce: no for a label not held; yes for one held, a stale one read again in the background', async () => {
    const serial = 'BBBBBBBBBBBB3';
    // every read is stale at once (refreshMs 0): the held label is read again behind each scan
    const reader = createScanLedger(kit.ctx, { refreshMs: 0, onFlushError: (error) => errors.push(error) });
    const other = ledgerOf();
    expect(reader.warmAtOnce(serial, a.id)).toBe(false);
    await reader.warm(serial, a.id);
    await other.warm(serial, a.id);
    for (let i = 0; i < 5; i += 1)
      other.count(scanOf(a, serial, visit(Date.parse('2026-03-01T01:00:00Z'), i)));
    await other.flush();
    expect(reader.warmAtOnce(serial, a.id)).toBe(true);
    // not waited for: this scan is counted on what the reader held (none of the other's five)
    expect(
      reader.count(scanOf(a, serial, new Date('2026-03-02T01:00:00Z'), { networkHash: 'net-8' })).count,
    ).toBe(1);
    // a flush runs after the read it started (one at a time): then the other replica's five show
    await reader.flush();
    expect(
      reader.count(scanOf(a, serial, new Date('2026-03-02T01:00:00Z'), { networkHash: 'net-9' })).count,
    ).toBe(7);
    await Promise.all([reader.close(), other.close()]);
  });

  it('close() writes what is buffered; a scan counted without warm is still stored', async () => {
    const ledger = ledgerOf();
    ledger.count(scanOf(a, 'DDDDDDDDDDDD2', new Date('2026-03-02T01:00:00Z')));
    expect(ledger.bufferedScans()).toBe(1);
    expect(await rowCount('DDDDDDDDDDDD2')).toBe(0);
    await ledger.close();
    expect(await rowCount('DDDDDDDDDDDD2')).toBe(1);
  });

  it('stores a scan whose browser, region or network the table would refuse, as other / unknown, not losing the batch', async () => {
    const ledger = ledgerOf();
    const at = new Date('2026-03-02T01:00:00Z');
    ledger.count(
      scanOf(a, 'HHHHHHHHHHHH2', at, { browser: 'opera-mini', region: 'r'.repeat(41), networkHash: '' }),
    );
    ledger.count(scanOf(a, 'HHHHHHHHHHHH2', at));
    await ledger.close();
    const rows = await kit.ctx.db
      .selectFrom('scans')
      .select(['browser', 'region', 'network_hash'])
      .where('label_serial', '=', 'HHHHHHHHHHHH2')
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { browser: 'other', region: null, network_hash: '-' },
      { browser: 'chrome', region: null, network_hash: 'net-1' },
    ]);
  });

  it('flushes on its own after the interval, off the request path', async () => {
    const ledger = createScanLedger(kit.ctx, {
      flushIntervalMs: 20,
      onFlushError: (error) => errors.push(error),
    });
    ledger.count(scanOf(a, 'EEEEEEEEEEEE2', new Date('2026-03-02T01:00:00Z')));
    await expect.poll(() => rowCount('EEEEEEEEEEEE2'), { timeout: 5000 }).toBe(1);
    await ledger.close();
  });

  it('a flush failure (the database closed) never throws into count(); the scans wait for a retry', async () => {
    const doomed = await createServiceKit(driver);
    const tenant = await createTenantKit(doomed.ctx, 'C');
    const failures: unknown[] = [];
    const ledger = createScanLedger(doomed.ctx, { onFlushError: (error) => failures.push(error) });
    await ledger.warm('FFFFFFFFFFFF2', tenant.id);
    await doomed.close();
    const at = new Date('2026-03-02T01:00:00Z');
    expect(ledger.count(scanOf(tenant, 'FFFFFFFFFFFF2', at)).count).toBe(1);
    await ledger.flush();
    expect(failures).toHaveLength(1);
    expect(ledger.count(scanOf(tenant, 'FFFFFFFFFFFF2', visit(at, 1))).count).toBe(2);
    expect(ledger.bufferedScans()).toBe(2);
    await ledger.close();
    expect(failures).toHaveLength(2);
  });

  it('counts fast: count() is synchronous and touches no database', async () => {
    const ledger = createScanLedger(kit.ctx, { flushIntervalMs: 60_000, flushRows: 1_000_000 });
    const labels = Array.from({ length: 1000 }, (_, i) => `G${String(i).padStart(12, '0')}`);
    const at = new Date('2026-03-02T01:00:00Z');
    const started = process.hrtime.bigint();
    const total = 200_000;
    for (let i = 0; i < total; i += 1)
      ledger.count(scanOf(a, labels[i % 1000] ?? '', at, { networkHash: `n${i % 7}` }));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    console.info(
      `scan ledger count(): ${Math.round(total / seconds).toLocaleString('en')} ops/s on ${driver}`,
    );
    expect(ledger.bufferedScans()).toBe(total);
    // Not written: close() would store 200k rows; this measurement is about count() only.
    expect(errors).toEqual([]);
  });
});
