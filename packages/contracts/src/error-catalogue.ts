import { authErrors } from './auth/auth.errors';
import { catalogErrors } from './catalogs/catalog.errors';
import { checkpointErrors } from './checkpoints/checkpoint.errors';
import { type ErrorParams, type Lang, localizeParams } from './errors/lang';
import { type ErrorEntry, sharedErrors } from './errors/shared.errors';
import { fileErrors } from './files/file.errors';
import { labelErrors } from './labels/label.errors';
import { labelLayoutErrors } from './labels/label-layout.errors';
import { labelLifeErrors } from './labels/label-life.errors';
import { lotErrors } from './lots/lot.errors';
import { createMessageFormatter } from './messages/message-format';
import { processErrors } from './processes/process.errors';
import { productErrors } from './products/product.errors';
import { recallErrors } from './recalls/recall.errors';
import { scanErrors } from './scans/scan.errors';
import { signUpErrors } from './signup/signup.errors';
import { staffErrors } from './staff/staff.errors';
import { templateErrors } from './templates/template.errors';
import { tenantErrors } from './tenants/tenant.errors';
import { resolverErrors } from './trace/resolver.errors';

/**
 * Every error code the API answers with, its HTTP status and its message in Vietnamese and English:
 * the shared codes, then each feature's own. docs/errors.md is generated from this list.
 */
export const errorCatalogue = {
  ...sharedErrors,
  ...authErrors,
  ...tenantErrors,
  ...signUpErrors,
  ...staffErrors,
  ...processErrors,
  ...catalogErrors,
  ...fileErrors,
  ...productErrors,
  ...lotErrors,
  ...checkpointErrors,
  ...labelLifeErrors,
  ...labelErrors,
  ...labelLayoutErrors,
  ...resolverErrors,
  ...scanErrors,
  ...recallErrors,
  ...templateErrors,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errorCatalogue;

const messagesIn = (lang: Lang): Record<string, string> =>
  Object.fromEntries(Object.entries(errorCatalogue).map(([code, entry]) => [code, entry[lang]]));

/** The error messages as a pair of ICU catalogues, checked like every other (catalogueProblems). */
export const errorCatalogues = { vi: messagesIn('vi'), en: messagesIn('en') };

const formatError = createMessageFormatter(errorCatalogues);

/** The message of a code in a language, its ICU arguments filled from the params. */
export function errorMessage(code: ErrorCode, lang: Lang, params: ErrorParams = {}): string {
  return formatError(lang, code, localizeParams(params, lang));
}

export function errorStatus(code: ErrorCode): number {
  return errorCatalogue[code].status;
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorCatalogue, value);
}
