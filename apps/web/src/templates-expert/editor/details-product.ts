import type { TemplateSampleProduct } from '@nguon/contracts/client';
import { provinceCodes } from '@nguon/domain';
import { emptyProductDraft, type ProductDraft, productBody } from '../../products/product-draft';

/** The sample product as the products form edits it (strings as typed); it has no GTIN, images or process. */
export function sampleProductDraft(sample: TemplateSampleProduct): ProductDraft {
  const empty = emptyProductDraft();
  return {
    ...empty,
    nameVi: sample.name.vi,
    nameEn: sample.name.en,
    sku: sample.sku,
    descriptionVi: sample.description?.vi ?? '',
    descriptionEn: sample.description?.en ?? '',
    netValue: sample.netQuantity ? String(sample.netQuantity.value) : '',
    netUnit: sample.netQuantity?.unit ?? empty.netUnit,
    shelfLifeDays: sample.shelfLifeDays ? String(sample.shelfLifeDays) : '',
    storageVi: sample.storage?.vi ?? '',
    storageEn: sample.storage?.en ?? '',
    country: sample.country ?? empty.country,
    province: provinceCodes.find((code) => code === sample.province) ?? null,
    lotCodePattern: sample.lotCodePattern ?? '',
    publicFields: sample.publicFields ? [...sample.publicFields] : empty.publicFields,
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The sample product from the edited form over the one it came from: a field the file left out stays out while
 * it still says what leaving it out says (the products' defaults); certifications are kept as they were.
 */
export function sampleProductOf(original: TemplateSampleProduct, draft: ProductDraft): TemplateSampleProduct {
  const body = productBody(draft);
  const defaults = productBody(emptyProductDraft());
  const result: TemplateSampleProduct = { ...original, name: body.name, sku: body.sku };
  const optional = ['description', 'netQuantity', 'shelfLifeDays', 'storage', 'country', 'province'] as const;
  const more = ['lotCodePattern', 'publicFields'] as const;
  for (const key of [...optional, ...more]) {
    const value = body[key];
    if (original[key] === undefined && sameJson(value, defaults[key])) delete result[key];
    else Object.assign(result, { [key]: value });
  }
  return result;
}
