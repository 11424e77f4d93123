import { createApiToken, listTenantApiTokens, revokeTenantApiToken } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountTokenRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listApiTokens', ({ ctx, principal }) => listTenantApiTokens(ctx, principal));
  mountEndpoint(router, deps, 'createApiToken', ({ ctx, principal, input }) =>
    createApiToken(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'revokeApiToken', async ({ ctx, principal, input }) => {
    await revokeTenantApiToken(ctx, principal, input.params.id);
    return null;
  });
}
