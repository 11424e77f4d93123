import { authEndpoints } from './auth/auth.endpoints';
import { catalogEndpoints } from './catalogs/catalog.endpoints';
import { checkpointEndpoints } from './checkpoints/checkpoint.endpoints';
import type { ErrorCode } from './error-catalogue';
import { fileEndpoints } from './files/file.endpoints';
import type { EndpointSpec } from './http/endpoint';
import { jobEndpoints } from './jobs/job.endpoints';
import { labelBatchEndpoints } from './labels/label-batch.endpoints';
import { labelLayoutEndpoints } from './labels/label-layouts';
import { labelBindingErrors, labelLifeEndpoints } from './labels/label-life.endpoints';
import { genealogyEndpoints } from './lots/genealogy.endpoints';
import { lotEndpoints } from './lots/lot.endpoints';
import { processEndpoints } from './processes/process.endpoints';
import { productEndpoints } from './products/product.endpoints';
import { recallEndpoints } from './recalls/recall.endpoints';
import { scanEndpoints } from './scans/scan.endpoints';
import { signUpEndpoints } from './signup/signup.endpoints';
import { staffEndpoints } from './staff/staff.endpoints';
import { healthEndpoints } from './system/health.endpoints';
import { templateEndpoints } from './templates/template.endpoints';
import { templateDraftEndpoints } from './templates/template-draft.endpoints';
import { tenantEndpoints } from './tenants/tenant.endpoints';
import { tokenEndpoints } from './tokens/token.endpoints';

/** Every HTTP endpoint, assembled from the features: the one source of validation, the OpenAPI document and the typed client. */
export const endpoints = {
  ...healthEndpoints,
  ...authEndpoints,
  ...signUpEndpoints,
  ...tenantEndpoints,
  ...staffEndpoints,
  ...tokenEndpoints,
  ...processEndpoints,
  ...catalogEndpoints,
  ...fileEndpoints,
  ...productEndpoints,
  ...lotEndpoints,
  // a packing record binds labels: the labels' refusals are the record's too
  recordStage: {
    ...lotEndpoints.recordStage,
    errors: [...lotEndpoints.recordStage.errors, ...labelBindingErrors],
  },
  ...checkpointEndpoints,
  ...labelLifeEndpoints,
  ...labelBatchEndpoints,
  ...labelLayoutEndpoints,
  ...jobEndpoints,
  ...scanEndpoints,
  ...genealogyEndpoints,
  ...recallEndpoints,
  ...templateEndpoints,
  ...templateDraftEndpoints,
} as const satisfies Record<string, EndpointSpec<ErrorCode>>;

export type Endpoints = typeof endpoints;
export type EndpointId = keyof Endpoints;
