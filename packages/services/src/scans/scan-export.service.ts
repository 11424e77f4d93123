import type { ScanPeriodQuery, StreamedFileBody } from '@nguon/contracts';
import { type ExportScanRow, scanExportPage } from '@nguon/db';
import { type ScanPeriod, vietnamDayOf } from '@nguon/domain';
import { neutralizeFormula } from '@nguon/forms';
import { stringify } from 'csv-stringify/sync';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { requireScanPeriod } from './scan-period';

const pageRows = 5000;
const header = [
  'at',
  'day',
  'label_serial',
  'product',
  'lot',
  'browser',
  'language',
  'region',
  'network_hash',
  // a reload from the same network within 30 minutes: logged, counted nowhere
  'repeat',
];

const cellsOf = (row: ExportScanRow): string[] => [
  row.at.toISOString(),
  vietnamDayOf(row.at),
  row.label_serial,
  neutralizeFormula(row.product_name ?? ''),
  neutralizeFormula(row.lot_code ?? ''),
  row.browser,
  row.language,
  row.region ?? '',
  // base64url may begin with '-': a spreadsheet would read "-A1" as a formula
  neutralizeFormula(row.network_hash),
  row.repeat ? 'yes' : 'no',
];

/** The CSV body, page by page in time order: UTF-8 with BOM, CRLF, owner-typed cells formula-neutralised. */
async function* scanCsvChunks(ctx: Pick<ServiceContext, 'db'>, tenantId: string, period: ScanPeriod) {
  yield stringify([header], { bom: true, record_delimiter: '\r\n' });
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const rows = await scanExportPage(
      ctx.db,
      { tenantId, start: period.start, end: period.end },
      after,
      pageRows,
    );
    if (rows.length === 0) return;
    yield stringify(rows.map(cellsOf), { record_delimiter: '\r\n' });
    const last = rows.at(-1);
    if (!last || rows.length < pageRows) return;
    after = { at: last.at, id: last.id };
  }
}

/** Every scan of the period as CSV, streamed; the period is checked before any byte is sent. */
export async function scansCsv(
  ctx: ServiceContext,
  principal: Principal,
  query: ScanPeriodQuery,
): Promise<StreamedFileBody> {
  const { tenantId } = requireTenantAction(principal, 'scans.read');
  const period = requireScanPeriod(query);
  return {
    contentType: 'text/csv; charset=utf-8',
    chunks: scanCsvChunks(ctx, tenantId, period),
    fileName: `luot-quet-${period.from}-${period.to}.csv`,
    caching: 'private',
  };
}
