import type { CatalogItemView, CatalogView } from '@nguon/contracts';
import { StageFormSchema } from '@nguon/contracts';
import type { CatalogItemRow, VisibleCatalog } from '@nguon/db';
import type { StageForm } from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const validateForm = createAjv().compile<StageForm>(StageFormSchema);
const validateData = createAjv().compile<Record<string, unknown>>({ type: 'object' });

/** A catalog form read back from the database is parsed like any input. */
export function parseStoredForm(value: unknown): StageForm {
  if (!validateForm(value)) throw new Error('stored catalog form is malformed');
  return value;
}

export function parseStoredItemData(value: unknown): Record<string, unknown> {
  if (!validateData(value)) throw new Error('stored catalog item is not an object');
  return value;
}

export function toCatalogView(row: VisibleCatalog, tenantId: string): CatalogView {
  return {
    id: row.id,
    name: { vi: row.name_vi, en: row.name_en },
    form: parseStoredForm(row.form),
    labelFields: row.label_fields,
    shared: row.shared,
    archived: row.archived_at !== null,
    own: row.tenant_id === tenantId,
    ownerName: row.owner_name,
    itemCount: Number(row.item_count),
    revision: row.revision,
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toCatalogItemView(row: CatalogItemRow): CatalogItemView {
  return {
    id: row.id,
    catalogId: row.catalog_id,
    label: row.label,
    data: parseStoredItemData(row.data),
    archived: row.archived_at !== null,
    revision: row.revision,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
