import type { CatalogImportMode, CatalogImportReportSource, FileBody } from '@nguon/contracts';
import { type CatalogItemWrite, insertCatalogItems } from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError, type FieldError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { decodeUtf8, readCsv } from './catalog-csv-reader';
import { convertCsvRows, mapCsvColumns } from './catalog-csv-rows';
import { catalogFormModel, itemLabel, itemSearchText } from './catalog-item-content';
import { parseStoredForm } from './catalog-views';
import { requireOwnCatalog } from './catalogs.service';

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters, large enough to amortise round trips. */
const batchSize = 1000;
const maxReportedErrors = 1000;

/**
 * Imports catalog items from CSV. preview stores nothing; valid-only stores the valid rows;
 * all-or-nothing stores nothing when a row is bad. What is stored is stored in one transaction.
 */
export async function importCatalogItems(
  ctx: ServiceContext,
  principal: Principal,
  catalogId: string,
  file: FileBody,
  mode: CatalogImportMode,
): Promise<CatalogImportReportSource> {
  const actor = requireTenantAction(principal, 'catalogs.manage');
  const catalog = await requireOwnCatalog(ctx.db, actor, catalogId);
  const form = parseStoredForm(catalog.form);
  const model = catalogFormModel(form);
  const { header, rows } = readCsv(decodeUtf8(file.bytes));
  const columns = mapCsvColumns(header, model.fields);
  const converted = convertCsvRows(
    rows,
    columns,
    { id: catalog.id, revision: catalog.revision, form },
    maxReportedErrors,
  );
  const report: CatalogImportReportSource = {
    mode,
    rows: rows.length,
    valid: converted.valid.length,
    invalid: converted.invalidRows,
    imported: 0,
    errors: converted.errors,
    errorsTruncated: converted.errorCount > converted.errors.length,
  };
  if (mode === 'preview') return report;
  if (mode === 'all-or-nothing' && converted.invalidRows > 0) {
    const fieldErrors = converted.errors.map(
      (e): FieldError => ({
        path: `/lines/${e.line}${e.field ? `/${e.field}` : ''}`,
        kind: 'line',
        line: e.line,
        column: e.column,
        fault: e.fault,
      }),
    );
    throw new AppError(
      'CSV_ROWS_INVALID',
      { count: converted.invalidRows },
      fieldErrors[0]?.path,
      fieldErrors,
    );
  }
  const now = ctx.now();
  const items: CatalogItemWrite[] = converted.valid.map(({ data }) => {
    const label = itemLabel(model, catalog.label_fields, data);
    const base = { id: ctx.newId(), catalogId, tenantId: actor.tenantId, by: actor.userId, now };
    return { ...base, data, label, searchText: itemSearchText(label, data) };
  });
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    for (let i = 0; i < items.length; i += batchSize) {
      await insertCatalogItems(trx, items.slice(i, i + batchSize), 'imported');
    }
  });
  return { ...report, imported: items.length };
}
