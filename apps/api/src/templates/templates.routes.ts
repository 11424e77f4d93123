import {
  createTemplate,
  deprecateTemplateVersion,
  getLibraryTemplate,
  listLibraryTemplates,
  listLibraryTemplateVersions,
  publishTemplateVersion,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

/** The template library: reading it (anyone signed in) and the experts' publishing. */
export function mountTemplateRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listTemplates', ({ ctx, principal, input }) =>
    listLibraryTemplates(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'getTemplate', ({ ctx, principal, input }) =>
    getLibraryTemplate(ctx, principal, input.params.id, input.query),
  );
  mountEndpoint(router, deps, 'listTemplateVersions', ({ ctx, principal, input }) =>
    listLibraryTemplateVersions(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'createTemplate', ({ ctx, principal, input }) =>
    createTemplate(ctx, principal, input.body),
  );
  mountEndpoint(router, deps, 'publishTemplateVersion', ({ ctx, principal, input }) =>
    publishTemplateVersion(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'deprecateTemplateVersion', ({ ctx, principal, input }) =>
    deprecateTemplateVersion(ctx, principal, input.params.id, Number(input.params.number), input.body),
  );
}
