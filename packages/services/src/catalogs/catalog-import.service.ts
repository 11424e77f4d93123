import type {
  CatalogImportMode,
  CatalogImportReportSource,
  CatalogImportViewSource,
  FileBody,
} from '@nguon/contracts';
import { insertCatalogItems } from '@nguon/db';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { withUnitOfWork } from '../unit-of-work';
import { convertCsvRows } from './catalog-csv-rows';
import { startBackgroundImport } from './catalog-import-background';
import {
  defaultBackgroundImportRows,
  importBatchSize,
  itemsOf,
  maxReportedErrors,
  type ReadImport,
  readImportFile,
  reportOf,
  rowsInvalidError,
} from './catalog-import-read';
import { requireOwnCatalog } from './catalogs.service';

/** The synchronous import: what is stored is stored in one transaction. */
async function importNow(
  ctx: ServiceContext,
  actor: TenantActor,
  read: ReadImport,
  mode: CatalogImportMode,
): Promise<CatalogImportReportSource> {
  const converted = convertCsvRows(read.rows, read.columns, read.catalogForm, maxReportedErrors);
  const report = reportOf(mode, read.rows.length, converted);
  if (mode === 'preview') return report;
  if (mode === 'all-or-nothing' && converted.invalidRows > 0) throw rowsInvalidError(report);
  const items = itemsOf(read, converted.valid, actor, ctx.now(), () => ctx.newId());
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    for (let i = 0; i < items.length; i += importBatchSize) {
      await insertCatalogItems(trx, items.slice(i, i + importBatchSize), 'imported');
    }
  });
  return { ...report, imported: items.length };
}

export type CatalogImportOutcome =
  | { kind: 'report'; report: CatalogImportReportSource }
  | { kind: 'background'; view: CatalogImportViewSource };

/**
 * Imports catalog items from CSV. preview stores nothing; valid-only stores the valid rows;
 * all-or-nothing stores nothing when a row is bad. A storing import of more rows than the threshold
 * is kept as a catalog import and runs as a job; a smaller one runs here, in one transaction.
 */
export async function importCatalogItems(
  ctx: ServiceContext,
  principal: Principal,
  catalogId: string,
  file: FileBody,
  mode: CatalogImportMode,
): Promise<CatalogImportOutcome> {
  const actor = requireTenantAction(principal, 'catalogs.manage');
  const catalog = await requireOwnCatalog(ctx.db, actor, catalogId);
  const read = readImportFile(catalog, file.bytes);
  const threshold = ctx.config.backgroundImportRows ?? defaultBackgroundImportRows;
  if (mode === 'preview' || read.rows.length <= threshold) {
    return { kind: 'report', report: await importNow(ctx, actor, read, mode) };
  }
  const input = { catalog, mode, bytes: file.bytes, rows: read.rows.length };
  const view = await startBackgroundImport(ctx, actor, input);
  return { kind: 'background', view };
}
