import type { CreateProductBody, ProductFields, SourceMessageKey } from '@nguon/contracts';
import { productPublicFields } from '@nguon/contracts';
import { gtinHasCompanyPrefix, isCountryCode, normalizeGtin } from '@nguon/domain';
import { findUnit } from '@nguon/forms';
import { AppError } from '../errors/app-error';

/** Every field of a product, with the defaults a create leaves out. */
export function withDefaults(body: CreateProductBody): ProductFields {
  return {
    description: { vi: '', en: '' },
    imageIds: [],
    netQuantity: null,
    shelfLifeDays: null,
    storage: { vi: '', en: '' },
    country: 'VN',
    province: null,
    gtin: null,
    gs1CompanyPrefix: null,
    certifications: [],
    processId: null,
    lotCodePattern: null,
    publicFields: [...productPublicFields],
    ...body,
  };
}

const invalid = (path: string, key: SourceMessageKey) =>
  new AppError('VALIDATION_FAILED', { path, detail: { kind: 'message', key } }, path);

/** The GTIN as 14 digits, or a coded error that names the expected check digit. */
function checkedGtin(fields: ProductFields): string | null {
  if (fields.gtin === null || fields.gtin.trim() === '') return null;
  const result = normalizeGtin(fields.gtin);
  if (!result.ok && result.reason === 'format')
    throw new AppError('GTIN_FORMAT', { value: fields.gtin }, '/gtin');
  if (!result.ok)
    throw new AppError('GTIN_CHECK_DIGIT', { value: fields.gtin, expected: result.expected }, '/gtin');
  const prefix = fields.gs1CompanyPrefix;
  if (prefix !== null && !gtinHasCompanyPrefix(result.gtin14, prefix)) {
    throw new AppError('GTIN_PREFIX_MISMATCH', { value: fields.gtin, prefix }, '/gs1CompanyPrefix');
  }
  return result.gtin14;
}

function checkOrigin(fields: ProductFields): void {
  if (!isCountryCode(fields.country)) {
    throw invalid('/country', 'products.detail.notCountryCode');
  }
  if (fields.province !== null && fields.country !== 'VN') {
    throw invalid('/province', 'products.detail.provinceOnlyInVietnam');
  }
}

function checkCertifications(fields: ProductFields): void {
  fields.certifications.forEach((cert, i) => {
    const at = `/certifications/${i}`;
    if (cert.kind === 'ocop' && cert.stars === undefined)
      throw invalid(`${at}/stars`, 'products.detail.ocopNeedsStars');
    if (cert.kind !== 'ocop' && cert.stars !== undefined)
      throw invalid(`${at}/stars`, 'products.detail.starsOnlyOcop');
    if (cert.kind === 'other' && !cert.name?.trim())
      throw invalid(`${at}/name`, 'products.detail.certificationName');
    if (cert.validTo !== null && cert.validTo < cert.validFrom)
      throw invalid(`${at}/validTo`, 'products.detail.endBeforeStart');
  });
}

/** Checks everything about a product that needs no database; answers the GTIN as stored. */
export function checkProductFields(fields: ProductFields): { gtin14: string | null } {
  const gtin14 = checkedGtin(fields);
  if (fields.netQuantity && !findUnit(fields.netQuantity.unit)) {
    throw new AppError('UNKNOWN_UNIT', { unit: fields.netQuantity.unit }, '/netQuantity/unit');
  }
  checkOrigin(fields);
  checkCertifications(fields);
  return { gtin14 };
}
