import type { SetPasswordCode, StaffList, StaffMember, UpdateStaffBody } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import {
  clearSessionTenantForUser,
  type Db,
  deleteMembership,
  expireSetPasswordCodes,
  findMember,
  findUserById,
  insertSetPasswordCode,
  listMembers,
  listMembershipsOfUser,
  listPlatformRoles,
  lockOwners,
  type MemberRow,
  updateMembershipRole,
} from '@nguon/db';
import { oneOf, tenantRoles } from '@nguon/domain';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';
import { humanCode, setPasswordLink, sha256 } from '../auth/secrets';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';

function toMember(row: MemberRow): StaffMember {
  return {
    userId: row.userId,
    name: row.name,
    email: row.email,
    phone: row.phone,
    role: oneOf(tenantRoles, row.role, 'tenant role'),
    joinedAt: row.joinedAt.toISOString(),
    passwordSet: row.passwordSet,
  };
}

const memberNotFound = () => new AppError('NOT_FOUND', { resource: resourceNames.member });

export async function listStaff(ctx: ServiceContext, principal: Principal): Promise<StaffList> {
  const actor = requireTenantAction(principal, 'staff.read');
  return { items: (await listMembers(ctx.db, actor.tenantId)).map(toMember) };
}

async function issueCode(
  ctx: ServiceContext,
  db: Db,
  actor: TenantActor,
  userId: string,
): Promise<SetPasswordCode> {
  const code = humanCode(ctx);
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + ctx.config.setPasswordCodeTtlMs);
  await expireSetPasswordCodes(db, actor.tenantId, userId, now);
  await insertSetPasswordCode(db, {
    codeHash: sha256(code),
    tenantId: actor.tenantId,
    userId,
    createdBy: actor.userId,
    expiresAt,
  });
  const url = setPasswordLink(ctx.config.publicBaseUrl, code);
  return { code, url, expiresAt: expiresAt.toISOString() };
}

/**
 * A new set-password code, only for a member whose account this tenant's invitation created, whose one
 * tenant is this one and who holds no platform role: an owner must never be able to take over an account
 * that the person made themselves, or that another tenant or the centre relies on.
 */
export async function issueSetPasswordCode(
  ctx: ServiceContext,
  principal: Principal,
  userId: string,
): Promise<SetPasswordCode> {
  const actor = requireTenantAction(principal, 'staff.manage', { personOnly: true });
  const member = await findMember(ctx.db, actor.tenantId, userId);
  if (!member) throw memberNotFound();
  if (userId === actor.userId) throw new AppError('CANNOT_CHANGE_SELF');
  const [user, memberships, platform] = await Promise.all([
    findUserById(ctx.db, userId),
    listMembershipsOfUser(ctx.db, userId),
    listPlatformRoles(ctx.db, userId),
  ]);
  const createdHere = user?.created_by_tenant_id === actor.tenantId;
  if (!createdHere || memberships.length > 1 || platform.roles.length > 0) throw new AppError('FORBIDDEN');
  return withUnitOfWork(ctx, ({ db: trx }) => issueCode(ctx, trx, actor, userId));
}

/** Guards shared by role changes and removals: not oneself, a member here, never the last owner. */
async function guardMemberChange(
  db: Db,
  actor: TenantActor,
  userId: string,
  losesOwner: boolean,
): Promise<void> {
  if (userId === actor.userId) throw new AppError('CANNOT_CHANGE_SELF');
  const owners = await lockOwners(db, actor.tenantId);
  // Re-checked under the lock: a concurrent change may have just demoted the actor.
  if (!owners.includes(actor.userId)) throw new AppError('FORBIDDEN');
  const member = await findMember(db, actor.tenantId, userId);
  if (!member) throw memberNotFound();
  if (losesOwner && member.role === 'owner' && owners.length <= 1) throw new AppError('LAST_OWNER');
}

export async function updateStaffRole(
  ctx: ServiceContext,
  principal: Principal,
  userId: string,
  body: UpdateStaffBody,
): Promise<StaffMember> {
  const actor = requireTenantAction(principal, 'staff.manage', { personOnly: true });
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    await guardMemberChange(trx, actor, userId, body.role !== 'owner');
    await updateMembershipRole(trx, actor.tenantId, userId, body.role);
    const member = await findMember(trx, actor.tenantId, userId);
    if (!member) throw memberNotFound();
    return toMember(member);
  });
}

/** Removes a member: their sessions stop working in this tenant at once, their codes expire. */
export async function removeStaff(ctx: ServiceContext, principal: Principal, userId: string): Promise<void> {
  const actor = requireTenantAction(principal, 'staff.manage', { personOnly: true });
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    await guardMemberChange(trx, actor, userId, true);
    await deleteMembership(trx, actor.tenantId, userId);
    await clearSessionTenantForUser(trx, userId, actor.tenantId);
    await expireSetPasswordCodes(trx, actor.tenantId, userId, ctx.now());
  });
}
