import { AppError, checkHealth } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountHealthRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'health', async ({ ctx }) => {
    const health = await checkHealth(ctx);
    if (!health.ok) throw new AppError('SERVICE_UNAVAILABLE');
    return { status: 'ok' as const, db: ctx.driver, queue: ctx.queue.kind };
  });
}
