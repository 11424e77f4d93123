import { getFileInfo, readFileVariant, requireTenantAction, uploadFile } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountFileRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(
    router,
    deps,
    'uploadFile',
    ({ ctx, principal, input }) => uploadFile(ctx, principal, input.body, input.query),
    { authorise: (principal) => requireTenantAction(principal, 'files.upload') },
  );
  mountEndpoint(router, deps, 'getFile', ({ ctx, principal, input }) =>
    readFileVariant(ctx, principal, input.params.id, 'original'),
  );
  // Before /{variant}, which would otherwise take "info" as a size name.
  mountEndpoint(router, deps, 'getFileInfo', ({ ctx, principal, input }) =>
    getFileInfo(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'getFileVariant', ({ ctx, principal, input }) =>
    readFileVariant(ctx, principal, input.params.id, input.params.variant),
  );
}
