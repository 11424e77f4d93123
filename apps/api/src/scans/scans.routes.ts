import { getScanSettings, putScanSettings, scanStatistics, scansCsv } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountScanRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'getScanStatistics', ({ ctx, principal, input }) =>
    scanStatistics(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'downloadScansCsv', ({ ctx, principal, input }) =>
    scansCsv(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'getScanSettings', ({ ctx, principal }) => getScanSettings(ctx, principal));
  mountEndpoint(router, deps, 'putScanSettings', ({ ctx, principal, input }) =>
    putScanSettings(ctx, principal, input.body),
  );
}
