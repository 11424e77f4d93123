import type { FileBody, Lang } from '@nguon/contracts';
import { listActiveCatalogItems } from '@nguon/db';
import { foldText } from '@nguon/domain';
import { csvHeader, formatCsvCell } from '@nguon/forms';
import { stringify } from 'csv-stringify/sync';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { catalogFormModel } from './catalog-item-content';
import { parseStoredForm, parseStoredItemData } from './catalog-views';
import { requireVisibleCatalog } from './catalogs.service';

/** An ASCII file name from the catalog name: "Thửa ruộng" -> "thua-ruong". */
function fileSlug(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'danh-muc'
  );
}

/** What to export: the catalog, and the language its headers, choice labels and file name are written in. */
export interface CatalogExportRequest {
  catalogId: string;
  /** Content selection (which label of each field), not a message: the edge reads it from the request. */
  contentLanguage: Lang;
}

/**
 * The active items as CSV: UTF-8 with BOM (spreadsheets then show Vietnamese right), CRLF lines,
 * "Label (key)" headers in the requested content language, and formula-like cells neutralised.
 */
export async function exportCatalogItems(
  ctx: ServiceContext,
  principal: Principal,
  { catalogId, contentLanguage }: CatalogExportRequest,
): Promise<FileBody> {
  const actor = requireTenantAction(principal, 'catalogs.read');
  const catalog = await requireVisibleCatalog(ctx.db, actor.tenantId, catalogId);
  const fields = catalogFormModel(parseStoredForm(catalog.form)).fields.filter((f) => f.type !== 'heading');
  const items = await listActiveCatalogItems(ctx.db, catalogId);
  const records = [
    fields.map((field) => csvHeader(field, contentLanguage)),
    ...items.map((item) => {
      const data = parseStoredItemData(item.data);
      return fields.map((field) => formatCsvCell(field, data[field.key], contentLanguage));
    }),
  ];
  const text = stringify(records, { bom: true, record_delimiter: '\r\n' });
  const name = (contentLanguage === 'en' && catalog.name_en) || catalog.name_vi;
  return {
    contentType: 'text/csv; charset=utf-8',
    bytes: new TextEncoder().encode(text),
    fileName: `${fileSlug(name)}-${ctx.now().toISOString().slice(0, 10)}.csv`,
    caching: 'private',
  };
}
