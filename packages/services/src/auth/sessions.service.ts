import type { ChangePasswordBody, SessionView, SetPasswordBody, SignInBody } from '@nguon/contracts';
import {
  clearSignInFailures,
  consumeSetPasswordCode,
  deleteSession,
  deleteSessionsOfUser,
  expireAllSetPasswordCodesOfUser,
  findMembership,
  findSession,
  findUserById,
  findUserByLogin,
  insertSession,
  listMembershipsOfUser,
  listPlatformRoles,
  recordSignInFailure,
  setSessionTenant,
  setUserPassword,
  throttleWait,
  touchSession,
} from '@nguon/db';
import { normalizeLogin, oneOf, platformRoles, provinceCodes, tenantRoles } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { joinByInvitationCode } from './join-by-invitation';
import { assertStrongPassword, hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';
import type { PersonPrincipal, Principal } from './principal';
import { hmacSha256, randomToken, sha256 } from './secrets';
import { buildSessionView } from './session-view';

export interface SignedIn {
  /** The cookie value; only its keyed hash is stored. */
  sessionToken: string;
  expiresAt: Date;
  view: SessionView;
}

const throttle = {
  login: { maxFailures: 10, windowSeconds: 15 * 60, lockSeconds: 5 * 60 },
  ip: { maxFailures: 50, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
};
/** Slide the expiry at most this often, to spare a write per request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

const sessionIdHash = (ctx: ServiceContext, token: string) => hmacSha256(ctx.config.sessionSecret, token);

async function loadPerson(
  ctx: ServiceContext,
  idHash: string,
  userId: string,
  tenantId: string | null,
  csrf: string,
) {
  const [membership, platform] = await Promise.all([
    tenantId ? findMembership(ctx.db, tenantId, userId) : undefined,
    listPlatformRoles(ctx.db, userId),
  ]);
  const person: PersonPrincipal = {
    kind: 'person',
    userId,
    sessionIdHash: idHash,
    csrfToken: csrf,
    tenantId: membership ? tenantId : null,
    role: membership ? oneOf(tenantRoles, membership.role, 'tenant role') : null,
    platformRoles: platform.roles.map((role) => oneOf(platformRoles, role, 'platform role')),
    inspectorProvinces: platform.provinces.map((code) => oneOf(provinceCodes, code, 'province')),
  };
  return person;
}

/** A new session for a person who just proved who they are (sign-in, set-password, sign-up). */
export async function startSession(
  ctx: ServiceContext,
  userId: string,
  preferredTenantId?: string,
): Promise<SignedIn> {
  const memberships = await listMembershipsOfUser(ctx.db, userId);
  const tenantId =
    memberships.find((m) => m.tenantId === preferredTenantId)?.tenantId ?? memberships[0]?.tenantId ?? null;
  const sessionToken = randomToken(ctx);
  const idHash = sessionIdHash(ctx, sessionToken);
  const csrfToken = randomToken(ctx, 24);
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.sessionTtlMs);
  await insertSession(ctx.db, { idHash, userId, currentTenantId: tenantId, csrfToken, expiresAt });
  const person = await loadPerson(ctx, idHash, userId, tenantId, csrfToken);
  return { sessionToken, expiresAt, view: await buildSessionView(ctx, person, expiresAt) };
}

/** Spends a password check's time on a login that cannot succeed, then fails. */
async function failSlowly(password: string): Promise<false> {
  await verifyAgainstDummy(password);
  return false;
}

/** Signs in by email or phone; unknown login and wrong password answer the same, and both are throttled. */
export async function signIn(ctx: ServiceContext, body: SignInBody, clientIp: string): Promise<SignedIn> {
  const login = normalizeLogin(body.login);
  const keys = { login: `login:${login ? JSON.stringify(login) : sha256(body.login)}`, ip: `ip:${clientIp}` };
  const now = ctx.now();
  const wait = Math.max(
    await throttleWait(ctx.db, keys.login, now),
    await throttleWait(ctx.db, keys.ip, now),
  );
  if (wait > 0) throw new AppError('TOO_MANY_ATTEMPTS', { retryAfter: wait });
  const user = login
    ? await findUserByLogin(ctx.db, login.kind === 'email' ? { email: login.email } : { phone: login.phone })
    : undefined;
  const ok = user?.password_hash
    ? await verifyPassword(user.password_hash, body.password)
    : await failSlowly(body.password);
  if (!user || !ok) {
    await recordSignInFailure(ctx.db, keys.login, now, throttle.login);
    await recordSignInFailure(ctx.db, keys.ip, now, throttle.ip);
    throw new AppError('INVALID_CREDENTIALS');
  }
  await clearSignInFailures(ctx.db, keys.login);
  return startSession(ctx, user.id);
}

/** The person behind a session cookie; an unknown cookie is unauthenticated, an old one expired. */
export async function authenticateSession(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<PersonPrincipal> {
  const idHash = sessionIdHash(ctx, sessionToken);
  const session = await findSession(ctx.db, idHash);
  if (!session) throw new AppError('UNAUTHENTICATED');
  const now = ctx.now();
  if (session.expires_at <= now) {
    await deleteSession(ctx.db, idHash);
    throw new AppError('SESSION_EXPIRED');
  }
  if (now.getTime() - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(ctx.db, idHash, now, new Date(now.getTime() + ctx.config.sessionTtlMs));
  }
  return loadPerson(ctx, idHash, session.user_id, session.current_tenant_id, session.csrf_token);
}

export async function getSessionView(ctx: ServiceContext, principal: PersonPrincipal): Promise<SessionView> {
  const session = await findSession(ctx.db, principal.sessionIdHash);
  if (!session) throw new AppError('UNAUTHENTICATED');
  return buildSessionView(ctx, principal, session.expires_at);
}

export async function signOut(ctx: ServiceContext, principal: PersonPrincipal): Promise<void> {
  await deleteSession(ctx.db, principal.sessionIdHash);
}

/** Works in another tenant; only tenants the person belongs to (no hint whether another one exists). */
export async function switchTenant(
  ctx: ServiceContext,
  principal: PersonPrincipal,
  tenantId: string,
): Promise<SessionView> {
  const membership = await findMembership(ctx.db, tenantId, principal.userId);
  if (!membership) throw new AppError('FORBIDDEN', {}, '/tenantId');
  await setSessionTenant(ctx.db, principal.sessionIdHash, tenantId);
  return getSessionView(ctx, {
    ...principal,
    tenantId,
    role: oneOf(tenantRoles, membership.role, 'tenant role'),
  });
}

/** Changes the password after checking the current one; every other session of the person ends. */
export async function changePassword(
  ctx: ServiceContext,
  principal: PersonPrincipal,
  body: ChangePasswordBody,
) {
  const user = await findUserById(ctx.db, principal.userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, body.currentPassword))) {
    throw new AppError('WRONG_CURRENT_PASSWORD', {}, '/currentPassword');
  }
  assertStrongPassword(body.newPassword, user.email ?? user.phone, '/newPassword');
  const passwordHash = await hashPassword(body.newPassword);
  await withUnitOfWork(ctx, async ({ db: trx }) => {
    await setUserPassword(trx, user.id, passwordHash, ctx.now());
    await deleteSessionsOfUser(trx, user.id, principal.sessionIdHash);
  });
}

