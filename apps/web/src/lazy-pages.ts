import { type ComponentType, lazy } from 'react';

/** A screen fetched on its first visit; its libraries (React Flow, dagre, the form renderer) come with it, not with the app. */
function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const SetPasswordPage = lazyPage(() => import('./auth/set-password-page'), 'SetPasswordPage');
export const SignUpPage = lazyPage(() => import('./signup/sign-up-page'), 'SignUpPage');
export const PendingApprovalPage = lazyPage(
  () => import('./auth/pending-approval-page'),
  'PendingApprovalPage',
);
export const ApprovalsPage = lazyPage(() => import('./approvals/approvals-page'), 'ApprovalsPage');
export const NoTenantPage = lazyPage(() => import('./settings/no-tenant-page'), 'NoTenantPage');
export const SettingsPage = lazyPage(() => import('./settings/settings-page'), 'SettingsPage');
export const StaffPage = lazyPage(() => import('./staff/staff-page'), 'StaffPage');
export const ProcessListPage = lazyPage(
  () => import('./processes/list/process-list-page'),
  'ProcessListPage',
);
export const DesignerPage = lazyPage(() => import('./processes/designer/designer-page'), 'DesignerPage');
export const CatalogListPage = lazyPage(() => import('./catalogs/catalog-list-page'), 'CatalogListPage');
export const OverviewPage = lazyPage(() => import('./overview/overview-page'), 'OverviewPage');
export const ScansPage = lazyPage(() => import('./scans/scans-page'), 'ScansPage');
export const JobsPage = lazyPage(() => import('./jobs/jobs-page'), 'JobsPage');
export const CatalogPage = lazyPage(() => import('./catalogs/catalog-page'), 'CatalogPage');
export const ProductListPage = lazyPage(() => import('./products/product-list-page'), 'ProductListPage');
export const ProductPage = lazyPage(() => import('./products/product-page'), 'ProductPage');
export const LotsPage = lazyPage(() => import('./lots/lots-page'), 'LotsPage');
export const LotPage = lazyPage(() => import('./lots/lot-page'), 'LotPage');
export const StageEntryPage = lazyPage(() => import('./lots/stage-entry-page'), 'StageEntryPage');
export const TransformationPage = lazyPage(() => import('./lots/transformation-page'), 'TransformationPage');
export const LabelsPage = lazyPage(() => import('./labels/labels-page'), 'LabelsPage');
export const LabelBatchPage = lazyPage(() => import('./labels/label-batch-page'), 'LabelBatchPage');
export const LabelPage = lazyPage(() => import('./labels/label-page'), 'LabelPage');
export const LabelLayoutsPage = lazyPage(() => import('./labels/label-layouts-page'), 'LabelLayoutsPage');
export const TracePage = lazyPage(() => import('./trace/trace-page'), 'TracePage');
export const CatalogItemLotsPage = lazyPage(
  () => import('./trace/catalog-item-lots-page'),
  'CatalogItemLotsPage',
);
export const RecallsPage = lazyPage(() => import('./recalls/recalls-page'), 'RecallsPage');
export const NewRecallPage = lazyPage(() => import('./recalls/new-recall-page'), 'NewRecallPage');
export const RecallPage = lazyPage(() => import('./recalls/recall-page'), 'RecallPage');
export const InspectedRecallsPage = lazyPage(
  () => import('./recalls/inspected-recalls-page'),
  'InspectedRecallsPage',
);
export const InspectedTracePage = lazyPage(
  () => import('./trace/inspected-trace-page'),
  'InspectedTracePage',
);
export const InspectedRecallPage = lazyPage(
  () => import('./recalls/inspected-recalls-page'),
  'InspectedRecallPage',
);
export const TemplateListPage = lazyPage(() => import('./templates/template-list-page'), 'TemplateListPage');
export const TemplatePreviewPage = lazyPage(
  () => import('./templates/template-preview-page'),
  'TemplatePreviewPage',
);
export const ManageTemplatesPage = lazyPage(
  () => import('./templates-expert/manage-templates-page'),
  'ManageTemplatesPage',
);
export const TemplateEditorPage = lazyPage(
  () => import('./templates-expert/editor/template-editor-page'),
  'TemplateEditorPage',
);
