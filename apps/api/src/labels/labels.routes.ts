import { activateLabels, getLabel, voidLabels } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** A label's state and history, and the changes of its life: activation and void. */
export function mountLabelRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'getLabel', ({ ctx, principal, input }) =>
    getLabel(ctx, principal, input.params.serial),
  );
  mountEndpoint(router, deps, 'activateLabels', ({ ctx, principal, input }) =>
    activateLabels(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'voidLabels', ({ ctx, principal, input }) =>
    voidLabels(ctx, principal, input.body),
  );
}
