import type { PublicScanFigures } from '@nguon/contracts';
import { findScanLabel, findScanSettings, listRecentScans } from '@nguon/db';
import {
  defaultScanSignalSettings,
  isRepeatScan,
  type ScanSignalSettings,
  scanCountTrips,
  scanSignalLimits,
  spreadFigures,
  spreadTrips,
} from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import type { ScanInput, ScanLedger } from '../trace/trace-ports';
import { type BufferedScan, writeScanBatch } from './scan-batch';
import { type LabelMemory, LruMap, memoryFromStore, rememberCounted, settingsOfRow } from './scan-memory';

export interface ScanLedgerOptions {
  /** A flush runs this often while scans wait (default 1 s). */
  flushIntervalMs?: number;
  /** A flush starts at once when this many scans wait (default 500). */
  flushRows?: number;
  /** Labels kept in memory, least recently scanned dropped first (default 20,000). */
  maxLabels?: number;
  /** Recent scans kept per label for the spread rule (default 200: far above any sane network count). */
  recentPerLabel?: number;
  /** Scans kept while the database is down; beyond it the oldest are dropped, and said so (default 200,000). */
  maxBufferedScans?: number;
  /** A warm read is redone after this long, to see other replicas' flushed counts (default 30 s). */
  refreshMs?: number;
  /** Told of each failed flush; the batch is kept and retried (default: a line on stderr). */
  onFlushError?: (error: unknown, scans: number) => void;
}

/** The ledger and what tests and shutdown may ask of it besides the port. */
export interface ScanLedgerHandle extends ScanLedger {
  /** Scans counted and not yet written. */
  bufferedScans(): number;
}

// The CHECKs of table scans: a value outside them would fail its whole batch, again at every retry.
const browserFamilies = new Set(['chrome', 'safari', 'firefox', 'samsung', 'zalo', 'facebook', 'other']);
const storableRegion = (region: string | null) =>
  region !== null && region.length >= 1 && region.length <= 40 ? region : null;

const reportFlushError = (error: unknown, scans: number) => {
  process.stderr.write(`scan ledger: flush of ${scans} scans failed, will retry: ${String(error)}\n`);
};

/**
 * Counts label scans in memory and writes them in batches off the request path (issue 14).
 * Several API replicas each run one over the same database: each adds its own scans to the same rows (the
 * roll-ups and label figures are additive upserts), so the figures one replica shows lag the others' by their
 * flush and its refresh (refreshMs). A flush that fails keeps its batch and is retried with backoff; a crash
 * loses at most the scans not yet flushed (about a second's worth).
 */
