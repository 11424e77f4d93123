import { localizeLabelBatchPage, localizeLabelBatchView } from '@nguon/contracts';
import {
  cancelLabelBatch,
  getLabelBatch,
  labelBatchCsv,
  labelBatchPdf,
  labelBatchZip,
  listLabelBatches,
  orderLabelBatch,
  retryLabelBatch,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountLabelBatchRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'orderLabelBatch', async ({ ctx, principal, input, lang }) =>
    localizeLabelBatchView(await orderLabelBatch(ctx, principal, input.body), lang),
  );
  mountEndpoint(router, deps, 'listLabelBatches', async ({ ctx, principal, input, lang }) =>
    localizeLabelBatchPage(await listLabelBatches(ctx, principal, input.query), lang),
  );
  mountEndpoint(router, deps, 'getLabelBatch', async ({ ctx, principal, input, lang }) =>
    localizeLabelBatchView(await getLabelBatch(ctx, principal, input.params.id), lang),
  );
  mountEndpoint(router, deps, 'cancelLabelBatch', async ({ ctx, principal, input, lang }) =>
    localizeLabelBatchView(await cancelLabelBatch(ctx, principal, input.params.id), lang),
  );
  mountEndpoint(router, deps, 'retryLabelBatch', async ({ ctx, principal, input, lang }) =>
    localizeLabelBatchView(await retryLabelBatch(ctx, principal, input.params.id), lang),
  );
  mountEndpoint(router, deps, 'downloadLabelBatchCsv', ({ ctx, principal, input }) =>
    labelBatchCsv(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'downloadLabelBatchPdf', ({ ctx, principal, input }) =>
    labelBatchPdf(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'downloadLabelBatchZip', ({ ctx, principal, input }) =>
    labelBatchZip(ctx, principal, input.params.id),
  );
}
