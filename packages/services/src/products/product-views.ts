import { type ProductFields, type ProductView, ProductView as ProductViewSchema } from '@nguon/contracts';
import type { ProductContent, ProductRow } from '@nguon/db';
import { foldText } from '@nguon/domain';
import { createAjv } from '@nguon/forms';

const validateView = createAjv().compile<ProductView>(ProductViewSchema);

/** Today's date in Viet Nam, where certificates are issued and expire. */
export function vietnamDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);
}

/** The product row a product's fields make. */
export function productContent(fields: ProductFields, gtin14: string | null): ProductContent {
  return {
    name_vi: fields.name.vi.trim(),
    name_en: fields.name.en.trim(),
    sku: fields.sku,
    product_type: fields.productType,
    description_vi: fields.description.vi,
    description_en: fields.description.en,
    image_ids: fields.imageIds,
    net_quantity: fields.netQuantity?.value ?? null,
    net_unit: fields.netQuantity?.unit ?? null,
    shelf_life_days: fields.shelfLifeDays,
    storage_vi: fields.storage.vi,
    storage_en: fields.storage.en,
    country: fields.country,
    province: fields.province,
    gtin: gtin14,
    gs1_company_prefix: fields.gs1CompanyPrefix,
    certifications: JSON.stringify(fields.certifications),
    process_id: fields.processId,
    lot_code_pattern: fields.lotCodePattern?.trim() || null,
    public_fields: fields.publicFields,
    search_text: foldText([fields.name.vi, fields.name.en, fields.sku, gtin14 ?? ''].join(' ')),
  };
}

/** A stored product as the API shows it; the row is parsed by the view's validator. */
export function toProductView(row: ProductRow, now: Date): ProductView {
  const today = vietnamDate(now);
  const certifications: unknown = row.certifications;
  const view: unknown = {
    id: row.id,
    name: { vi: row.name_vi, en: row.name_en },
    sku: row.sku,
    productType: row.product_type,
    description: { vi: row.description_vi, en: row.description_en },
    imageIds: row.image_ids,
    netQuantity:
      row.net_quantity !== null && row.net_unit !== null
        ? { value: row.net_quantity, unit: row.net_unit }
        : null,
    shelfLifeDays: row.shelf_life_days,
    storage: { vi: row.storage_vi, en: row.storage_en },
    country: row.country,
    province: row.province,
    gtin: row.gtin,
    gs1CompanyPrefix: row.gs1_company_prefix,
    certifications: Array.isArray(certifications)
      ? certifications.map((cert: unknown) =>
          typeof cert === 'object' && cert !== null ? { ...cert, expired: isExpired(cert, today) } : cert,
        )
      : certifications,
    processId: row.process_id,
    lotCodePattern: row.lot_code_pattern,
    publicFields: row.public_fields,
    archived: row.archived_at !== null,
    revision: row.revision,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
  if (!validateView(view))
    throw new Error(`stored product ${row.id} breaks the view: ${JSON.stringify(validateView.errors)}`);
  return view;
}

/** Expired: the last valid day is before today (a certificate valid to today is still valid). */
function isExpired(cert: object, today: string): boolean {
  return 'validTo' in cert && typeof cert.validTo === 'string' && cert.validTo < today;
}

/** The editable fields of a stored product, to merge a partial change into. */
export function fieldsOf(view: ProductView): ProductFields {
  const { id: _id, archived: _a, revision: _r, createdAt: _c, updatedAt: _u, ...fields } = view;
  return { ...fields, certifications: fields.certifications.map(({ expired: _e, ...cert }) => cert) };
}