export function createScanLedger(ctx: ServiceContext, options: ScanLedgerOptions = {}): ScanLedgerHandle {
  const flushIntervalMs = options.flushIntervalMs ?? 1000;
  const flushRows = options.flushRows ?? 500;
  const recentPerLabel = options.recentPerLabel ?? scanSignalLimits.spreadNetworks.max;
  const maxBuffered = options.maxBufferedScans ?? 200_000;
  const refreshMs = options.refreshMs ?? 30_000;
  const onFlushError = options.onFlushError ?? reportFlushError;
  const labels = new LruMap<LabelMemory>(options.maxLabels ?? 20_000);
  const settings = new LruMap<{ value: ScanSignalSettings; readAtMs: number }>(10_000);
  const warming = new Map<string, Promise<void>>();
  let buffer: BufferedScan[] = [];
  let flushing: Promise<void> | null = null;
  let failures = 0;
  let retryAtMs = 0;
  let closed = false;

  const settingsOf = (tenantId: string) => settings.get(tenantId)?.value ?? defaultScanSignalSettings;

  async function readSettings(tenantId: string, nowMs: number): Promise<ScanSignalSettings> {
    const cached = settings.get(tenantId);
    if (cached && nowMs - cached.readAtMs < refreshMs) return cached.value;
    const value = settingsOfRow(await findScanSettings(ctx.db, tenantId));
    settings.set(tenantId, { value, readAtMs: nowMs });
    return value;
  }

  // A label's figures are read, and a batch written, one at a time: a read while a batch commits could take
  // the batch both from the store and from this ledger's unflushed count.
  let gate: Promise<unknown> = Promise.resolve();
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = gate.then(work, work);
    gate = run.catch(() => {});
    return run;
  }

  function readLabel(labelId: string, tenantId: string): Promise<void> {
    return exclusive(() => readLabelNow(labelId, tenantId));
  }

  async function readLabelNow(labelId: string, tenantId: string): Promise<void> {
    const nowMs = ctx.now().getTime();
    const tenantSettings = await readSettings(tenantId, nowMs);
    const since = new Date(nowMs - tenantSettings.spreadHours * 3_600_000);
    const stored = await findScanLabel(ctx.db, tenantId, labelId);
    const recent = await listRecentScans(ctx.db, labelId, since, recentPerLabel);
    labels.set(labelId, memoryFromStore(tenantId, stored, recent, labels.peek(labelId), nowMs));
  }

  function warm(labelId: string, tenantId: string): Promise<void> {
    const held = labels.get(labelId);
    const fresh = held?.readAtMs != null && ctx.now().getTime() - held.readAtMs < refreshMs;
    if (fresh) return Promise.resolve();
    const running =
      warming.get(labelId) ?? readLabel(labelId, tenantId).finally(() => warming.delete(labelId));
    warming.set(labelId, running);
    // A label held but stale (another replica's scans to pick up) is read again in the background: the scan
    // that noticed does not wait on the database. Only a label not held at all is waited for.
    if (held?.readAtMs != null) {
      running.catch((error: unknown) => onFlushError(error, 0));
      return Promise.resolve();
    }
    return running;
  }

  function warmAtOnce(labelId: string, tenantId: string): boolean {
    const held = labels.peek(labelId);
    if (held?.readAtMs == null) return false;
    // stale: read again in the background, as warm does for a held label
    if (ctx.now().getTime() - held.readAtMs >= refreshMs) void warm(labelId, tenantId);
    return true;
  }

  /** The row to store, with the flags this scan trips; a repeat (a reload) is logged and counted nowhere. */
  function remember(scan: ScanInput, label: LabelMemory, tenantSettings: ScanSignalSettings): BufferedScan {
    const atMs = scan.at.getTime();
    const networkHash = scan.networkHash.slice(0, 128) || '-';
    const repeat = isRepeatScan(label.lastCounted.get(networkHash), atMs);
    const row = {
      tenantId: scan.tenantId,
      labelSerial: scan.labelId,
      productId: scan.productId,
      lotId: scan.lotId,
      at: scan.at,
      networkHash,
      browser: browserFamilies.has(scan.browser) ? scan.browser : 'other',
      language: scan.language === 'en' ? 'en' : 'vi',
      region: storableRegion(scan.region),
      repeat,
    };
    if (repeat) return { row, countFlag: null, spreadFlag: null };
    label.count += 1;
    label.unflushed += 1;
    if (label.firstAtMs === null || atMs < label.firstAtMs) label.firstAtMs = atMs;
    label.recent.push({ atMs, networkHash, region: row.region });
    rememberCounted(label.lastCounted, networkHash, atMs);
    if (label.recent.length > recentPerLabel) label.recent.splice(0, label.recent.length - recentPerLabel);
    let countFlag: BufferedScan['countFlag'] = null;
    if (!label.countFlagged && scanCountTrips(label.count, tenantSettings)) {
      label.countFlagged = true;
      countFlag = { at: scan.at, threshold: tenantSettings.countThreshold };
    }
    let spreadFlag: BufferedScan['spreadFlag'] = null;
    if (!label.spreadFlagged) {
      const figures = spreadFigures(label.recent, atMs, tenantSettings);
      if (spreadTrips(figures, tenantSettings)) {
        label.spreadFlagged = true;
        spreadFlag = { at: scan.at, ...figures, hours: tenantSettings.spreadHours };
      }
    }
    return { row, countFlag, spreadFlag };
  }

  function count(scan: ScanInput): PublicScanFigures {
    let label = labels.get(scan.labelId);
    if (!label) {
      // Not warmed (or evicted): count from what this ledger knows; the stored figures join at the next warm.
      label = memoryFromStore(scan.tenantId, undefined, [], undefined, 0);
      label.readAtMs = null;
      labels.set(scan.labelId, label);
    }
    const tenantSettings = settingsOf(scan.tenantId);
    buffer.push(remember(scan, label, tenantSettings));
    if (buffer.length > maxBuffered) {
      const dropped = buffer.splice(0, buffer.length - maxBuffered);
      onFlushError(new Error(`buffer full: ${dropped.length} oldest scans dropped`), dropped.length);
    }
    if (buffer.length >= flushRows && !flushing && failures === 0) setImmediate(() => void flush());
    const warnings: PublicScanFigures['warnings'] = [];
    if (scanCountTrips(label.count, tenantSettings)) warnings.push('scan_count');
    if (label.spreadFlagged) warnings.push('spread');
    return {
      count: label.count,
      firstAt: label.firstAtMs === null ? null : new Date(label.firstAtMs).toISOString(),
      warnings,
    };
  }

  async function writeBuffered(): Promise<void> {
    const batch = buffer;
    buffer = [];
    try {
      await writeScanBatch(ctx, batch);
      failures = 0;
      for (const { row } of batch) {
        const label = row.repeat ? undefined : labels.peek(row.labelSerial);
        if (label && label.unflushed > 0) label.unflushed -= 1;
      }
    } catch (error: unknown) {
      // Nothing of the batch was committed (one transaction): keep it, oldest first, and try again later.
      buffer = batch.concat(buffer);
      failures += 1;
      retryAtMs = ctx.now().getTime() + Math.min(30_000, flushIntervalMs * 2 ** failures);
      onFlushError(error, batch.length);
    }
  }

  /** Writes what waits now; never throws (a failure is reported and the scans kept for the next try). */
  async function flush(): Promise<void> {
    while (flushing) await flushing;
    if (buffer.length === 0) return;
    flushing = exclusive(writeBuffered).finally(() => {
      flushing = null;
    });
    await flushing;
  }

  const timer = setInterval(() => {
    if (buffer.length === 0 || flushing || ctx.now().getTime() < retryAtMs) return;
    void flush();
  }, flushIntervalMs);
  timer.unref();

  return {
    warm,
    warmAtOnce,
    count,
    flush,
    bufferedScans: () => buffer.length,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      await flush();
    },
  };
}
