import type { CreateTenantBody, TenantView, UpdateTenantBody } from '@nguon/contracts';
import { resourceNames, tenantStatuses } from '@nguon/contracts';
import {
  type Db,
  findTenant,
  insertMembership,
  insertTenant,
  recordSignInFailure,
  type TenantRow,
  throttleWait,
  updateTenant,
} from '@nguon/db';
import { checkGln, oneOf, type PlatformRole, provinceCodes, tenantKinds } from '@nguon/domain';
import { type Principal, requirePerson, requireTenantAction } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { announcePublicChanges } from '../public-changes/announce-changes';
import { traceTags } from '../public-changes/public-changes.port';
import { withUnitOfWork } from '../unit-of-work';

export function toTenantView(row: TenantRow & { logo_updated_at?: Date | null }): TenantView {
  return {
    id: row.id,
    name: row.name,
    kind: oneOf(tenantKinds, row.kind, 'tenant kind'),
    address: row.address,
    province: oneOf(provinceCodes, row.province, 'province'),
    taxCode: row.tax_code,
    gln: row.gln,
    phone: row.phone,
    email: row.email,
    status: oneOf(tenantStatuses, row.status, 'tenant status'),
    logoUrl: row.logo_updated_at ? `/api/v1/tenants/${row.id}/logo?v=${row.logo_updated_at.getTime()}` : null,
    createdAt: row.created_at.toISOString(),
  };
}

function assertGln(gln: string | null | undefined): void {
  if (!gln) return;
  const check = checkGln(gln);
  if (!check.ok && check.reason === 'check_digit') {
    throw new AppError('GLN_CHECK_DIGIT', { value: gln, expected: check.expected }, '/gln');
  }
}

/** The status of a new tenant under the operator's SIGNUP mode: waiting under approval, refused when closed; an admin's starts at once. */
export function statusOfNewTenant(
  ctx: ServiceContext,
  platformRoles: readonly PlatformRole[],
): 'active' | 'pending' {
  if (platformRoles.includes('admin')) return 'active';
  if (ctx.config.signUpMode === 'closed') throw new AppError('SIGN_UP_CLOSED');
  return ctx.config.signUpMode === 'approval' ? 'pending' : 'active';
}

/** Inserts the tenant with the person as its first owner, inside the caller's unit of work. */
export async function openTenant(
  ctx: ServiceContext,
  db: Db,
  ownerId: string,
  body: CreateTenantBody,
  status: 'active' | 'pending',
): Promise<TenantRow> {
  const tenant = await insertTenant(db, {
    id: ctx.newId(),
    name: body.name.trim(),
    kind: body.kind,
    address: body.address.trim(),
    province: body.province,
    tax_code: body.taxCode ?? null,
    gln: body.gln ?? null,
    phone: body.phone ?? null,
    email: body.email?.toLowerCase() ?? null,
    status,
  });
  await insertMembership(db, tenant.id, ownerId, 'owner');
  return tenant;
}

// Anonymous sign-ups are limited per address; a signed-in person opening tenants is limited per person.
const openingsPerPerson = { maxFailures: 10, windowSeconds: 3600, lockSeconds: 3600 };

/** Anyone signed in may open an enterprise or co-op account and becomes its first owner, within the SIGNUP mode. */
export async function createTenant(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateTenantBody,
): Promise<TenantView> {
  const person = requirePerson(principal);
  const status = statusOfNewTenant(ctx, person.platformRoles);
  assertGln(body.gln);
  const limited = !person.platformRoles.includes('admin');
  const throttleKey = `open-tenant:user:${person.userId}`;
  const wait = limited ? await throttleWait(ctx.db, throttleKey, ctx.now()) : 0;
  if (wait > 0) throw new AppError('TENANT_OPENING_TOO_MANY', { retryAfter: wait });
  const row = await withUnitOfWork(ctx, ({ db }) => openTenant(ctx, db, person.userId, body, status));
  if (limited) await recordSignInFailure(ctx.db, throttleKey, ctx.now(), openingsPerPerson);
  return toTenantView(row);
}

export async function getCurrentTenant(ctx: ServiceContext, principal: Principal): Promise<TenantView> {
  const actor = requireTenantAction(principal, 'tenant.read');
  const row = await findTenant(ctx.db, actor.tenantId);
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.tenant });
  return toTenantView(row);
}

export async function updateCurrentTenant(
  ctx: ServiceContext,
  principal: Principal,
  body: UpdateTenantBody,
): Promise<TenantView> {
  const actor = requireTenantAction(principal, 'tenant.update');
  assertGln(body.gln);
  const row = await updateTenant(
    ctx.db,
    actor.tenantId,
    {
      name: body.name?.trim(),
      kind: body.kind,
      address: body.address?.trim(),
      province: body.province,
      tax_code: body.taxCode,
      gln: body.gln,
      phone: body.phone,
      email: body.email === undefined ? undefined : (body.email?.toLowerCase() ?? null),
    },
    ctx.now(),
  );
  if (!row) throw new AppError('NOT_FOUND', { resource: resourceNames.tenant });
  // the producer on every page of the tenant
  announcePublicChanges(ctx, [traceTags.tenant(actor.tenantId)]);
  return getCurrentTenant(ctx, principal);
}
