import type { Certification, CreateProductBody, ProductView } from '@nguon/contracts/client';
import { type certificationKinds, productPublicFields } from '@nguon/contracts/client';
import {
  lotCodePatternFault,
  type ProductType,
  type ProvinceCode,
  productTypes,
  provinceCodes,
} from '@nguon/domain';

export type CertificationKind = (typeof certificationKinds)[number];
export type PublicField = (typeof productPublicFields)[number];

/** One certification as the form edits it: every input a string, a key for React. */
export interface CertificationDraft {
  key: string;
  kind: CertificationKind;
  name: string;
  stars: string;
  number: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  documentFileId: string | null;
}

/** The product form's state: inputs as the person typed them, turned into a request body by productBody. */
export interface ProductDraft {
  nameVi: string;
  nameEn: string;
  sku: string;
  productType: ProductType | null;
  descriptionVi: string;
  descriptionEn: string;
  imageIds: string[];
  netValue: string;
  netUnit: string | null;
  shelfLifeDays: string;
  storageVi: string;
  storageEn: string;
  country: string;
  province: ProvinceCode | null;
  gtin: string;
  gs1CompanyPrefix: string;
  certifications: CertificationDraft[];
  processId: string | null;
  /** New lots' codes, e.g. `R{yy}-{seq}`; blank means whoever starts a lot types its code. */
  lotCodePattern: string;
  publicFields: PublicField[];
}

export const defaultPublicFields: PublicField[] = [
  'name',
  'productType',
  'description',
  'images',
  'origin',
  'certifications',
];

export function emptyProductDraft(): ProductDraft {
  return {
    nameVi: '',
    nameEn: '',
    sku: '',
    productType: null,
    descriptionVi: '',
    descriptionEn: '',
    imageIds: [],
    netValue: '',
    netUnit: 'kg',
    shelfLifeDays: '',
    storageVi: '',
    storageEn: '',
    country: 'VN',
    province: null,
    gtin: '',
    gs1CompanyPrefix: '',
    certifications: [],
    processId: null,
    lotCodePattern: '',
    publicFields: [...defaultPublicFields],
  };
}

let certificationSerial = 0;
export function newCertification(kind: CertificationKind = 'vietgap'): CertificationDraft {
  certificationSerial += 1;
  return {
    key: `cert-${certificationSerial}`,
    kind,
    name: '',
    stars: kind === 'ocop' ? '3' : '',
    number: '',
    issuer: '',
    validFrom: '',
    validTo: '',
    documentFileId: null,
  };
}

export function draftOf(product: ProductView): ProductDraft {
  return {
    nameVi: product.name.vi,
    nameEn: product.name.en,
    sku: product.sku,
    productType: product.productType,
    descriptionVi: product.description.vi,
    descriptionEn: product.description.en,
    imageIds: [...product.imageIds],
    netValue: product.netQuantity ? String(product.netQuantity.value) : '',
    netUnit: product.netQuantity?.unit ?? 'kg',
    shelfLifeDays: product.shelfLifeDays === null ? '' : String(product.shelfLifeDays),
    storageVi: product.storage.vi,
    storageEn: product.storage.en,
    country: product.country,
    province: product.province,
    gtin: product.gtin ?? '',
    gs1CompanyPrefix: product.gs1CompanyPrefix ?? '',
    certifications: product.certifications.map((certification) => ({
      ...newCertification(certification.kind),
      name: certification.name ?? '',
      stars: certification.stars === undefined ? '' : String(certification.stars),
      number: certification.number,
      issuer: certification.issuer,
      validFrom: certification.validFrom,
      validTo: certification.validTo ?? '',
      documentFileId: certification.documentFileId,
    })),
    processId: product.processId,
    lotCodePattern: product.lotCodePattern ?? '',
    publicFields: [...product.publicFields],
  };
}

const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (text: string) => {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
};

