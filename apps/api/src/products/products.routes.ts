import { changeProduct, createProduct, getProduct, listProducts } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountProductRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listProducts', ({ ctx, principal, input }) =>
    listProducts(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'createProduct', ({ ctx, principal, input }) =>
    createProduct(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'getProduct', ({ ctx, principal, input }) =>
    getProduct(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'updateProduct', ({ ctx, principal, input }) =>
    changeProduct(ctx, principal, input.params.id, input.body),
  );
}
