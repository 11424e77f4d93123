import { answerInvitation, claimInvitationByCode, type Db, insertMembership, insertUser } from '@nguon/db';
import type { ServiceContext } from '../context/service-context';
import { AppError, isUniqueViolation } from '../errors/app-error';
import { accountsOfLogin } from './person-login';

/**
 * Redeems an invitation's code on the set-password screen: it creates the account of a person new to the
 * platform and makes them a member. It never touches an existing account (that would let the inviter take it
 * over): such a person signs in with their own password and accepts there. Runs inside the caller's transaction,
 * with the password already checked for strength and hashed.
 */
export async function joinByInvitationCode(
  ctx: ServiceContext,
  trx: Db,
  codeHash: string,
  passwordHash: string,
): Promise<{ userId: string; tenantId: string } | undefined> {
  const now = ctx.now();
  const invitation = await claimInvitationByCode(trx, codeHash, now);
  if (!invitation) return undefined;
  const { byEmail, byPhone } = await accountsOfLogin(trx, invitation);
  if (byEmail || byPhone) throw new AppError('INVITATION_NEEDS_SIGN_IN', {}, '/code');
  const userId = ctx.newId();
  try {
    await insertUser(trx, {
      id: userId,
      name: invitation.name,
      email: invitation.email,
      phone: invitation.phone,
      passwordHash,
      now,
      createdByTenantId: invitation.tenantId,
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('INVITATION_NEEDS_SIGN_IN', {}, '/code');
    throw error;
  }
  await insertMembership(trx, invitation.tenantId, userId, invitation.role);
  await answerInvitation(trx, invitation.id, {
    from: ['accepted'],
    status: 'accepted',
    now,
    acceptedBy: userId,
  });
  return { userId, tenantId: invitation.tenantId };
}
