import {
  addScanDays,
  addScanLabelFigures,
  insertScans,
  type NewScan,
  type ScanDayAddition,
  type ScanLabelAddition,
} from '@nguon/db';
import { vietnamDayOf } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { withUnitOfWork } from '../unit-of-work';

/** A counted scan waiting for the flush, with the flags it tripped in memory. */
export interface BufferedScan {
  row: NewScan;
  countFlag: ScanLabelAddition['countFlag'];
  spreadFlag: ScanLabelAddition['spreadFlag'];
}

/** The batch's daily roll-up additions: one per tenant, Vietnamese day, product and lot; repeats count nowhere. */
export function dayAdditions(batch: readonly BufferedScan[]): ScanDayAddition[] {
  const byKey = new Map<string, ScanDayAddition>();
  for (const { row } of batch) {
    if (row.repeat) continue;
    const day = vietnamDayOf(row.at);
    const key = `${row.tenantId}|${day}|${row.productId ?? ''}|${row.lotId ?? ''}`;
    const found = byKey.get(key);
    if (found) found.scans += 1;
    else
      byKey.set(key, { tenantId: row.tenantId, day, productId: row.productId, lotId: row.lotId, scans: 1 });
  }
  return [...byKey.values()];
}

/** The batch's additions to label figures: one per label, flags from the first scan that tripped them; repeats count nowhere. */
export function labelAdditions(batch: readonly BufferedScan[]): ScanLabelAddition[] {
  const bySerial = new Map<string, ScanLabelAddition>();
  for (const { row, countFlag, spreadFlag } of batch) {
    if (row.repeat) continue;
    const found = bySerial.get(row.labelSerial);
    if (!found) {
      bySerial.set(row.labelSerial, {
        labelSerial: row.labelSerial,
        tenantId: row.tenantId,
        productId: row.productId,
        lotId: row.lotId,
        scans: 1,
        firstAt: row.at,
        lastAt: row.at,
        countFlag,
        spreadFlag,
      });
      continue;
    }
    found.scans += 1;
    if (row.at < found.firstAt) found.firstAt = row.at;
    if (row.at > found.lastAt) found.lastAt = row.at;
    found.productId = row.productId ?? found.productId;
    found.lotId = row.lotId ?? found.lotId;
    found.countFlag ??= countFlag;
    found.spreadFlag ??= spreadFlag;
  }
  return [...bySerial.values()];
}

/** Writes a batch in one transaction: the rows, the day roll-ups and the label figures, all or nothing. */
export async function writeScanBatch(ctx: ServiceContext, batch: readonly BufferedScan[]): Promise<void> {
  if (batch.length === 0) return;
  await withUnitOfWork(ctx, async (unit) => {
    await insertScans(
      unit.db,
      batch.map(({ row }) => row),
    );
    await addScanDays(unit.db, dayAdditions(batch));
    await addScanLabelFigures(unit.db, labelAdditions(batch));
  });
}
