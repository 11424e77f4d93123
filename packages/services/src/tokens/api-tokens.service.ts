import type { ApiTokenView, CreateApiTokenBody, CreatedApiToken } from '@nguon/contracts';
import { resourceNames } from '@nguon/contracts';
import {
  type ApiTokenRow,
  findApiTokenByHash,
  findMembership,
  insertApiToken,
  listApiTokens,
  markApiTokenUsed,
  revokeApiToken,
} from '@nguon/db';
import { oneOf, tenantRoles } from '@nguon/domain';
import { type Principal, requireTenantAction } from '../auth/principal';
import { randomToken, sha256 } from '../auth/secrets';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';

const TOKEN_PREFIX = 'ngn_';
const LAST_USED_RESOLUTION_MS = 60_000;

function toView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    role: oneOf(tenantRoles, row.role, 'tenant role'),
    prefix: row.prefix,
    createdAt: row.created_at.toISOString(),
    createdBy: row.created_by,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    expiresAt: row.expires_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
  };
}

/** Tokens are managed by a person who owns the tenant, never by another token. */
export async function listTenantApiTokens(ctx: ServiceContext, principal: Principal) {
  const actor = requireTenantAction(principal, 'tokens.manage', { personOnly: true });
  return { items: (await listApiTokens(ctx.db, actor.tenantId)).map(toView) };
}

export async function createApiToken(
  ctx: ServiceContext,
  principal: Principal,
  body: CreateApiTokenBody,
): Promise<CreatedApiToken> {
  const actor = requireTenantAction(principal, 'tokens.manage', { personOnly: true });
  const secret = `${TOKEN_PREFIX}${randomToken(ctx)}`;
  const expiresAt = body.expiresInDays
    ? new Date(ctx.now().getTime() + body.expiresInDays * 86_400_000)
    : null;
  const row = await insertApiToken(ctx.db, {
    id: ctx.newId(),
    tenantId: actor.tenantId,
    name: body.name.trim(),
    role: body.role,
    tokenHash: sha256(secret),
    prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
    createdBy: actor.userId,
    expiresAt,
  });
  return { token: toView(row), secret };
}

export async function revokeTenantApiToken(
  ctx: ServiceContext,
  principal: Principal,
  tokenId: string,
): Promise<void> {
  const actor = requireTenantAction(principal, 'tokens.manage', { personOnly: true });
  if (!(await revokeApiToken(ctx.db, actor.tenantId, tokenId, ctx.now()))) {
    throw new AppError('NOT_FOUND', { resource: resourceNames.apiToken });
  }
}

/** The integration behind a Bearer token; unknown, expired and revoked tokens are refused alike. */
export async function authenticateApiToken(ctx: ServiceContext, secret: string): Promise<Principal> {
  const row = secret.startsWith(TOKEN_PREFIX) ? await findApiTokenByHash(ctx.db, sha256(secret)) : undefined;
  const now = ctx.now();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now))
    throw new AppError('TOKEN_INVALID');
  // A token never outlives its creator's ownership: demoted or removed owners' tokens stop working.
  const creator = await findMembership(ctx.db, row.tenant_id, row.created_by);
  if (creator?.role !== 'owner') throw new AppError('TOKEN_INVALID');
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await markApiTokenUsed(ctx.db, row.id, now);
  }
  return {
    kind: 'token',
    tokenId: row.id,
    tenantId: row.tenant_id,
    role: oneOf(tenantRoles, row.role, 'tenant role'),
    createdBy: row.created_by,
  };
}