function certificationBody(draft: CertificationDraft): Certification {
  const stars = Number(draft.stars);
  return {
    kind: draft.kind,
    ...(draft.kind === 'other' ? { name: draft.name.trim() } : {}),
    ...(draft.kind === 'ocop' && stars >= 3 && stars <= 5 ? { stars } : {}),
    number: draft.number.trim(),
    issuer: draft.issuer.trim(),
    validFrom: draft.validFrom,
    validTo: blankToNull(draft.validTo),
    documentFileId: draft.documentFileId,
  };
}

/** The request body of a draft; the server checks GTIN, units and files, and answers with the path of a bad value. */
export function productBody(draft: ProductDraft): CreateProductBody {
  const netValue = numberOrNull(draft.netValue);
  const shelfLife = numberOrNull(draft.shelfLifeDays);
  return {
    name: { vi: draft.nameVi.trim(), en: draft.nameEn.trim() },
    sku: draft.sku.trim(),
    productType: draft.productType ?? productTypes[0].id,
    description: { vi: draft.descriptionVi.trim(), en: draft.descriptionEn.trim() },
    imageIds: [...draft.imageIds],
    netQuantity: netValue !== null && draft.netUnit ? { value: netValue, unit: draft.netUnit } : null,
    shelfLifeDays: shelfLife === null ? null : Math.round(shelfLife),
    storage: { vi: draft.storageVi.trim(), en: draft.storageEn.trim() },
    country: draft.country.trim().toUpperCase(),
    province:
      draft.country.trim().toUpperCase() === 'VN' && draft.province && provinceCodes.includes(draft.province)
        ? draft.province
        : null,
    gtin: blankToNull(draft.gtin.replace(/\s+/g, '')),
    gs1CompanyPrefix: blankToNull(draft.gs1CompanyPrefix),
    certifications: draft.certifications.map(certificationBody),
    processId: draft.processId,
    lotCodePattern: blankToNull(draft.lotCodePattern),
    publicFields: productPublicFields.filter((field) => draft.publicFields.includes(field)),
  };
}

export type DraftErrors = Partial<
  Record<
    'nameVi' | 'sku' | 'productType' | 'netValue' | 'shelfLifeDays' | 'certifications' | 'lotCodePattern',
    true
  >
>;

/** What must be filled before sending: the server checks the rest. */
export function draftProblems(draft: ProductDraft): DraftErrors {
  const problems: DraftErrors = {};
  if (draft.nameVi.trim() === '') problems.nameVi = true;
  if (draft.sku.trim() === '') problems.sku = true;
  if (draft.productType === null) problems.productType = true;
  if (draft.netValue.trim() !== '' && !(Number(draft.netValue.replace(',', '.')) > 0))
    problems.netValue = true;
  if (draft.shelfLifeDays.trim() !== '' && !(Number(draft.shelfLifeDays) >= 1)) problems.shelfLifeDays = true;
  const incomplete = draft.certifications.some(
    (certification) =>
      !certification.number.trim() ||
      !certification.issuer.trim() ||
      !certification.validFrom ||
      (certification.kind === 'other' && !certification.name.trim()),
  );
  if (incomplete) problems.certifications = true;
  const pattern = draft.lotCodePattern.trim();
  if (pattern !== '' && lotCodePatternFault(pattern) !== null) problems.lotCodePattern = true;
  return problems;
}

/** A certification is expired once its last valid day (`validTo`) is before today; `today` is YYYY-MM-DD. */
export function certificationExpired(validTo: string, today: string): boolean {
  return validTo !== '' && validTo < today;
}

/** Moves the image at `from` one place left (-1) or right (+1); out-of-range moves change nothing. */
export function moveImage(ids: readonly string[], from: number, step: -1 | 1): string[] {
  const to = from + step;
  if (from < 0 || from >= ids.length || to < 0 || to >= ids.length) return [...ids];
  const next = [...ids];
  const [moved] = next.splice(from, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}
