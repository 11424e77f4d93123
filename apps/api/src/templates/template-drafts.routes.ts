import { localizeProcessDraft, localizeTemplateDraftView } from '@nguon/contracts';
import {
  createTemplateDraft,
  discardTemplateDraft,
  getTemplateDraft,
  getTemplateDraftUpdate,
  listTemplateDrafts,
  openTemplateDraft,
  publishTemplateDraft,
  saveTemplateDraftDetails,
  saveTemplateDraftProcess,
  takeTemplateDraftUpdate,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/**
 * Templates written in the app by the centre's experts: drafts, their two parts, bringing them onto a newer
 * version, publishing and discarding.
 */
export function mountTemplateDraftRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listTemplateDrafts', ({ ctx, principal }) =>
    listTemplateDrafts(ctx, principal),
  );
  mountEndpoint(router, deps, 'createTemplateDraft', ({ ctx, principal, input, lang }) =>
    createTemplateDraft(ctx, principal, input.body).then((view) => localizeTemplateDraftView(view, lang)),
  );
  mountEndpoint(router, deps, 'openTemplateDraft', ({ ctx, principal, input, lang }) =>
    openTemplateDraft(ctx, principal, input.params.id).then((view) => localizeTemplateDraftView(view, lang)),
  );
  mountEndpoint(router, deps, 'getTemplateDraft', ({ ctx, principal, input, lang }) =>
    getTemplateDraft(ctx, principal, input.params.id).then((view) => localizeTemplateDraftView(view, lang)),
  );
  mountEndpoint(router, deps, 'saveTemplateDraftProcess', ({ ctx, principal, input, lang }) =>
    saveTemplateDraftProcess(ctx, principal, input.params.id, input.body).then((draft) =>
      localizeProcessDraft(draft, lang),
    ),
  );
  mountEndpoint(router, deps, 'saveTemplateDraftDetails', ({ ctx, principal, input, lang }) =>
    saveTemplateDraftDetails(ctx, principal, input.params.id, input.body).then((view) =>
      localizeTemplateDraftView(view, lang),
    ),
  );
  mountEndpoint(router, deps, 'publishTemplateDraft', ({ ctx, principal, input }) =>
    publishTemplateDraft(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'discardTemplateDraft', async ({ ctx, principal, input }) => {
    await discardTemplateDraft(ctx, principal, input.params.id, input.query);
    return null;
  });
  mountEndpoint(router, deps, 'getTemplateDraftUpdate', ({ ctx, principal, input }) =>
    getTemplateDraftUpdate(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'takeTemplateDraftUpdate', ({ ctx, principal, input, lang }) =>
    takeTemplateDraftUpdate(ctx, principal, input.params.id, input.body).then((view) =>
      localizeTemplateDraftView(view, lang),
    ),
  );
}
