import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../database';
import type { DB } from '../schema';

/** The login an invitation was sent to, or that a person signs in with. */
export interface InvitationLogin {
  email: string | null;
  phone: string | null;
}

export interface InvitationRow {
  id: string;
  tenantId: string;
  tenantName: string;
  email: string | null;
  phone: string | null;
  name: string;
  role: string;
  invitedByName: string;
  createdAt: Date;
  expiresAt: Date;
  status: string;
  acceptedBy: string | null;
}

export interface NewInvitation {
  id: string;
  tenantId: string;
  email: string | null;
  phone: string | null;
  name: string;
  role: string;
  invitedBy: string;
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
}

export interface ClaimedInvitation {
  id: string;
  tenantId: string;
  email: string | null;
  phone: string | null;
  name: string;
  role: string;
}

function invitationsQuery(db: Db) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('tenants as t', 't.id', 'i.tenant_id')
    .innerJoin('users as u', 'u.id', 'i.invited_by')
    .select([
      'i.id',
      'i.tenant_id as tenantId',
      't.name as tenantName',
      'i.email',
      'i.phone',
      'i.name',
      'i.role',
      'u.name as invitedByName',
      'i.created_at as createdAt',
      'i.expires_at as expiresAt',
      'i.status',
      'i.accepted_by as acceptedBy',
    ]);
}

/** Invitations sent to this email or phone (either one matches; a null matches nothing). */
const toLogin = (login: InvitationLogin) =>
  sql<boolean>`(i.email = ${login.email} OR i.phone = ${login.phone})`;

export async function insertInvitation(db: Db, invitation: NewInvitation): Promise<void> {
  await db
    .insertInto('invitations')
    .values({
      id: invitation.id,
      tenant_id: invitation.tenantId,
      email: invitation.email,
      phone: invitation.phone,
      name: invitation.name,
      role: invitation.role,
      invited_by: invitation.invitedBy,
      code_hash: invitation.codeHash,
      created_at: invitation.createdAt,
      expires_at: invitation.expiresAt,
    })
    .execute();
}

/** Pending invitations past their expiry become expired, so the login may be invited again. */
export async function expireInvitations(db: Db, tenantId: string, now: Date): Promise<void> {
  await db
    .updateTable('invitations')
    .set({ status: 'expired' })
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'pending')
    .where('expires_at', '<=', now)
    .execute();
}

/** What a tenant's owner sees: invitations still waiting, or declined, newest first. */
export async function listTenantInvitations(db: Db, tenantId: string): Promise<InvitationRow[]> {
  return invitationsQuery(db)
    .where('i.tenant_id', '=', tenantId)
    .where('i.status', 'in', ['pending', 'declined'])
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id')
    .limit(500)
    .execute();
}

export async function findTenantInvitation(
  db: Db,
  tenantId: string,
  id: string,
): Promise<InvitationRow | undefined> {
  return invitationsQuery(db).where('i.tenant_id', '=', tenantId).where('i.id', '=', id).executeTakeFirst();
}

/** A refused or still-unapproved tenant's invitations cannot be used: its codes make no account, no member. */
const activeTenantIds = (db: Db) => db.selectFrom('tenants').select('id').where('status', '=', 'active');

/** Pending, unexpired invitations to a person's login, from active tenants. */
export async function listInvitationsToLogin(
  db: Db,
  login: InvitationLogin,
  now: Date,
): Promise<InvitationRow[]> {
  return invitationsQuery(db)
    .where(toLogin(login))
    .where('i.status', '=', 'pending')
    .where('i.expires_at', '>', now)
    .where('t.status', '=', 'active')
    .orderBy('i.created_at', 'desc')
    .execute();
}

/** One invitation to this login, locked until the transaction ends; someone else's is not found. */
export async function lockInvitationToLogin(
  db: Db,
  login: InvitationLogin,
  id: string,
): Promise<InvitationRow | undefined> {
  const row = await db
    .selectFrom('invitations as i')
    .select('i.id')
    .where('i.id', '=', id)
    .where(toLogin(login))
    .where('i.tenant_id', 'in', activeTenantIds(db))
    .forUpdate()
    .executeTakeFirst();
  return row ? invitationsQuery(db).where('i.id', '=', row.id).executeTakeFirst() : undefined;
}

/** Pending, unexpired, of an active tenant, with this code: what reading and claiming by code both ask. */
const usableByCode = (eb: ExpressionBuilder<DB, 'invitations'>, db: Db, codeHash: string, now: Date) =>
  eb.and([
    eb('code_hash', '=', codeHash),
    eb('status', '=', 'pending'),
    eb('expires_at', '>', now),
    eb('tenant_id', 'in', activeTenantIds(db)),
  ]);

const claimedColumns = ['id', 'tenant_id as tenantId', 'email', 'phone', 'name', 'role'] as const;

/** The pending, unexpired invitation a code belongs to, read without using it (to check before any hashing). */
export async function findUsableInvitationByCode(
  db: Db,
  codeHash: string,
  now: Date,
): Promise<ClaimedInvitation | undefined> {
  return db
    .selectFrom('invitations')
    .select(claimedColumns)
    .where((eb) => usableByCode(eb, db, codeHash, now))
    .executeTakeFirst();
}

/** Claims a pending, unexpired invitation by its code: the first caller gets it, a second finds nothing. */
export async function claimInvitationByCode(
  db: Db,
  codeHash: string,
  now: Date,
): Promise<ClaimedInvitation | undefined> {
  return db
    .updateTable('invitations')
    .set({ status: 'accepted', answered_at: now })
    .where((eb) => usableByCode(eb, db, codeHash, now))
    .returning(claimedColumns)
    .executeTakeFirst();
}

/** Moves an invitation from one of `from` to `status`; returns whether it moved. */
export async function answerInvitation(
  db: Db,
  id: string,
  change: { from: readonly string[]; status: string; now: Date; acceptedBy?: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ status: change.status, answered_at: change.now, accepted_by: change.acceptedBy ?? null })
    .where('id', '=', id)
    .where('status', 'in', [...change.from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** A new code and a new expiry for a pending invitation. */
export async function renewInvitationCode(
  db: Db,
  tenantId: string,
  id: string,
  renewal: { codeHash: string; expiresAt: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set({ code_hash: renewal.codeHash, expires_at: renewal.expiresAt })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
