export { certificationKinds } from '@nguon/domain';

/** Product facts the owner may show on the consumer page. */
export const productPublicFields = [
  'name',
  'productType',
  'description',
  'images',
  'netQuantity',
  'shelfLife',
  'storage',
  'origin',
  'gtin',
  'certifications',
] as const;
