import type { ChangePasswordBody, SessionView } from '@nguon/contracts';
import {
  deleteSession,
  deleteSessionsOfUser,
  findMembership,
  findSession,
  findUserById,
  insertSession,
  listMembershipsOfUser,
  listPlatformRoles,
  setSessionTenant,
  setUserPassword,
  touchSession,
} from '@nguon/db';
import { oneOf, platformRoles, provinceCodes, tenantRoles } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import { withUnitOfWork } from '../unit-of-work';
import { assertStrongPassword, hashPassword, verifyPassword } from './passwords';
import type { PersonPrincipal, Principal } from './principal';
import { hmacSha256, randomToken } from './secrets';
import { buildSessionView } from './session-view';

export interface SignedIn {
  /** The cookie value; only its keyed hash is stored. */
  sessionToken: string;
  expiresAt: Date;
  view: SessionView;
}

/** Slide the expiry at most this often, to spare a write per request. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

/** The sliding expiry from now, never past the session's absolute lifetime from its start. */
function slidExpiry(ctx: ServiceContext, createdAt: Date): Date {
  const now = ctx.now().getTime();
  return new Date(Math.min(now + ctx.config.sessionTtlMs, createdAt.getTime() + ctx.config.sessionMaxAgeMs));
}

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
  const expiresAt = slidExpiry(ctx, ctx.now());
  await insertSession(ctx.db, { idHash, userId, currentTenantId: tenantId, csrfToken, expiresAt });
  const person = await loadPerson(ctx, idHash, userId, tenantId, csrfToken);
  return { sessionToken, expiresAt, view: await buildSessionView(ctx, person, expiresAt) };
}

/** The person behind a session cookie; an unknown cookie is unauthenticated; one idle too long, or older than the absolute lifetime, expired. */
export async function authenticateSession(
  ctx: ServiceContext,
  sessionToken: string,
): Promise<PersonPrincipal> {
  const idHash = sessionIdHash(ctx, sessionToken);
  const session = await findSession(ctx.db, idHash);
  if (!session) throw new AppError('UNAUTHENTICATED');
  const now = ctx.now();
  const tooOld = session.created_at.getTime() + ctx.config.sessionMaxAgeMs <= now.getTime();
  if (session.expires_at <= now || tooOld) {
    await deleteSession(ctx.db, idHash);
    throw new AppError('SESSION_EXPIRED');
  }
  if (now.getTime() - session.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
    await touchSession(ctx.db, idHash, now, slidExpiry(ctx, session.created_at));
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

export function isPerson(principal: Principal): principal is PersonPrincipal {
  return principal.kind === 'person';
}
