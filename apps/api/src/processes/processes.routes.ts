import { localizeProcessDraft, localizeProcessView } from '@nguon/contracts';
import {
  createFormValidator,
  createProcess,
  diffProcessVersions,
  duplicateProcess,
  exportProcess,
  getFormValidatorModule,
  getProcess,
  getProcessVersion,
  importProcess,
  listTenantProcesses,
  listVersionsOfProcess,
  publishProcess,
  restoreProcessVersion,
  saveProcessDraft,
  updateProcess,
} from '@nguon/services';
import type { Router } from 'express';
import { mountEndpoint, type RouterDeps } from '../http/endpoint-router';

export function mountProcessRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'listProcesses', ({ ctx, principal, input }) =>
    listTenantProcesses(ctx, principal, input.query),
  );
  mountEndpoint(router, deps, 'createProcess', ({ ctx, principal, input, lang }) =>
    createProcess(ctx, principal, input.body).then((view) => localizeProcessView(view, lang)),
  );
  mountEndpoint(router, deps, 'importProcess', ({ ctx, principal, input, lang }) =>
    importProcess(ctx, principal, input.body).then((view) => localizeProcessView(view, lang)),
  );
  mountEndpoint(router, deps, 'getProcess', ({ ctx, principal, input, lang }) =>
    getProcess(ctx, principal, input.params.id).then((view) => localizeProcessView(view, lang)),
  );
  mountEndpoint(router, deps, 'updateProcess', ({ ctx, principal, input, lang }) =>
    updateProcess(ctx, principal, input.params.id, input.body).then((view) =>
      localizeProcessView(view, lang),
    ),
  );
  mountEndpoint(router, deps, 'duplicateProcess', ({ ctx, principal, input, lang }) =>
    duplicateProcess(ctx, principal, input.params.id, input.body).then((view) =>
      localizeProcessView(view, lang),
    ),
  );
  mountEndpoint(router, deps, 'saveProcessDraft', ({ ctx, principal, input, lang }) =>
    saveProcessDraft(ctx, principal, input.params.id, input.body).then((draft) =>
      localizeProcessDraft(draft, lang),
    ),
  );
  mountEndpoint(router, deps, 'publishProcess', ({ ctx, principal, input }) =>
    publishProcess(ctx, principal, input.params.id, input.body),
  );
  mountEndpoint(router, deps, 'listProcessVersions', ({ ctx, principal, input }) =>
    listVersionsOfProcess(ctx, principal, input.params.id),
  );
  mountEndpoint(router, deps, 'getProcessVersion', ({ ctx, principal, input }) =>
    getProcessVersion(ctx, principal, input.params),
  );
  mountEndpoint(router, deps, 'restoreProcessVersion', ({ ctx, principal, input, lang }) =>
    restoreProcessVersion(ctx, principal, input.params, input.body).then((draft) =>
      localizeProcessDraft(draft, lang),
    ),
  );
  mountEndpoint(router, deps, 'diffProcessVersions', ({ ctx, principal, input }) =>
    diffProcessVersions(ctx, principal, input.params.id, input.query),
  );
  mountEndpoint(router, deps, 'exportProcess', ({ ctx, principal, input }) =>
    exportProcess(ctx, principal, input.params.id, input.query.version),
  );
}

export function mountFormRoutes(router: Router, deps: RouterDeps): void {
  mountEndpoint(router, deps, 'createFormValidator', ({ ctx, principal, input }) =>
    createFormValidator(ctx, principal, input.body.schema),
  );
  mountEndpoint(router, deps, 'getFormValidator', ({ ctx, input }) =>
    getFormValidatorModule(ctx, input.params.id),
  );
}
