import type { FileBody, TenantView } from '@nguon/contracts';
import { imageMediaTypes, resourceNames } from '@nguon/contracts';
import { deleteTenantLogo, findTenantLogo, upsertTenantLogo } from '@nguon/db';
import { type Principal, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { getCurrentTenant } from './tenants.service';

const signatures: Record<(typeof imageMediaTypes)[number], (b: Uint8Array) => boolean> = {
  'image/png': (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/webp': (b) =>
    Buffer.from(b.subarray(0, 4)).toString('latin1') === 'RIFF' &&
    Buffer.from(b.subarray(8, 12)).toString('latin1') === 'WEBP',
};

/** The media type the bytes really are, whatever the request claimed; null when none we accept. */
export function sniffImageType(bytes: Uint8Array): (typeof imageMediaTypes)[number] | null {
  return imageMediaTypes.find((type) => signatures[type](bytes)) ?? null;
}

const wrongType = () => new AppError('UNSUPPORTED_FILE_TYPE', { accepted: 'PNG, JPEG, WebP' });

/** Replaces the logo; the declared type must match what the bytes are. */
export async function setTenantLogo(
  ctx: ServiceContext,
  principal: Principal,
  file: FileBody,
): Promise<TenantView> {
  const actor = requireTenantAction(principal, 'tenant.update');
  const sniffed = sniffImageType(file.bytes);
  if (!sniffed || sniffed !== file.contentType) throw wrongType();
  await upsertTenantLogo(ctx.db, actor.tenantId, sniffed, Buffer.from(file.bytes), ctx.now());
  return getCurrentTenant(ctx, principal);
}

export async function removeTenantLogo(ctx: ServiceContext, principal: Principal): Promise<TenantView> {
  const actor = requireTenantAction(principal, 'tenant.update');
  await deleteTenantLogo(ctx.db, actor.tenantId);
  return getCurrentTenant(ctx, principal);
}

/** Public: logos appear on consumer pages. */
export async function getTenantLogo(ctx: ServiceContext, tenantId: string): Promise<FileBody> {
  const logo = await findTenantLogo(ctx.db, tenantId);
  if (!logo) throw new AppError('NOT_FOUND', { resource: resourceNames.logo });
  return { contentType: logo.contentType, bytes: logo.bytes };
}
