import type { MembershipView, SessionView } from '@nguon/contracts/client';
import type { PlatformRole, TenantRole } from '@nguon/domain';
import { createContext, useContext } from 'react';

export const SessionContext = createContext<SessionView | null>(null);

/** The session of the signed-in person; only inside the routes guarded by RequireSession. */
export function useSession(): SessionView {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside RequireSession');
  return session;
}

export function currentMembership(session: SessionView): MembershipView | null {
  return session.memberships.find((membership) => membership.tenantId === session.currentTenantId) ?? null;
}

export interface Access {
  tenantRole: TenantRole | null;
  platformRoles: readonly PlatformRole[];
}

export function accessOf(session: SessionView): Access {
  return { tenantRole: currentMembership(session)?.role ?? null, platformRoles: session.platformRoles };
}

/** A signed-in person who belongs to no tenant and holds no platform role: they start by creating a tenant. */
export function needsTenant(session: SessionView): boolean {
  return session.memberships.length === 0 && session.platformRoles.length === 0 && !awaitsApproval(session);
}

/** Someone with no working tenant whose signed-up tenant waits for a platform admin; a refused one alone sends them back to create another. */
export function awaitsApproval(session: SessionView): boolean {
  return (
    session.memberships.length === 0 &&
    session.platformRoles.length === 0 &&
    session.pendingTenants.some((tenant) => tenant.status === 'pending')
  );
}
