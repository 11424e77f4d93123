import { localizeInspectedRecallDetail, localizeRecallDetail } from '@nguon/contracts';
import {
  cancelRecall,
  closeRecall,
  createRecall,
  getInspectedRecall,
  getRecall,
  listInspectedRecalls,
  listRecalls,
  publishRecall,
  updateRecall,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** Recalls and drills, and the inspectors' read-only view of them (the report's routes come with the report). */
export function mountRecallRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listRecalls', ({ ctx, principal, input }) =>
    listRecalls(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'createRecall', ({ ctx, principal, input, lang }) =>
    createRecall(ctx, principal, input.body).then((detail) => localizeRecallDetail(detail, lang)),
  );
  mountEndpoint(router, deps, 'getRecall', ({ ctx, principal, input, lang }) =>
    getRecall(ctx, principal, input.params.id).then((detail) => localizeRecallDetail(detail, lang)),
  );
  mountEndpoint(router, deps, 'updateRecall', ({ ctx, principal, input, lang }) =>
    updateRecall(ctx, principal, input.params.id, input.body).then((detail) =>
      localizeRecallDetail(detail, lang),
    ),
  );
  mountEndpoint(router, deps, 'publishRecall', ({ ctx, principal, input, lang }) =>
    publishRecall(ctx, principal, input.params.id).then((detail) => localizeRecallDetail(detail, lang)),
  );
  mountEndpoint(router, deps, 'cancelRecall', ({ ctx, principal, input, lang }) =>
    cancelRecall(ctx, principal, input.params.id).then((detail) => localizeRecallDetail(detail, lang)),
  );
  mountEndpoint(router, deps, 'closeRecall', ({ ctx, principal, input, lang }) =>
    closeRecall(ctx, principal, input.params.id, input.body).then((detail) =>
      localizeRecallDetail(detail, lang),
    ),
  );
  mountEndpoint(router, deps, 'listInspectedRecalls', ({ ctx, principal }) =>
    listInspectedRecalls(ctx, principal),
  );
  mountEndpoint(router, deps, 'getInspectedRecall', ({ ctx, principal, input, lang }) =>
    getInspectedRecall(ctx, principal, input.params.id).then((view) =>
      localizeInspectedRecallDetail(view, lang),
    ),
  );
}
