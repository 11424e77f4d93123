import type { JoinedTenant, MyInvitation, MyInvitationList } from '@nguon/contracts';
import {
  answerInvitation,
  findMember,
  findUserById,
  type InvitationLogin,
  type InvitationRow,
  insertMembership,
  listInvitationsToLogin,
  lockInvitationToLogin,
} from '@nguon/db';
import { oneOf, tenantRoles } from '@nguon/domain';
import type { PersonPrincipal } from '../auth/principal';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { invitationNotFound } from './invitations.service';

function toMyInvitation(row: InvitationRow): MyInvitation {
  return {
    id: row.id,
    tenantId: row.tenantId,
    tenantName: row.tenantName,
    role: oneOf(tenantRoles, row.role, 'tenant role'),
    invitedBy: row.invitedByName,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  };
}

async function loginOf(ctx: ServiceContext, principal: PersonPrincipal): Promise<InvitationLogin> {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return { email: user.email, phone: user.phone };
}

/** The invitations waiting for the signed-in person, matched by their email or phone. */
export async function listMyInvitations(
  ctx: ServiceContext,
  principal: PersonPrincipal,
): Promise<MyInvitationList> {
  const login = await loginOf(ctx, principal);
  return { items: (await listInvitationsToLogin(ctx.db, login, ctx.now())).map(toMyInvitation) };
}

/** Accepts once, in one transaction: the membership is made; the person then switches to it. */
export async function acceptMyInvitation(
  ctx: ServiceContext,
  principal: PersonPrincipal,
  id: string,
): Promise<JoinedTenant> {
  const login = await loginOf(ctx, principal);
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    const row = await lockInvitationToLogin(trx, login, id);
    if (!row) throw invitationNotFound();
    const role = oneOf(tenantRoles, row.role, 'tenant role');
    const joined = { tenantId: row.tenantId, tenantName: row.tenantName, role };
    if (row.status === 'accepted' && row.acceptedBy === principal.userId) return joined;
    const now = ctx.now();
    if (row.status !== 'pending' || row.expiresAt <= now) throw new AppError('INVITATION_CLOSED');
    // Someone who is already a member keeps the role they have.
    if (!(await findMember(trx, row.tenantId, principal.userId)))
      await insertMembership(trx, row.tenantId, principal.userId, row.role);
    await answerInvitation(trx, id, {
      from: ['pending'],
      status: 'accepted',
      now,
      acceptedBy: principal.userId,
    });
    return joined;
  });
}

/** Declines; declining again answers the same. */
export async function declineMyInvitation(
  ctx: ServiceContext,
  principal: PersonPrincipal,
  id: string,
): Promise<void> {
  const login = await loginOf(ctx, principal);
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    const row = await lockInvitationToLogin(trx, login, id);
    if (!row) throw invitationNotFound();
    if (row.status === 'declined') return;
    if (row.status !== 'pending' || row.expiresAt <= ctx.now()) throw new AppError('INVITATION_CLOSED');
    await answerInvitation(trx, id, { from: ['pending'], status: 'declined', now: ctx.now() });
  });
}
