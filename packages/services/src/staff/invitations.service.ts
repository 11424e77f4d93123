import type {
  AddStaffBody,
  AddStaffResult,
  SetPasswordCode,
  StaffInvitation,
  StaffInvitationList,
} from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import {
  answerInvitation,
  expireInvitations,
  findMemberByLogin,
  findTenantInvitation,
  type InvitationRow,
  insertInvitation,
  listTenantInvitations,
  renewInvitationCode,
} from '@nguon/db';
import { oneOf, tenantRoles } from '@nguon/domain';
import { readLogin } from '../auth/person-login';
import { type Principal, requireTenantAction } from '../auth/principal';
import { humanCode, setPasswordLink, sha256 } from '../auth/secrets';
import type { ServiceContext } from '../context/service-context';
import { AppError, isUniqueViolation } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';

/** How long an invitation and its code stay open. */
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

export const invitationNotFound = () => new AppError('NOT_FOUND', { resource: resourceNames.invitation });

function toStaffInvitation(row: InvitationRow, now: Date): StaffInvitation {
  const expired = row.status === 'pending' && row.expiresAt <= now;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    role: oneOf(tenantRoles, row.role, 'tenant role'),
    invitedBy: row.invitedByName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    status: expired ? 'expired' : oneOf(['pending', 'declined'] as const, row.status, 'invitation status'),
  };
}

/** A fresh code: the code itself once, only its hash is stored. */
function newCode(ctx: ServiceContext) {
  const code = humanCode(ctx);
  const expiresAt = new Date(ctx.now().getTime() + INVITATION_TTL_MS);
  const url = setPasswordLink(ctx.config.publicBaseUrl, code);
  const shown: SetPasswordCode = { code, url, expiresAt: expiresAt.toISOString() };
  return { codeHash: sha256(code), expiresAt, shown };
}

/**
 * Invites a person by the login the owner typed. Every add does the same work and gets the same answer, an
 * invitation with a one-time code, whether or not an account holds the login: the code can only create a new
 * account (never set the password of an existing one), and an existing person accepts after signing in.
 */
export async function addStaff(
  ctx: ServiceContext,
  principal: Principal,
  body: AddStaffBody,
): Promise<AddStaffResult> {
  const actor = requireTenantAction(principal, 'staff.manage', { personOnly: true });
  const login = readLogin(body, '/phone');
  const code = newCode(ctx);
  const id = ctx.newId();
  try {
    return await withUnitOfWork(ctx, async ({ db: trx }) => {
      // Members are already listed to the owner with their logins, so saying so reveals nothing new.
      if (await findMemberByLogin(trx, actor.tenantId, login)) throw new AppError('ALREADY_MEMBER');
      const now = ctx.now();
      await expireInvitations(trx, actor.tenantId, now);
      await insertInvitation(trx, {
        id,
        tenantId: actor.tenantId,
        ...login,
        name: body.name.trim(),
        role: body.role,
        invitedBy: actor.userId,
        codeHash: code.codeHash,
        createdAt: now,
        expiresAt: code.expiresAt,
      });
      const row = await findTenantInvitation(trx, actor.tenantId, id);
      if (!row) throw new Error('invitation vanished inside its own transaction');
      return { invitation: toStaffInvitation(row, now), code: code.shown };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('INVITATION_PENDING');
    throw error;
  }
}

export async function listStaffInvitations(
  ctx: ServiceContext,
  principal: Principal,
): Promise<StaffInvitationList> {
  const actor = requireTenantAction(principal, 'staff.read');
  const now = ctx.now();
  return {
    items: (await listTenantInvitations(ctx.db, actor.tenantId)).map((r) => toStaffInvitation(r, now)),
  };
}

/** Withdraws an invitation that is not accepted; withdrawing again answers the same. */
export async function revokeStaffInvitation(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<void> {
  const actor = requireTenantAction(principal, 'staff.manage', { personOnly: true });
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    const row = await findTenantInvitation(trx, actor.tenantId, id);
    if (!row) throw invitationNotFound();
    if (row.status === 'revoked') return;
    const from = ['pending', 'declined', 'expired'] as const;
    if (!(await answerInvitation(trx, id, { from, status: 'revoked', now: ctx.now() })))
      throw new AppError('INVITATION_CLOSED');
  });
}

/** A new code for a waiting invitation (also one past its expiry): the old code stops working. */
export async function renewStaffInvitationCode(
  ctx: ServiceContext,
  principal: Principal,
  id: string,
): Promise<SetPasswordCode> {
  const actor = requireTenantAction(principal, 'staff.manage', { personOnly: true });
  const code = newCode(ctx);
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    if (!(await findTenantInvitation(trx, actor.tenantId, id))) throw invitationNotFound();
    const renewed = await renewInvitationCode(trx, actor.tenantId, id, code);
    if (!renewed) throw new AppError('INVITATION_CLOSED');
    return code.shown;
  });
}
