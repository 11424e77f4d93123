import { addStaff, issueSetPasswordCode, listStaff, removeStaff, updateStaffRole } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountStaffRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listStaff', ({ ctx, principal }) => listStaff(ctx, principal));
  mountEndpoint(router, deps, 'addStaff', ({ ctx, principal, input }) =>
    addStaff(ctx, principal, input.body),
  );
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
