import type { Db } from '../database';
import type { ApiTokenRow } from '../schema';

export async function insertApiToken(
  db: Db,
  token: {
    id: string;
    tenantId: string;
    name: string;
    role: string;
    tokenHash: string;
    prefix: string;
    createdBy: string;
    expiresAt: Date | null;
  },
): Promise<ApiTokenRow> {
  return db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      tenant_id: token.tenantId,
      name: token.name,
      role: token.role,
      token_hash: token.tokenHash,
      prefix: token.prefix,
      created_by: token.createdBy,
      expires_at: token.expiresAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function listApiTokens(db: Db, tenantId: string): Promise<ApiTokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findApiTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Revokes a token of this tenant; returns false when the tenant has no such token. */
export async function revokeApiToken(db: Db, tenantId: string, tokenId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(now)) }))
    .where('tenant_id', '=', tenantId)
    .where('id', '=', tokenId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markApiTokenUsed(db: Db, tokenId: string, now: Date): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', tokenId).execute();
}
