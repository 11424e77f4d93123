import { type SignUpBody, type SignUpResult, type SignUpSettings, tenantStatuses } from '@nguon/contracts';
import {
  claimIdempotencyKey,
  type Db,
  findIdempotentResponse,
  findTenant,
  findUserById,
  insertUser,
  saveIdempotentResponse,
} from '@nguon/db';
import { canonicalJson, oneOf } from '@nguon/domain';
import { type AttemptLimit, claimAttempts, refundAttempts } from '../auth/attempt-limits';
import { throttleAddress } from '../auth/client-address';
import { assertStrongPassword, hashPassword, verifyPassword } from '../auth/passwords';
import { accountsOfLogin, type Login, readLogin } from '../auth/person-login';
import { hmacSha256 } from '../auth/secrets';
import { type SignedIn, startSession } from '../auth/sessions.service';
import type { ServiceContext } from '../context/service-context';
import { AppError, isUniqueViolation } from '../errors/app-error';
import { assertIdempotencyKey } from '../idempotency/idempotency.service';
import { openTenant, statusOfNewTenant } from '../tenants/tenants.service';
import { withUnitOfWork } from '../unit-of-work';

/** Anonymous resource exhaustion: every sign-up and every taken login counts against the caller's address. */
const perAddress = { maxFailures: 10, windowSeconds: 3600, lockSeconds: 3600 };
const IDEMPOTENCY_SCOPE = 'sign-up';

export interface SignUpRequest {
  clientIp: string;
  idempotencyKey?: string;
}

export interface SignedUp extends SignedIn {
  result: SignUpResult;
  replayed: boolean;
}

export function getSignUpSettings(ctx: ServiceContext): SignUpSettings {
  return { mode: ctx.config.signUpMode };
}

async function loginTaken(db: Db, login: Login): Promise<boolean> {
  const { byEmail, byPhone } = await accountsOfLogin(db, login);
  return Boolean(byEmail ?? byPhone);
}

/** The new person, their tenant (active or pending by the operator's mode) and the owner membership. */
async function createAccount(
  ctx: ServiceContext,
  db: Db,
  body: SignUpBody,
  login: Login,
  passwordHash: string,
): Promise<SignUpResult> {
  // Says only "taken", as a sign-in failure says only "wrong": no name, no tenant, not which of the two.
  if (await loginTaken(db, login)) throw new AppError('SIGN_UP_LOGIN_TAKEN');
  const user = await insertUser(db, {
    id: ctx.newId(),
    name: body.person.name.trim(),
    ...login,
    passwordHash,
    now: ctx.now(),
  });
  const status = statusOfNewTenant(ctx, []);
  const tenant = await openTenant(ctx, db, user.id, body.tenant, status);
  return { userId: user.id, tenantId: tenant.id, status };
}

/** A retry with the same key and body answers the first result; the body's hash is keyed, as it holds a password. */
async function claimOrReplay(
  ctx: ServiceContext,
  db: Db,
  key: string,
  body: SignUpBody,
): Promise<SignUpResult | null> {
  const requestHash = hmacSha256(ctx.config.sessionSecret, canonicalJson(body));
  const claim = { scope: IDEMPOTENCY_SCOPE, key, endpoint: 'signUp', requestHash };
  if (await claimIdempotencyKey(db, claim, ctx.now())) return null;
  const stored = await findIdempotentResponse(db, IDEMPOTENCY_SCOPE, key);
  if (stored?.endpoint !== 'signUp' || stored.request_hash !== requestHash)
    throw new AppError('IDEMPOTENCY_KEY_REUSED');
  return storedResult(stored.response);
}

/** Reads back the result this service stored under the key. */
function storedResult(value: unknown): SignUpResult {
  const field = (name: string) =>
    typeof value === 'object' && value !== null && name in value ? Reflect.get(value, name) : undefined;
  const [userId, tenantId, status] = [field('userId'), field('tenantId'), field('status')];
  if (typeof userId !== 'string' || typeof tenantId !== 'string')
    throw new Error('a stored sign-up result lost its ids');
  return { userId, tenantId, status: oneOf(tenantStatuses, String(status), 'tenant status') };
}

/**
 * A replayed sign-up signs in only while its password still opens the account (a retry after a password change
 * is a taken login, as any other), and says where the tenant stands now, not when it was stored.
 */
async function stillTrue(db: Db, stored: SignUpResult, password: string): Promise<SignUpResult> {
  const user = await findUserById(db, stored.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, password)))
    throw new AppError('SIGN_UP_LOGIN_TAKEN');
  const tenant = await findTenant(db, stored.tenantId);
  return {
    ...stored,
    status: tenant ? oneOf(tenantStatuses, tenant.status, 'tenant status') : stored.status,
  };
}

/** The account made in one transaction, or the first result when the idempotency key was used before. */
async function createOrReplay(
  ctx: ServiceContext,
  body: SignUpBody,
  login: Login,
  key: string | undefined,
): Promise<{ result: SignUpResult; replayed: boolean }> {
  const passwordHash = await hashPassword(body.person.password);
  return withUnitOfWork(ctx, async ({ db: trx }) => {
    const replay = key === undefined ? null : await claimOrReplay(ctx, trx, key, body);
    if (replay) return { result: await stillTrue(trx, replay, body.person.password), replayed: true };
    const result = await createAccount(ctx, trx, body, login, passwordHash);
    if (key !== undefined) await saveIdempotentResponse(trx, IDEMPOTENCY_SCOPE, key, 201, result);
    return { result, replayed: false };
  });
}

/**
 * A person and their enterprise or co-op sign up: the person becomes its owner and is signed in. With the
 * operator's `approval` mode the tenant waits for a platform admin; `closed` refuses. Throttled per address.
 */
export async function signUp(
  ctx: ServiceContext,
  body: SignUpBody,
  request: SignUpRequest,
): Promise<SignedUp> {
  if (ctx.config.signUpMode === 'closed') throw new AppError('SIGN_UP_CLOSED');
  if (request.idempotencyKey !== undefined) assertIdempotencyKey(request.idempotencyKey);
  const login = readLogin(body.person, '/person/phone');
  assertStrongPassword(body.person.password, login.email ?? login.phone, '/person/password');
  // taken before the work, atomically: parallel sign-ups cannot pass the limit; given back unless it counts
  const limits: AttemptLimit[] = [
    { key: `sign-up:ip:${throttleAddress(request.clientIp)}`, policy: perAddress },
  ];
  await claimAttempts(ctx, limits, 'SIGN_UP_TOO_MANY');
  let outcome: { result: SignUpResult; replayed: boolean };
  try {
    outcome = await createOrReplay(ctx, body, login, request.idempotencyKey);
  } catch (error) {
    const taken =
      isUniqueViolation(error) || (error instanceof AppError && error.code === 'SIGN_UP_LOGIN_TAKEN');
    if (!taken) {
      await refundAttempts(ctx, limits);
      throw error;
    }
    throw new AppError('SIGN_UP_LOGIN_TAKEN');
  }
  if (outcome.replayed) await refundAttempts(ctx, limits);
  const signedIn = await startSession(ctx, outcome.result.userId, outcome.result.tenantId);
  return { ...signedIn, ...outcome };
}
