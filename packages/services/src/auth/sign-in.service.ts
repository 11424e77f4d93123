import type { SignInBody } from '@nguon/contracts';
import {
  clearSignInFailures,
  findUserByLogin,
  rememberSignInAddress,
  signedInFromAddressSince,
} from '@nguon/db';
import { normalizeLogin } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { type AttemptLimit, claimAttempts, refundAttempts, withRefundWhenBusy } from './attempt-limits';
import { throttleAddress } from './client-address';
import { verifyAgainstDummy, verifyPassword } from './passwords';
import { type SignedIn, startSession } from './sessions.service';

const MINUTE = 60;
/**
 * Per account and address: the guesser's address is stopped, not the account. Per address: one address guessing
 * many accounts. Per account, slower: many addresses guessing one account; it never applies to an address the
 * person signed in from successfully in the last USUAL_ADDRESS_DAYS, so the owner at their usual place gets in.
 */
export const signInPolicies = {
  accountAtAddress: { maxFailures: 10, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
  address: { maxFailures: 50, windowSeconds: 15 * MINUTE, lockSeconds: 15 * MINUTE },
  account: { maxFailures: 30, windowSeconds: 60 * MINUTE, lockSeconds: 60 * MINUTE },
};
const USUAL_ADDRESS_DAYS = 30;

function signInLimits(account: string, address: string, usualAddress: boolean): AttemptLimit[] {
  const limits = [
    { key: `sign-in:account-address:${account}|${address}`, policy: signInPolicies.accountAtAddress },
    { key: `sign-in:address:${address}`, policy: signInPolicies.address },
  ];
  if (!usualAddress) limits.push({ key: `sign-in:account:${account}`, policy: signInPolicies.account });
  return limits;
}

/** Spends a password check's time on a login that cannot succeed, then fails. */
async function failSlowly(password: string): Promise<false> {
  await verifyAgainstDummy(password);
  return false;
}

/**
 * Signs in by email or phone; unknown login and wrong password answer the same, and both are throttled. The
 * attempt is taken from every limit before the password is checked, so parallel guesses cannot pass a limit.
 */
export async function signIn(ctx: ServiceContext, body: SignInBody, clientIp: string): Promise<SignedIn> {
  const login = normalizeLogin(body.login);
  const user = login
    ? await findUserByLogin(ctx.db, login.kind === 'email' ? { email: login.email } : { phone: login.phone })
    : undefined;
  const address = throttleAddress(clientIp);
  const since = new Date(ctx.now().getTime() - USUAL_ADDRESS_DAYS * 24 * 3600 * 1000);
  const usual = user ? await signedInFromAddressSince(ctx.db, user.id, address, since) : false;
  // an unknown login is throttled exactly as a known one from an unknown address: no hint which it is
  const account = user ? `user:${user.id}` : `login:${JSON.stringify(login ?? body.login)}`;
  const limits = signInLimits(account, address, usual);
  await claimAttempts(ctx, limits, 'TOO_MANY_ATTEMPTS');
  const ok = await withRefundWhenBusy(ctx, limits, () =>
    user?.password_hash ? verifyPassword(user.password_hash, body.password) : failSlowly(body.password),
  );
  if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
  const [pair, ...shared] = limits;
  if (pair) await clearSignInFailures(ctx.db, pair.key);
  await refundAttempts(ctx, shared);
  await rememberSignInAddress(ctx.db, user.id, address, ctx.now());
  return startSession(ctx, user.id);
}
