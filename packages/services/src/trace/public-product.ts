import type { PublicCertification, PublicProducer, PublicProduct } from '@nguon/contracts';
import type { ProductRow, TenantRow } from '@nguon/db';
import { certificationName, provinces } from '@nguon/domain';
import { toProductView, vietnamDate } from '../products/product-views';
import { documentUrl, imagesOf, type PublicFiles } from './public-images';

const provinceName = (code: string | null) =>
  code === null ? null : (provinces.find((province) => province.code === code)?.name ?? null);

const textOrNull = (vi: string, en: string) => (vi.trim() === '' && en.trim() === '' ? null : { vi, en });

/** Files a product's page may show, public or not: the caller keeps only the public ones. */
export function productFileIds(row: ProductRow, now: Date): string[] {
  const view = toProductView(row, now);
  return [...view.imageIds, ...view.certifications.flatMap((cert) => cert.documentFileId ?? [])];
}

/** What a consumer sees of a product: the name, and the facts the owner chose to show. */
export function toPublicProduct(row: ProductRow, now: Date, files: PublicFiles): PublicProduct {
  const view = toProductView(row, now);
  const shows = new Set<string>(view.publicFields);
  const today = vietnamDate(now);
  const certifications = view.certifications.map(
    (cert): PublicCertification => ({
      kind: cert.kind,
      name: certificationName(cert),
      number: cert.number,
      issuer: cert.issuer,
      validFrom: cert.validFrom,
      validTo: cert.validTo,
      expired: cert.validTo !== null && cert.validTo < today,
      documentUrl:
        cert.documentFileId && files.ids.has(cert.documentFileId) ? documentUrl(cert.documentFileId) : null,
    }),
  );
  return {
    name: view.name,
    productType: shows.has('productType') ? view.productType : null,
    description: shows.has('description') ? textOrNull(view.description.vi, view.description.en) : null,
    images: shows.has('images') ? imagesOf(view.imageIds, files) : [],
    netQuantity: shows.has('netQuantity') ? view.netQuantity : null,
    shelfLifeDays: shows.has('shelfLife') ? view.shelfLifeDays : null,
    storage: shows.has('storage') ? textOrNull(view.storage.vi, view.storage.en) : null,
    origin: shows.has('origin') ? { country: view.country, province: provinceName(view.province) } : null,
    gtin: shows.has('gtin') ? view.gtin : null,
    certifications: shows.has('certifications') ? certifications : [],
  };
}

/**
 * The producer: the tenant as it presents itself on consumer pages. The logo's address changes with each upload
 * (as the tenant view's does): the logo is served cacheable for a day, and a page must not show the old one.
 */
export function toPublicProducer(tenant: TenantRow & { logo_updated_at: Date | null }): PublicProducer {
  return {
    name: tenant.name,
    kind: tenant.kind === 'coop' ? 'coop' : 'enterprise',
    address: tenant.address,
    province: provinceName(tenant.province),
    phone: tenant.phone,
    email: tenant.email,
    logoUrl: tenant.logo_updated_at
      ? `/api/v1/tenants/${tenant.id}/logo?v=${tenant.logo_updated_at.getTime()}`
      : null,
  };
}
