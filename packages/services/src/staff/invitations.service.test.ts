import type { AddStaffResult } from '@nguon/contracts';
import { findMembership, listMembershipsOfUser } from '@nguon/db';
import { testDrivers } from '@nguon/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonPrincipal } from '../auth/principal';
import { authenticateSession, startSession } from '../auth/sessions.service';
import { setPasswordWithCode } from '../auth/set-password.service';
import {
  createServiceKit,
  createTenantKit,
  refusalOf,
  type ServiceKit,
  signedInPerson,
  type TenantKit,
} from '../testing';
import {
  addStaff,
  INVITATION_TTL_MS,
  listStaffInvitations,
  renewStaffInvitationCode,
  revokeStaffInvitation,
} from './invitations.service';
import { acceptMyInvitation, declineMyInvitation, listMyInvitations } from './my-invitations.service';
import { issueSetPasswordCode, listStaff } from './staff.service';

const PASSWORD = 'Mat-ong-Bac-Ha-2026';
let n = 0;
const fresh = (label: string) => `${label}.${++n}@htx.test`;

describe.each(await testDrivers())('invitations on %s', (driver) => {
  let kit: ServiceKit;
  let a: TenantKit;
  let b: TenantKit;
  beforeAll(async () => {
    kit = await createServiceKit(driver);
    a = await createTenantKit(kit.ctx, 'A');
    b = await createTenantKit(kit.ctx, 'B');
  }, 60_000);
  afterAll(async () => {
    await kit?.close();
  });

  /** A real session of someone who made their own account, as the API would see them. */
  async function personWithAccount(email = fresh('own')): Promise<PersonPrincipal & { email: string }> {
    const made = await signedInPerson(kit.ctx, email);
    const signedIn = await startSession(kit.ctx, made.userId);
    return { ...(await authenticateSession(kit.ctx, signedIn.sessionToken)), email };
  }
  const invite = (email: string, role: 'owner' | 'clerk' | 'viewer' = 'clerk') =>
    addStaff(kit.ctx, a.as.owner, { name: 'Tên chủ gõ', email, role });

  it('answers the same whether or not the login has an account, and makes nobody a member', async () => {
    const existing = await personWithAccount();
    const strip = (r: AddStaffResult) => ({
      ...r,
      invitation: { ...r.invitation, id: '', email: '' },
      code: { ...r.code, code: '', url: r.code.url.replace(r.code.code, '') },
    });
    const toExisting = await invite(
      (
        await kit.ctx.db
          .selectFrom('users')
          .select('email')
          .where('id', '=', existing.userId)
          .executeTakeFirstOrThrow()
      ).email ?? '',
    );
    const toNew = await invite(fresh('new'));
    expect(strip(toExisting)).toEqual(strip(toNew));
    expect(toExisting.invitation).toMatchObject({ name: 'Tên chủ gõ', status: 'pending', role: 'clerk' });
    expect(await findMembership(kit.ctx.db, a.id, existing.userId)).toBeUndefined();
    const listed = (await listStaffInvitations(kit.ctx, a.as.viewer)).items.map((i) => i.id);
    expect(listed).toEqual(expect.arrayContaining([toExisting.invitation.id, toNew.invitation.id]));
    expect((await listStaff(kit.ctx, a.as.owner)).items.map((m) => m.userId)).not.toContain(existing.userId);
  });

  it('a new person joins with the code, once; the account is that tenant’s to hand a new code for', async () => {
    const added = await invite(fresh('hoa'));
    const joined = await setPasswordWithCode(
      kit.ctx,
      { code: added.code.code, password: PASSWORD },
      '127.0.0.1',
    );
    expect(joined.view.memberships).toEqual([{ tenantId: a.id, tenantName: a.name, role: 'clerk' }]);
    expect(joined.view.user.name).toBe('Tên chủ gõ');
    const again = await refusalOf(
      setPasswordWithCode(kit.ctx, { code: added.code.code, password: PASSWORD }, '127.0.0.1'),
    );
    expect(again.code).toBe('SET_PASSWORD_CODE_INVALID');
    expect((await issueSetPasswordCode(kit.ctx, a.as.owner, joined.view.user.id)).code).toHaveLength(10);
    expect((await listStaffInvitations(kit.ctx, a.as.owner)).items.map((i) => i.id)).not.toContain(
      added.invitation.id,
    );
  });

  it('a tenant that is not active (refused, or waiting for approval) cannot have its invitations used', async () => {
    const c = await createTenantKit(kit.ctx, 'C');
    const email = fresh('cho');
    const person = await personWithAccount(email);
    const toNew = await addStaff(kit.ctx, c.as.owner, { name: 'Mới', email: fresh('moi'), role: 'clerk' });
    const toExisting = await addStaff(kit.ctx, c.as.owner, { name: 'Có', email, role: 'owner' });
    await kit.ctx.db.updateTable('tenants').set({ status: 'refused' }).where('id', '=', c.id).execute();
    const code = await refusalOf(
      setPasswordWithCode(kit.ctx, { code: toNew.code.code, password: PASSWORD }, '127.0.0.1'),
    );
    expect(code.code).toBe('SET_PASSWORD_CODE_INVALID');
    const accepted = await refusalOf(acceptMyInvitation(kit.ctx, person, toExisting.invitation.id));
    expect(accepted.code).toBe('NOT_FOUND');
    expect(await findMembership(kit.ctx.db, c.id, person.userId)).toBeUndefined();
  });

  it('someone with an account: the code cannot touch it; they accept after signing in, once', async () => {
    const email = fresh('lan');
    const person = await personWithAccount(email);
    const added = await invite(email, 'viewer');
    const refused = await refusalOf(
      setPasswordWithCode(kit.ctx, { code: added.code.code, password: PASSWORD }, '127.0.0.1'),
    );
    expect(refused.code).toBe('INVITATION_NEEDS_SIGN_IN');
    const mine = await listMyInvitations(kit.ctx, person);
    expect(mine.items).toEqual([
      expect.objectContaining({
        id: added.invitation.id,
        tenantName: a.name,
        role: 'viewer',
        invitedBy: 'owner A',
      }),
    ]);
    const other = await personWithAccount();
    expect((await listMyInvitations(kit.ctx, other)).items).toEqual([]);
    expect((await refusalOf(acceptMyInvitation(kit.ctx, other, added.invitation.id))).code).toBe('NOT_FOUND');
    expect((await refusalOf(declineMyInvitation(kit.ctx, other, added.invitation.id))).code).toBe(
      'NOT_FOUND',
    );
    const joined = { tenantId: a.id, tenantName: a.name, role: 'viewer' };
    expect(await acceptMyInvitation(kit.ctx, person, added.invitation.id)).toEqual(joined);
    expect(await acceptMyInvitation(kit.ctx, person, added.invitation.id)).toEqual(joined);
    expect(await listMembershipsOfUser(kit.ctx.db, person.userId)).toEqual([
      { tenantId: a.id, tenantName: a.name, role: 'viewer' },
    ]);
    expect((await listMyInvitations(kit.ctx, person)).items).toEqual([]);
    // Their account was not made by A's invitation: A's owner can never hand out a code for it.
    expect((await refusalOf(issueSetPasswordCode(kit.ctx, a.as.owner, person.userId))).code).toBe(
      'FORBIDDEN',
    );
  });

  it('makes a stranger an owner only once they accept; a declined invitation stays declined', async () => {
    const email = fresh('stranger');
    const stranger = await personWithAccount(email);
    const added = await invite(email, 'owner');
    expect(await findMembership(kit.ctx.db, a.id, stranger.userId)).toBeUndefined();
    await declineMyInvitation(kit.ctx, stranger, added.invitation.id);
    await declineMyInvitation(kit.ctx, stranger, added.invitation.id);
    expect((await refusalOf(acceptMyInvitation(kit.ctx, stranger, added.invitation.id))).code).toBe(
      'INVITATION_CLOSED',
    );
    expect(await findMembership(kit.ctx.db, a.id, stranger.userId)).toBeUndefined();
    const listed = (await listStaffInvitations(kit.ctx, a.as.owner)).items.find(
      (i) => i.id === added.invitation.id,
    );
    expect(listed?.status).toBe('declined');
  });

  it('refuses a member, a second waiting invitation, and a revoked or expired one', async () => {
    const member = await refusalOf(
      addStaff(kit.ctx, a.as.owner, {
        name: 'Xa',
        email: `clerk.a.${a.id.slice(-6)}@htx.test`,
        role: 'viewer',
      }),
    );
    expect(member.code).toBe('ALREADY_MEMBER');
    const email = fresh('twice');
    const first = await invite(email);
    expect((await refusalOf(invite(email))).code).toBe('INVITATION_PENDING');
    expect((await refusalOf(addStaff(kit.ctx, a.as.clerk, { name: 'Xa', email, role: 'clerk' }))).code).toBe(
      'FORBIDDEN',
    );
    await revokeStaffInvitation(kit.ctx, a.as.owner, first.invitation.id);
    await revokeStaffInvitation(kit.ctx, a.as.owner, first.invitation.id);
    const revoked = await refusalOf(
      setPasswordWithCode(kit.ctx, { code: first.code.code, password: PASSWORD }, '127.0.0.1'),
    );
    expect(revoked.code).toBe('SET_PASSWORD_CODE_INVALID');
    const person = await personWithAccount(email);
    expect((await refusalOf(acceptMyInvitation(kit.ctx, person, first.invitation.id))).code).toBe(
      'INVITATION_CLOSED',
    );
    // Another tenant's owner cannot see, withdraw or renew A's invitations.
    expect((await refusalOf(revokeStaffInvitation(kit.ctx, b.as.owner, first.invitation.id))).code).toBe(
      'NOT_FOUND',
    );

    const second = await invite(email);
    kit.sources.advance(INVITATION_TTL_MS + 1000);
    expect((await refusalOf(acceptMyInvitation(kit.ctx, person, second.invitation.id))).code).toBe(
      'INVITATION_CLOSED',
    );
    const listed = (await listStaffInvitations(kit.ctx, a.as.owner)).items.find(
      (i) => i.id === second.invitation.id,
    );
    expect(listed?.status).toBe('expired');
    const renewed = await renewStaffInvitationCode(kit.ctx, a.as.owner, second.invitation.id);
    expect((await refusalOf(renewStaffInvitationCode(kit.ctx, b.as.owner, second.invitation.id))).code).toBe(
      'NOT_FOUND',
    );
    expect((await acceptMyInvitation(kit.ctx, person, second.invitation.id)).tenantId).toBe(a.id);
    expect(renewed.code).not.toBe(second.code.code);
  });
});
