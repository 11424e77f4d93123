import {
  createTenant,
  getCurrentTenant,
  getTenantLogo,
  removeTenantLogo,
  requireTenantAction,
  setTenantLogo,
  updateCurrentTenant,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountTenantRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'createTenant', ({ ctx, principal, input }) =>
    createTenant(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'getTenant', ({ ctx, principal }) => getCurrentTenant(ctx, principal));
  mountEndpoint(router, deps, 'updateTenant', ({ ctx, principal, input }) =>
    updateCurrentTenant(ctx, principal, input.body),
  );
  mountEndpoint(
    router,
    deps,
    'uploadTenantLogo',
    ({ ctx, principal, input }) => setTenantLogo(ctx, principal, input.body),
    { authorise: (principal) => requireTenantAction(principal, 'tenant.update') },
  );
  mountEndpoint(router, deps, 'removeTenantLogo', ({ ctx, principal }) => removeTenantLogo(ctx, principal));
  mountEndpoint(router, deps, 'getTenantLogo', ({ ctx, input }) => getTenantLogo(ctx, input.params.id));
}
