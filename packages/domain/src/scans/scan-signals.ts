/**
 * Counterfeit signals of a label's scans (issue 14). Pure: the ledger passes the figures it holds and the clock.
 * - scan_count: the label was scanned more times than the owner's threshold (one genuine pack is scanned a few
 *   times; hundreds of scans mean the code was copied onto other packs).
 * - spread: within the last `spreadHours`, scans came from at least `spreadNetworks` distinct client networks
 *   or from at least `spreadRegions` distinct provinces (one pack cannot be in many places at once).
 */
export interface ScanSignalSettings {
  countThreshold: number;
  spreadNetworks: number;
  spreadRegions: number;
  spreadHours: number;
}

export const defaultScanSignalSettings: ScanSignalSettings = {
  countThreshold: 50,
  spreadNetworks: 10,
  spreadRegions: 3,
  spreadHours: 24,
};

/** Bounds of the settings an owner may choose (the database CHECKs say the same). */
export const scanSignalLimits = {
  countThreshold: { min: 1, max: 1_000_000 },
  // the scan ledger keeps this many recent scans per label: a higher setting could never trip
  spreadNetworks: { min: 2, max: 200 },
  spreadRegions: { min: 2, max: 63 },
  spreadHours: { min: 1, max: 720 },
} as const satisfies Record<keyof ScanSignalSettings, { min: number; max: number }>;

export const scanSignalKinds = ['scan_count', 'spread'] as const;
export type ScanSignalKind = (typeof scanSignalKinds)[number];

/** One scan as the spread rule sees it: when, from which network, from which province (null: unknown). */
export interface RecentScan {
  atMs: number;
  networkHash: string;
  region: string | null;
}

export interface SpreadFigures {
  networks: number;
  regions: number;
}

const hourMs = 3_600_000;

/**
 * A scan from a network that was counted for the same label less than this long ago is a repeat (a reload, the
 * same family passing the phone around): logged, never counted. Otherwise one visitor reloading could push a
 * genuine label over the owner's threshold and show every buyer a counterfeit warning.
 */
export const repeatScanWindowMs = 30 * 60_000;

/** Whether a scan at `atMs` repeats its network's last counted scan of the label (at `lastCountedAtMs`, if any). */
export function isRepeatScan(lastCountedAtMs: number | undefined, atMs: number): boolean {
  return lastCountedAtMs !== undefined && atMs - lastCountedAtMs < repeatScanWindowMs;
}

/** True when the count is over the threshold: exactly the threshold is still fine. */
export function scanCountTrips(count: number, settings: Pick<ScanSignalSettings, 'countThreshold'>): boolean {
  return count > settings.countThreshold;
}

/**
 * Distinct networks and regions among the scans of the window (nowMs - spreadHours, nowMs]: a scan exactly
 * spreadHours old has left it. Scans from the future (another replica's clock ahead) count as now.
 */
export function spreadFigures(
  recent: readonly RecentScan[],
  nowMs: number,
  settings: Pick<ScanSignalSettings, 'spreadHours'>,
): SpreadFigures {
  const since = nowMs - settings.spreadHours * hourMs;
  const networks = new Set<string>();
  const regions = new Set<string>();
  for (const scan of recent) {
    if (scan.atMs <= since) continue;
    networks.add(scan.networkHash);
    if (scan.region !== null) regions.add(scan.region);
  }
  return { networks: networks.size, regions: regions.size };
}

export function spreadTrips(figures: SpreadFigures, settings: ScanSignalSettings): boolean {
  return figures.networks >= settings.spreadNetworks || figures.regions >= settings.spreadRegions;
}

/** A setting outside its bounds: the first one, by name, or null when all are usable. */
export function scanSettingsFault(settings: ScanSignalSettings): keyof ScanSignalSettings | null {
  for (const key of Object.keys(scanSignalLimits) as (keyof ScanSignalSettings)[]) {
    const value = settings[key];
    const { min, max } = scanSignalLimits[key];
    if (!Number.isInteger(value) || value < min || value > max) return key;
  }
  return null;
}
