import { createProduct, type Principal, type ServiceContext } from '@nguon/services';
import type { TenantFixture } from './fixtures';

/** A minimal valid product body; the SKU is unique per call. */
export const productBody = (overrides: Record<string, unknown> = {}) => ({
  name: { vi: 'Gạo ST25 Sóc Trăng', en: 'ST25 rice' },
  sku: `ST25-${crypto.randomUUID().slice(0, 8)}`,
  productType: 'rice',
  ...overrides,
});

const ownerOf = (tenant: TenantFixture): Principal => ({
  kind: 'token',
  tokenId: tenant.tokens.owner.id,
  tenantId: tenant.id,
  role: 'owner',
  createdBy: tenant.people.owner.id,
});

/** A product of the tenant, created by its owner. */
export async function createProductFixture(ctx: ServiceContext, tenant: TenantFixture) {
  const product = await createProduct(ctx, ownerOf(tenant), {
    name: { vi: 'Gạo ST25 Sóc Trăng', en: 'ST25 rice' },
    sku: `ST25-${crypto.randomUUID().slice(0, 8)}`,
    productType: 'rice',
  });
  return { id: product.id, revision: product.revision };
}
