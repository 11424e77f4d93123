import type { ScanLabelRow, ScanSettingsRow } from '@nguon/db';
import { defaultScanSignalSettings, type RecentScan, type ScanSignalSettings } from '@nguon/domain';

/** What a ledger holds of one label between warm reads. */
export interface LabelMemory {
  tenantId: string;
  count: number;
  firstAtMs: number | null;
  /** Oldest first, at most the ledger's recentPerLabel: enough scans for the spread rule's window. */
  recent: RecentScan[];
  /** Each network's last counted scan (ms), oldest first: a scan within the repeat window of it is a reload. */
  lastCounted: Map<string, number>;
  countFlagged: boolean;
  spreadFlagged: boolean;
  /** Counted here and not yet committed by a flush (added back to stored figures on a re-read). */
  unflushed: number;
  /** ctx.now() of the last read of the stored figures; null: counted without warm, stored figures unknown. */
  readAtMs: number | null;
}

/** A Map kept in use order: reading a key moves it last; beyond `limit` the least recently used goes. */
export class LruMap<V> {
  readonly #entries = new Map<string, V>();
  constructor(readonly limit: number) {}

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Reads without moving the key (the flush's bookkeeping is no use). */
  peek(key: string): V | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size <= this.limit) return;
    const oldest = this.#entries.keys().next();
    if (!oldest.done) this.#entries.delete(oldest.value);
  }

  get size(): number {
    return this.#entries.size;
  }
}

export function settingsOfRow(row: ScanSettingsRow | undefined): ScanSignalSettings {
  if (!row) return defaultScanSignalSettings;
  return {
    countThreshold: row.count_threshold,
    spreadNetworks: row.spread_networks,
    spreadRegions: row.spread_regions,
    spreadHours: row.spread_hours,
  };
}

/** A label's memory from its stored figures and recent scans (rows newest first), plus what this ledger counted meanwhile. */
export function memoryFromStore(
  tenantId: string,
  stored: ScanLabelRow | undefined,
  recentRows: readonly { at: Date; network_hash: string; region: string | null }[],
  previous: LabelMemory | undefined,
  readAtMs: number,
): LabelMemory {
  const unflushed = previous?.unflushed ?? 0;
  const storedCount = stored ? Number(stored.scans) : 0;
  const recent: RecentScan[] = recentRows
    .map((row) => ({ atMs: row.at.getTime(), networkHash: row.network_hash, region: row.region }))
    .reverse();
  const newestStored = recent.at(-1)?.atMs ?? Number.NEGATIVE_INFINITY;
  // Scans of this ledger not yet stored are newer than what the store has; keep them for the window.
  for (const scan of previous?.recent ?? []) if (scan.atMs > newestStored) recent.push(scan);
  const storedFirst = stored?.first_at.getTime() ?? null;
  const firsts = [storedFirst, previous?.firstAtMs ?? null].filter((at): at is number => at !== null);
  const lastCounted = new Map<string, number>();
  for (const scan of recent) rememberCounted(lastCounted, scan.networkHash, scan.atMs);
  return {
    tenantId,
    // Never lower than what this ledger showed already: a flush in flight may or may not be in `stored`.
    count: Math.max(storedCount + unflushed, previous?.count ?? 0),
    firstAtMs: firsts.length > 0 ? Math.min(...firsts) : null,
    recent,
    lastCounted,
    countFlagged: Boolean(stored?.count_flagged_at) || (previous?.countFlagged ?? false),
    spreadFlagged: Boolean(stored?.spread_flagged_at) || (previous?.spreadFlagged ?? false),
    unflushed,
    readAtMs,
  };
}

/** Networks remembered per label for the repeat rule: more within 30 minutes is a flood, and its oldest go first. */
const maxCountedNetworks = 2000;

/** Notes a network's counted scan, keeping the map in time order and within its bound. */
export function rememberCounted(lastCounted: Map<string, number>, networkHash: string, atMs: number): void {
  lastCounted.delete(networkHash);
  lastCounted.set(networkHash, atMs);
  if (lastCounted.size <= maxCountedNetworks) return;
  const oldest = lastCounted.keys().next();
  if (!oldest.done) lastCounted.delete(oldest.value);
}
