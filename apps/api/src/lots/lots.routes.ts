import {
  closeStage,
  correctRecord,
  createLot,
  createTransformation,
  getLot,
  getStageEntry,
  getWorkList,
  listLots,
  recordStage,
  verifyRecords,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountLotRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'getWorkList', ({ ctx, principal, input }) =>
    getWorkList(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'listLots', ({ ctx, principal, input }) =>
    listLots(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'createLot', ({ ctx, principal, input }) =>
    createLot(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'getLot', ({ ctx, principal, input }) =>
    getLot(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'getStageEntry', ({ ctx, principal, input }) =>
    getStageEntry(ctx, principal, input.params.id, input.params.stageId, input.query.jobId),
  );
  mountEndpoint(router, deps, 'closeStage', ({ ctx, principal, input }) =>
    closeStage(ctx, principal, input.params, input.body),
  );
  mountEndpoint(router, deps, 'recordStage', ({ ctx, principal, input }) =>
    recordStage(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'correctRecord', ({ ctx, principal, input }) =>
    correctRecord(ctx, principal, input.params, input.body),
  );
  mountEndpoint(router, deps, 'createTransformation', ({ ctx, principal, input }) =>
    createTransformation(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'verifyRecords', ({ ctx, principal }) => verifyRecords(ctx, principal));
}
