import type { Db } from '../database';
import type { UserRow } from '../schema';

export interface NewUser {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  passwordHash: string | null;
  /** When the row is written: the password's change time when there is one. */
  now: Date;
  /** The tenant whose invitation created the account, if one did. */
  createdByTenantId?: string | null;
}

export async function insertUser(db: Db, user: NewUser): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      id: user.id,
      name: user.name,
      email: user.email,
      phone: user.phone,
      password_hash: user.passwordHash,
      password_changed_at: user.passwordHash ? user.now : null,
      created_by_tenant_id: user.createdByTenantId ?? null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export async function findUserById(db: Db, userId: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', userId).executeTakeFirst();
}

/** Finds a person by normalised email or phone. */
export async function findUserByLogin(
  db: Db,
  login: { email?: string; phone?: string },
): Promise<UserRow | undefined> {
  if (login.email)
    return db.selectFrom('users').selectAll().where('email', '=', login.email).executeTakeFirst();
  if (login.phone)
    return db.selectFrom('users').selectAll().where('phone', '=', login.phone).executeTakeFirst();
  return undefined;
}

export async function setUserPassword(
  db: Db,
  userId: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, password_changed_at: now })
    .where('id', '=', userId)
    .execute();
}

export async function listPlatformRoles(
  db: Db,
  userId: string,
): Promise<{ roles: string[]; provinces: string[] }> {
  const [roles, provinces] = await Promise.all([
    db.selectFrom('platform_roles').select('role').where('user_id', '=', userId).orderBy('role').execute(),
    db
      .selectFrom('inspector_provinces')
      .select('province')
      .where('user_id', '=', userId)
      .orderBy('province')
      .execute(),
  ]);
  return { roles: roles.map((r) => r.role), provinces: provinces.map((p) => p.province) };
}

/** Replaces a person's platform roles and inspector provinces; run inside a transaction. */
export async function replacePlatformRoles(
  db: Db,
  userId: string,
  roles: string[],
  provinces: string[],
): Promise<void> {
  await db.deleteFrom('platform_roles').where('user_id', '=', userId).execute();
  await db.deleteFrom('inspector_provinces').where('user_id', '=', userId).execute();
  if (roles.length) {
    await db
      .insertInto('platform_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
  }
  if (provinces.length) {
    await db
      .insertInto('inspector_provinces')
      .values(provinces.map((province) => ({ user_id: userId, province })))
      .execute();
  }
}

/** How many people have an account at all: none means nobody can sign in yet. */
export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many people hold a platform role, e.g. admin. */
export async function countPlatformRole(db: Db, role: string): Promise<number> {
  const row = await db
    .selectFrom('platform_roles')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('role', '=', role)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Adds one platform role, keeping the others; adding it twice changes nothing. */
export async function grantPlatformRole(db: Db, userId: string, role: string): Promise<void> {
  await db
    .insertInto('platform_roles')
    .values({ user_id: userId, role })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
