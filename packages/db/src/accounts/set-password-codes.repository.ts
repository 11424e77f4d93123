import type { Db } from '../database';

export async function insertSetPasswordCode(
  db: Db,
  code: {
    codeHash: string;
    tenantId: string | null;
    userId: string;
    createdBy: string | null;
    expiresAt: Date;
  },
): Promise<void> {
  await db
    .insertInto('set_password_codes')
    .values({
      code_hash: code.codeHash,
      tenant_id: code.tenantId,
      user_id: code.userId,
      created_by: code.createdBy,
      expires_at: code.expiresAt,
    })
    .execute();
}

/** Whose an unused, unexpired code is, without using it: checked before any password is hashed. */
export async function findUsableSetPasswordCode(
  db: Db,
  codeHash: string,
  now: Date,
): Promise<{ userId: string; tenantId: string | null } | undefined> {
  return db
    .selectFrom('set_password_codes')
    .select(['user_id as userId', 'tenant_id as tenantId'])
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Marks an unused, unexpired code as used and returns whose it was; a second use finds nothing. */
export async function consumeSetPasswordCode(
  db: Db,
  codeHash: string,
  now: Date,
): Promise<{ userId: string; tenantId: string | null } | undefined> {
  return db
    .updateTable('set_password_codes')
    .set({ used_at: now })
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['user_id as userId', 'tenant_id as tenantId'])
    .executeTakeFirst();
}

/** Older codes stop working when a new one is issued. */
export async function expireSetPasswordCodes(
  db: Db,
  tenantId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('set_password_codes')
    .set({ used_at: now })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Once a password is set, no code of that person works any more, whichever tenant issued it. */
export async function expireAllSetPasswordCodesOfUser(db: Db, userId: string, now: Date): Promise<void> {
  await db
    .updateTable('set_password_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}
