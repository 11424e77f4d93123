import type { SessionView } from '@nguon/contracts';
import { findUserById, listInactiveMembershipsOfUser, listMembershipsOfUser } from '@nguon/db';
import { oneOf, tenantRoles } from '@nguon/domain';
import type { ServiceContext } from '../context/service-context';
import { AppError } from '../errors/app-error';
import type { PersonPrincipal } from './principal';

/** What the web app needs to know about the signed-in person. */
export async function buildSessionView(
  ctx: ServiceContext,
  person: Pick<PersonPrincipal, 'userId' | 'tenantId' | 'csrfToken' | 'platformRoles' | 'inspectorProvinces'>,
  expiresAt: Date,
): Promise<SessionView> {
  const [user, memberships, inactive] = await Promise.all([
    findUserById(ctx.db, person.userId),
    listMembershipsOfUser(ctx.db, person.userId),
    listInactiveMembershipsOfUser(ctx.db, person.userId),
  ]);
  if (!user) throw new AppError('UNAUTHENTICATED');
  return {
    user: { id: user.id, name: user.name, email: user.email, phone: user.phone },
    memberships: memberships.map((m) => ({
      tenantId: m.tenantId,
      tenantName: m.tenantName,
      role: oneOf(tenantRoles, m.role, 'tenant role'),
    })),
    platformRoles: person.platformRoles,
    inspectorProvinces: person.inspectorProvinces,
    currentTenantId: person.tenantId,
    pendingTenants: inactive.map((m) => ({
      tenantId: m.tenantId,
      tenantName: m.tenantName,
      status: oneOf(['pending', 'refused'] as const, m.status, 'tenant status'),
    })),
    csrfToken: person.csrfToken,
    expiresAt: expiresAt.toISOString(),
  };
}
