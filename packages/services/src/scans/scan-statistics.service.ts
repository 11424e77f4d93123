import type { ScanFlag, ScannedLabel, ScanPeriodQuery, ScanStatistics } from '@nguon/contracts';
import {
  flaggedScanLabels,
  lotCodesOf,
  productNamesOf,
  type ScanLabelRow,
  scanDayTotals,
  scansByLot,
  scansByProduct,
  topScannedLabels,
} from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { requireScanPeriod } from './scan-period';

const topLabelCount = 20;
const suspiciousCount = 100;
const lotCount = 100;

export function flagsOf(row: ScanLabelRow): ScanFlag[] {
  const flags: ScanFlag[] = [];
  if (row.count_flagged_at && row.count_threshold !== null)
    flags.push({
      kind: 'scan_count',
      at: row.count_flagged_at.toISOString(),
      threshold: row.count_threshold,
    });
  if (row.spread_flagged_at && row.spread_hours !== null)
    flags.push({
      kind: 'spread',
      at: row.spread_flagged_at.toISOString(),
      networks: row.spread_networks ?? 0,
      regions: row.spread_regions ?? 0,
      hours: row.spread_hours,
    });
  return flags;
}

type Names = Map<string, { vi: string; en: string }>;

const productRef = (names: Names, id: string | null) => {
  const name = id === null ? undefined : names.get(id);
  return id !== null && name ? { id, name } : null;
};

function labelView(
  row: ScanLabelRow,
  periodScans: number,
  names: Names,
  codes: Map<string, string>,
): ScannedLabel {
  const code = row.lot_id === null ? undefined : codes.get(row.lot_id);
  return {
    serial: row.label_serial,
    product: productRef(names, row.product_id),
    lot: row.lot_id !== null && code !== undefined ? { id: row.lot_id, code } : null,
    periodScans,
    totalScans: Number(row.scans),
    firstAt: row.first_at.toISOString(),
    lastAt: row.last_at.toISOString(),
    flags: flagsOf(row),
  };
}

const idsOf = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((value): value is string => value !== null)),
];

/** Scans of the tenant's labels in a period: per day (every day listed), by product and lot, top and flagged labels. */
export async function scanStatistics(
  ctx: ServiceContext,
  principal: Principal,
  query: ScanPeriodQuery,
): Promise<ScanStatistics> {
  const { tenantId } = requireTenantAction(principal, 'scans.read');
  const period = requireScanPeriod(query);
  const range = { tenantId, fromDay: period.from, toDay: period.to };
  // One after another: the embedded database is one session.
  const totals = new Map((await scanDayTotals(ctx.db, range)).map((row) => [row.day, row.scans]));
  const byProduct = await scansByProduct(ctx.db, range);
  const byLot = await scansByLot(ctx.db, range, lotCount);
  const top = await topScannedLabels(
    ctx.db,
    { tenantId, start: period.start, end: period.end },
    topLabelCount,
  );
  const flagged = await flaggedScanLabels(ctx.db, tenantId, suspiciousCount);
  const labelRows = [...top, ...flagged];
  const names = await productNamesOf(
    ctx.db,
    tenantId,
    idsOf([
      ...byProduct.map((row) => row.productId),
      ...byLot.map((row) => row.productId),
      ...labelRows.map((row) => row.product_id),
    ]),
  );
  const codes = await lotCodesOf(ctx.db, tenantId, idsOf(labelRows.map((row) => row.lot_id)));
  const days = period.days.map((day) => ({ day, scans: totals.get(day) ?? 0 }));
  return {
    from: period.from,
    to: period.to,
    total: days.reduce((sum, day) => sum + day.scans, 0),
    days,
    byProduct: byProduct.map((row) => ({ product: productRef(names, row.productId), scans: row.scans })),
    byLot: byLot.map((row) => ({
      lot: { id: row.lotId, code: row.code ?? '' },
      product: productRef(names, row.productId),
      scans: row.scans,
    })),
    topLabels: top.map((row) => labelView(row, Number(row.period_scans), names, codes)),
    suspicious: flagged.map((row) => labelView(row, Number(row.scans), names, codes)),
  };
}
