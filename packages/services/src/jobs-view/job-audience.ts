import { tenantRoleAllows } from '@nguon/domain';
import { type Principal, requireTenantAction, type TenantActor } from '../auth/principal';

/** Whose jobs a caller sees and cancels: owners every job of the tenant, everyone else the jobs they started. */
export interface JobAudience {
  actor: TenantActor;
  /** Null: every job of the tenant. */
  createdBy: string | null;
}

export function jobAudience(principal: Principal): JobAudience {
  const actor = requireTenantAction(principal, 'jobs.read');
  const role = principal.kind === 'anonymous' ? null : principal.role;
  const oversees = role !== null && tenantRoleAllows(role, 'jobs.oversee');
  return { actor, createdBy: oversees ? null : actor.userId };
}

/** Whether the audience reaches a job started by `createdBy`. */
export const reaches = (audience: JobAudience, createdBy: string | null): boolean =>
  audience.createdBy === null || audience.createdBy === createdBy;
