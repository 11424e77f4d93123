import {
  acceptMyInvitation,
  addStaff,
  declineMyInvitation,
  issueSetPasswordCode,
  listMyInvitations,
  listStaff,
  listStaffInvitations,
  removeStaff,
  renewStaffInvitationCode,
  requirePerson,
  revokeStaffInvitation,
  updateStaffRole,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountStaffRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listStaff', ({ ctx, principal }) => listStaff(ctx, principal));
  mountEndpoint(router, deps, 'addStaff', ({ ctx, principal, input }) =>
    addStaff(ctx, principal, input.body),
  );
  mountInvitationRoutes(router, deps);
  mountEndpoint(router, deps, 'updateStaff', ({ ctx, principal, input }) =>
    updateStaffRole(ctx, principal, input.params.userId, input.body),
  );
  mountEndpoint(router, deps, 'removeStaff', async ({ ctx, principal, input }) => {
    await removeStaff(ctx, principal, input.params.userId);
    return null;
  });
  mountEndpoint(router, deps, 'issueSetPasswordCode', ({ ctx, principal, input }) =>
    issueSetPasswordCode(ctx, principal, input.params.userId),
  );
}

/** Mounted before /staff/{userId}, so "invitations" is never read as a user id. */
function mountInvitationRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listStaffInvitations', ({ ctx, principal }) =>
    listStaffInvitations(ctx, principal),
  );
  mountEndpoint(router, deps, 'revokeStaffInvitation', async ({ ctx, principal, input }) => {
    await revokeStaffInvitation(ctx, principal, input.params.id);
    return null;
  });
  mountEndpoint(router, deps, 'renewStaffInvitationCode', ({ ctx, principal, input }) =>
    renewStaffInvitationCode(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'listMyInvitations', ({ ctx, principal }) =>
    listMyInvitations(ctx, requirePerson(principal)),
  );
  mountEndpoint(router, deps, 'acceptMyInvitation', ({ ctx, principal, input }) =>
    acceptMyInvitation(ctx, requirePerson(principal), input.params.id),
  );
  mountEndpoint(router, deps, 'declineMyInvitation', async ({ ctx, principal, input }) => {
    await declineMyInvitation(ctx, requirePerson(principal), input.params.id);
    return null;
  });
}
