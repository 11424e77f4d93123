import { sql } from 'kysely';
import type { Db } from '../database';

export interface MembershipRow {
  tenantId: string;
  tenantName: string;
  role: string;
}

export interface MemberRow {
  userId: string;
  name: string;
  email: string | null;
  phone: string | null;
  role: string;
  joinedAt: Date;
  passwordSet: boolean;
}

/** The tenants a person works in: only active ones (a signed-up tenant awaiting approval is not one yet). */
export async function listMembershipsOfUser(db: Db, userId: string): Promise<MembershipRow[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('tenants as t', 't.id', 'm.tenant_id')
    .select(['m.tenant_id as tenantId', 't.name as tenantName', 'm.role'])
    .where('m.user_id', '=', userId)
    .where('t.status', '=', 'active')
    .orderBy('t.name')
    .execute();
}

/** The tenants a person signed up that are not active: waiting for approval, or refused. */
export async function listInactiveMembershipsOfUser(
  db: Db,
  userId: string,
): Promise<{ tenantId: string; tenantName: string; status: string }[]> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('tenants as t', 't.id', 'm.tenant_id')
    .select(['m.tenant_id as tenantId', 't.name as tenantName', 't.status'])
    .where('m.user_id', '=', userId)
    .where('t.status', '<>', 'active')
    .orderBy('t.name')
    .execute();
}

/** A person's role in an active tenant; every tenant-scoped check goes through here, so a pending tenant grants nothing. */
export async function findMembership(
  db: Db,
  tenantId: string,
  userId: string,
): Promise<{ role: string } | undefined> {
  return db
    .selectFrom('memberships as m')
    .innerJoin('tenants as t', 't.id', 'm.tenant_id')
    .select('m.role')
    .where('m.tenant_id', '=', tenantId)
    .where('m.user_id', '=', userId)
    .where('t.status', '=', 'active')
    .executeTakeFirst();
}

function membersQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select([
      'u.id as userId',
      'u.name',
      'u.email',
      'u.phone',
      'm.role',
      'm.created_at as joinedAt',
      sql<boolean>`u.password_hash IS NOT NULL`.as('passwordSet'),
    ])
    .where('m.tenant_id', '=', tenantId);
}

export async function listMembers(db: Db, tenantId: string): Promise<MemberRow[]> {
  return membersQuery(db, tenantId).orderBy('u.name').orderBy('u.id').execute();
}

export async function findMember(db: Db, tenantId: string, userId: string): Promise<MemberRow | undefined> {
  return membersQuery(db, tenantId).where('m.user_id', '=', userId).executeTakeFirst();
}

/** The member of a tenant who signs in with this email or phone, if any. */
export async function findMemberByLogin(
  db: Db,
  tenantId: string,
  login: { email: string | null; phone: string | null },
): Promise<MemberRow | undefined> {
  return membersQuery(db, tenantId)
    .where(sql<boolean>`(u.email = ${login.email} OR u.phone = ${login.phone})`)
    .executeTakeFirst();
}

export async function insertMembership(
  db: Db,
  tenantId: string,
  userId: string,
  role: string,
): Promise<void> {
  await db.insertInto('memberships').values({ tenant_id: tenantId, user_id: userId, role }).execute();
}

export async function updateMembershipRole(
  db: Db,
  tenantId: string,
  userId: string,
  role: string,
): Promise<number> {
  const result = await db
    .updateTable('memberships')
    .set({ role })
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteMembership(db: Db, tenantId: string, userId: string): Promise<number> {
  const result = await db
    .deleteFrom('memberships')
    .where('tenant_id', '=', tenantId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Owners of a tenant, locked FOR UPDATE so two concurrent demotions cannot both pass the last-owner check. */
export async function lockOwners(db: Db, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('tenant_id', '=', tenantId)
    .where('role', '=', 'owner')
    .forUpdate()
    .execute();
  return rows.map((r) => r.user_id);
}
