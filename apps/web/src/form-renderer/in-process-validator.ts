import { addFormKeywords } from '@nguon/forms';
import type { RJSFSchema } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import type { FormValue, RendererFormContext } from './renderer-context';
import type { FormValidatorFactory } from './use-form-validator';

/**
 * For tests only: compiles in the page with `new Function`, which the app's CSP forbids in browsers.
 * rjsf's default ajv (draft-07, not strict) knows our x- keywords but ignores `unevaluatedProperties`.
 */
export const inProcessValidatorFactory: FormValidatorFactory = () =>
  customizeValidator<FormValue, RJSFSchema, RendererFormContext>({
    extenderFn: (ajv) => addFormKeywords(ajv),
  });