/** A new member sets their password with the owner's one-time code and is signed in to that tenant. */
export async function setPasswordWithCode(ctx: ServiceContext, body: SetPasswordBody): Promise<SignedIn> {
  const code = body.code.trim().toUpperCase().replace(/[\s-]/g, '');
  const passwordHash = await hashPassword(body.password);
  const owner = await withUnitOfWork(ctx, async ({ db: trx }) => {
    const found = await consumeSetPasswordCode(trx, sha256(code), ctx.now());
    if (!found) {
      const joined = await joinByInvitationCode(ctx, trx, sha256(code), {
        plain: body.password,
        hash: passwordHash,
      });
      if (!joined) throw new AppError('SET_PASSWORD_CODE_INVALID', {}, '/code');
      return joined;
    }
    const user = await findUserById(trx, found.userId);
    if (!user) throw new AppError('SET_PASSWORD_CODE_INVALID', {}, '/code');
    assertStrongPassword(body.password, user.email ?? user.phone);
    await setUserPassword(trx, user.id, passwordHash, ctx.now());
    await expireAllSetPasswordCodesOfUser(trx, user.id, ctx.now());
    await deleteSessionsOfUser(trx, user.id);
    return found;
  });
  return startSession(ctx, owner.userId, owner.tenantId ?? undefined);
}

export function isPerson(principal: Principal): principal is PersonPrincipal {
  return principal.kind === 'person';
}
