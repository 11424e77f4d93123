import type { SetPasswordBody } from '@nguon/contracts';
import {
  clearSignInFailures,
  consumeSetPasswordCode,
  deleteSessionsOfUser,
  expireAllSetPasswordCodesOfUser,
  findUsableInvitationByCode,
  findUsableSetPasswordCode,
  findUserById,
  setUserPassword,
} from '@nguon/db';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { type AttemptLimit, claimAttempts, refundAttempts, withRefundWhenBusy } from './attempt-limits';
import { throttleAddress } from './client-address';
import { joinByInvitationCode } from './join-by-invitation';
import { assertStrongPassword, hashPassword } from './passwords';
import { accountsOfLogin } from './person-login';
import { sha256 } from './secrets';
import { type SignedIn, startSession } from './sessions.service';

const MINUTE = 60;
/** A person sets a password once; an address or a code tried this often is guessing. */
export const setPasswordPolicies = {
  address: { maxFailures: 10, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
  code: { maxFailures: 10, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
};

const codeInvalid = () => new AppError('SET_PASSWORD_CODE_INVALID', {}, '/code');

/**
 * A new member sets their password with the owner's one-time code and is signed in to that tenant. Throttled per
 * address and per code, and the code is checked before the password is hashed: a wrong code costs no hashing.
 */
export async function setPasswordWithCode(
  ctx: ServiceContext,
  body: SetPasswordBody,
  clientIp: string,
): Promise<SignedIn> {
  const codeHash = sha256(body.code.trim().toUpperCase().replace(/[\s-]/g, ''));
  const limits: AttemptLimit[] = [
    { key: `set-password:address:${throttleAddress(clientIp)}`, policy: setPasswordPolicies.address },
    { key: `set-password:code:${codeHash}`, policy: setPasswordPolicies.code },
  ];
  await claimAttempts(ctx, limits, 'SET_PASSWORD_TOO_MANY');
  const code = await findUsableSetPasswordCode(ctx.db, codeHash, ctx.now());
  if (!code) return joinWithInvitationCode(ctx, body, codeHash, limits);
  const user = await findUserById(ctx.db, code.userId);
  if (!user) throw codeInvalid();
  await assertStrongOrRefund(ctx, limits, body.password, user.email ?? user.phone);
  const passwordHash = await withRefundWhenBusy(ctx, limits, () => hashPassword(body.password));
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    // the one atomic use: of two racing requests with one code, one finds it used
    const used = await consumeSetPasswordCode(trx, codeHash, ctx.now());
    if (used?.userId !== user.id) throw codeInvalid();
    await setUserPassword(trx, user.id, passwordHash, ctx.now());
    await expireAllSetPasswordCodesOfUser(trx, user.id, ctx.now());
    await deleteSessionsOfUser(trx, user.id);
  });
  await settleAttempts(ctx, limits);
  return startSession(ctx, user.id, code.tenantId ?? undefined);
}

/** An invitation's code creates a new person's account and membership; checked, like a code, before hashing. */
async function joinWithInvitationCode(
  ctx: ServiceContext,
  body: SetPasswordBody,
  codeHash: string,
  limits: AttemptLimit[],
): Promise<SignedIn> {
  const invitation = await findUsableInvitationByCode(ctx.db, codeHash, ctx.now());
  if (!invitation) throw codeInvalid();
  // before any hashing; checked again inside the transaction against a race
  const { byEmail, byPhone } = await accountsOfLogin(ctx.db, invitation);
  if (byEmail || byPhone) throw new AppError('INVITATION_NEEDS_SIGN_IN', {}, '/code');
  await assertStrongOrRefund(ctx, limits, body.password, invitation.email ?? invitation.phone);
  const hash = await withRefundWhenBusy(ctx, limits, () => hashPassword(body.password));
  const joined = await withUnitOfWork(ctx, ({ db: trx }) => joinByInvitationCode(ctx, trx, codeHash, hash));
  // two requests racing with one code: the second finds it used
  if (!joined) throw codeInvalid();
  await settleAttempts(ctx, limits);
  return startSession(ctx, joined.userId, joined.tenantId);
}

/** A weak password with a right code is not a guess: its attempts are given back before it is refused. */
async function assertStrongOrRefund(
  ctx: ServiceContext,
  limits: AttemptLimit[],
  password: string,
  login: string | null,
): Promise<void> {
  try {
    assertStrongPassword(password, login);
  } catch (error) {
    await refundAttempts(ctx, limits);
    throw error;
  }
}

/** A code that worked is spent: its failures are cleared and the address's attempt given back. */
async function settleAttempts(ctx: ServiceContext, limits: AttemptLimit[]): Promise<void> {
  const [address, codeLimit] = limits;
  if (codeLimit) await clearSignInFailures(ctx.db, codeLimit.key);
  await refundAttempts(ctx, address ? [address] : []);
}
