import type { FileBody, TenantView } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import { deleteTenantLogo, findTenantLogo, upsertTenantLogo } from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { sniffImageType } from '../files/file-content';
import { withoutMetadata } from '../files/image-variants';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { getCurrentTenant } from './tenants.service';

const wrongType = () => new AppError('UNSUPPORTED_FILE_TYPE', { accepted: 'PNG, JPEG, WebP' });

/**
 * Replaces the logo; the declared type must match what the bytes are. The logo is public, so it is stored
 * re-encoded from its pixels: whatever else the upload carried (markup after the image, metadata) is gone.
 */
export async function setTenantLogo(
  ctx: ServiceContext,
  principal: Principal,
  file: FileBody,
): Promise<TenantView> {
  const actor = requireTenantAction(principal, 'tenant.update');
  const sniffed = sniffImageType(file.bytes);
  if (!sniffed || sniffed !== file.contentType) throw wrongType();
  const reencoded = await withoutMetadata(file.bytes, sniffed);
  await upsertTenantLogo(ctx.db, actor.tenantId, sniffed, Buffer.from(reencoded), ctx.now());
  announcePublicChanges(ctx, [traceTags.tenant(actor.tenantId)]);
  return getCurrentTenant(ctx, principal);
}

export async function removeTenantLogo(ctx: ServiceContext, principal: Principal): Promise<TenantView> {
  const actor = requireTenantAction(principal, 'tenant.update');
  if (await deleteTenantLogo(ctx.db, actor.tenantId))
    announcePublicChanges(ctx, [traceTags.tenant(actor.tenantId)]);
  return getCurrentTenant(ctx, principal);
}

/** Public: logos appear on consumer pages. */
export async function getTenantLogo(ctx: ServiceContext, tenantId: string): Promise<FileBody> {
  const logo = await findTenantLogo(ctx.db, tenantId);
  if (!logo) throw new AppError('NOT_FOUND', { resource: resourceNames.logo });
  return { contentType: logo.contentType, bytes: logo.bytes };
}
