import type { Db } from '../database';
import type { SessionRow } from '../schema';

export async function insertSession(
  db: Db,
  session: {
    idHash: string;
    userId: string;
    currentTenantId: string | null;
    csrfToken: string;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      current_tenant_id: session.currentTenantId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function findSession(db: Db, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
}

/** Slides the expiry forward; called at most once a minute per session to spare writes. */
export async function touchSession(db: Db, idHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function setSessionTenant(db: Db, idHash: string, tenantId: string | null): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ current_tenant_id: tenantId })
    .where('id_hash', '=', idHash)
    .execute();
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends a person's other sessions (after a password change), keeping one if given. */
export async function deleteSessionsOfUser(db: Db, userId: string, keepIdHash?: string): Promise<number> {
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepIdHash) query = query.where('id_hash', '!=', keepIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A removed member's sessions stop pointing at the tenant they left. */
export async function clearSessionTenantForUser(db: Db, userId: string, tenantId: string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ current_tenant_id: null })
    .where('user_id', '=', userId)
    .where('current_tenant_id', '=', tenantId)
    .execute();
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
