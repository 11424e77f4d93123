import { localizeProcessDraft } from '@nguon/contracts';
import { createProcessFromTemplate, getProcessTemplateUpdate, takeTemplateChanges } from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** An owner uses a template, and later takes a newer version's changes into the process it made. */
export function mountTemplateUseRoutes(router: Router, deps: RouterDeps): void {
  // idempotent in its spec: the router replays a retried use instead of making a second process
  mountEndpoint(router, deps, 'useTemplate', ({ ctx, principal, input }) =>
    createProcessFromTemplate(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'getProcessTemplateUpdate', ({ ctx, principal, input }) =>
    getProcessTemplateUpdate(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'takeTemplateChanges', ({ ctx, principal, input, lang }) =>
    takeTemplateChanges(ctx, principal, input.params.id, input.body).then((taken) => ({
      ...taken,
      draft: localizeProcessDraft(taken.draft, lang),
    })),
  );
}
