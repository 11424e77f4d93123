import { type PendingTenantList, resourceNames, type TenantDecision } from '@nguon/contracts';
import { changeTenantStatus, findTenant, listTenantsByStatus } from '@nguon/db';
import { oneOf, provinceCodes, tenantKinds } from '@nguon/domain';
import { type Principal, requirePlatformRole } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';

/** Tenants that signed up while the operator asks for approval, oldest first. */
export async function listPendingTenants(
  ctx: ServiceContext,
  principal: Principal,
): Promise<PendingTenantList> {
  requirePlatformRole(principal, 'admin');
  const rows = await listTenantsByStatus(ctx.db, 'pending');
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: oneOf(tenantKinds, row.kind, 'tenant kind'),
      province: oneOf(provinceCodes, row.province, 'province'),
      address: row.address,
      taxCode: row.tax_code,
      ownerName: row.owner_name,
      ownerEmail: row.owner_email,
      ownerPhone: row.owner_phone,
      createdAt: row.created_at.toISOString(),
    })),
  };
}

/** A platform admin approves (the owner can start working) or refuses a pending tenant; decided once. */
export async function decideTenant(
  ctx: ServiceContext,
  principal: Principal,
  tenantId: string,
  decision: 'approve' | 'refuse',
): Promise<TenantDecision> {
  requirePlatformRole(principal, 'admin');
  const status = decision === 'approve' ? 'active' : 'refused';
  const changed = await changeTenantStatus(ctx.db, tenantId, 'pending', status, ctx.now());
  if (changed) return { id: changed.id, status };
  if (!(await findTenant(ctx.db, tenantId)))
    throw new AppError('NOT_FOUND', { resource: resourceNames.tenant });
  throw new AppError('TENANT_NOT_PENDING');
}
