import {
  archiveLayoutOfTenant,
  changeLabelLayout,
  createLabelLayout,
  listLayoutsOfTenant,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountLabelLayoutRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listLabelLayouts', ({ ctx, principal }) =>
    listLayoutsOfTenant(ctx, principal),
  );
  mountEndpoint(router, deps, 'createLabelLayout', ({ ctx, principal, input }) =>
    createLabelLayout(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'updateLabelLayout', ({ ctx, principal, input }) =>
    changeLabelLayout(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'archiveLabelLayout', async ({ ctx, principal, input }) => {
    await archiveLayoutOfTenant(ctx, principal, input.params.id);
    return null;
  });
}
