import { setPlatformRoles } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountAdminRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'setPlatformRoles', ({ ctx, principal, input }) =>
    setPlatformRoles(ctx, principal, input.params.userId, input.body),
  );
}
