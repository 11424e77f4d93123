import { localizeRecallReportView } from '@nguon/contracts';
import { recallReportCsv, recallReportPdf, requestRecallReport } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** The recall report for authorities: asked for in the background, then downloaded as CSV or PDF. */
export function mountRecallReportRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'requestRecallReport', async ({ ctx, principal, input, lang }) =>
    localizeRecallReportView(await requestRecallReport(ctx, principal, input.params.id), lang),
  );
  mountEndpoint(router, deps, 'downloadRecallReportCsv', ({ ctx, principal, input }) =>
    recallReportCsv(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'downloadRecallReportPdf', ({ ctx, principal, input }) =>
    recallReportPdf(ctx, principal, input.params.id),
  );
}
