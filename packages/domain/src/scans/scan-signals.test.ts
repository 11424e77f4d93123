import { describe, expect, it } from 'vitest';
import {
  defaultScanSignalSettings,
  isRepeatScan,
  type RecentScan,
  repeatScanWindowMs,
  scanCountTrips,
  scanSettingsFault,
  spreadFigures,
  spreadTrips,
} from './scan-signals';

const hour = 3_600_000;
const now = Date.parse('2026-03-02T10:00:00Z');
const scan = (hoursAgo: number, networkHash: string, region: string | null = null): RecentScan => ({
  atMs: now - hoursAgo * hour,
  networkHash,
  region,
});

describe('scan_count signal', () => {
  it.each([
    { count: 0, threshold: 50, trips: false },
    { count: 50, threshold: 50, trips: false },
    { count: 51, threshold: 50, trips: true },
    { count: 2, threshold: 1, trips: true },
    { count: 100_000, threshold: 1_000_000, trips: false },
  ])('$count scans against threshold $threshold trips: $trips', ({ count, threshold, trips }) => {
    expect(scanCountTrips(count, { countThreshold: threshold })).toBe(trips);
  });
});

describe('spread signal', () => {
  const settings = { ...defaultScanSignalSettings, spreadNetworks: 3, spreadRegions: 2, spreadHours: 24 };
  it.each([
    { name: 'no scans', recent: [], networks: 0, regions: 0, trips: false },
    {
      name: 'one network many times',
      recent: [scan(1, 'a'), scan(2, 'a'), scan(3, 'a')],
      networks: 1,
      regions: 0,
      trips: false,
    },
    {
      name: 'three networks inside the window',
      recent: [scan(1, 'a'), scan(2, 'b'), scan(23.99, 'c')],
      networks: 3,
      regions: 0,
      trips: true,
    },
    {
      name: 'a scan exactly 24 h old has left the window',
      recent: [scan(1, 'a'), scan(2, 'b'), scan(24, 'c')],
      networks: 2,
      regions: 0,
      trips: false,
    },
    {
      name: 'a scan 1 ms inside the window counts',
      recent: [scan(1, 'a'), scan(2, 'b'), { atMs: now - 24 * hour + 1, networkHash: 'c', region: null }],
      networks: 3,
      regions: 0,
      trips: true,
    },
    {
      name: 'two provinces trip the region rule',
      recent: [scan(1, 'a', 'ha-noi'), scan(5, 'a', 'lao-cai')],
      networks: 1,
      regions: 2,
      trips: true,
    },
    {
      name: 'unknown regions are not a region',
      recent: [scan(1, 'a', null), scan(2, 'b', 'ha-noi')],
      networks: 2,
      regions: 1,
      trips: false,
    },
    {
      name: 'a scan ahead of this clock (another replica) counts as now',
      recent: [scan(-0.5, 'a'), scan(0, 'b'), scan(1, 'c')],
      networks: 3,
      regions: 0,
      trips: true,
    },
  ])('$name', ({ recent, networks, regions, trips }) => {
    const figures = spreadFigures(recent, now, settings);
    expect(figures).toEqual({ networks, regions });
    expect(spreadTrips(figures, settings)).toBe(trips);
  });

  it('a shorter window leaves older scans out (window in hours, not calendar days)', () => {
    const recent = [scan(0.5, 'a', 'ha-noi'), scan(1.5, 'b', 'hue'), scan(3, 'c', 'son-la')];
    expect(spreadFigures(recent, now, { spreadHours: 1 })).toEqual({ networks: 1, regions: 1 });
    expect(spreadFigures(recent, now, { spreadHours: 2 })).toEqual({ networks: 2, regions: 2 });
  });

  it('a window crossing midnight in Vietnam is one window: days do not reset it', () => {
    // 16:30 UTC is 23:30 in Vietnam; 17:30 UTC is 00:30 the next Vietnamese day.
    const at = Date.parse('2026-03-02T17:30:00Z');
    const recent: RecentScan[] = [
      { atMs: Date.parse('2026-03-02T16:30:00Z'), networkHash: 'a', region: 'ha-noi' },
      { atMs: Date.parse('2026-03-02T17:10:00Z'), networkHash: 'b', region: 'hue' },
    ];
    expect(spreadFigures(recent, at, { spreadHours: 2 })).toEqual({ networks: 2, regions: 2 });
  });
});

describe('signal settings', () => {
  it.each([
    [{ ...defaultScanSignalSettings }, null],
    [{ ...defaultScanSignalSettings, countThreshold: 0 }, 'countThreshold'],
    [{ ...defaultScanSignalSettings, countThreshold: 1.5 }, 'countThreshold'],
    [{ ...defaultScanSignalSettings, spreadNetworks: 1 }, 'spreadNetworks'],
    [{ ...defaultScanSignalSettings, spreadRegions: 64 }, 'spreadRegions'],
    [{ ...defaultScanSignalSettings, spreadHours: 721 }, 'spreadHours'],
  ])('%j → %s', (settings, fault) => {
    expect(scanSettingsFault(settings)).toBe(fault);
  });
});

describe('repeat scans', () => {
  const minute = 60_000;
  it.each([
    ['the same network 5 minutes later', now - 5 * minute, true],
    ['the same network just inside the window', now - repeatScanWindowMs + 1, true],
    ['the same network exactly the window later', now - repeatScanWindowMs, false],
    ['the same network 50 minutes later', now - 50 * minute, false],
    ['a network never counted', undefined, false],
    // another replica's clock ahead: its scan "in the future" is still this visit
    ['a counted scan a minute ahead of this one', now + minute, true],
  ])('%s → %s', (_case, lastCountedAtMs, repeat) => {
    expect(isRepeatScan(lastCountedAtMs, now)).toBe(repeat);
  });
});
