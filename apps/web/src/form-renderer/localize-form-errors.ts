import { type AjvErrorObject, type Lang, localizeAjvErrors } from '@nguon/contracts/client';
import type { ErrorTransformer, RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import { type FormValue, formTranslate, type RendererFormContext } from './renderer-context';

/** rjsf's `.rows.0.weight` as the JSON pointer ajv would report. */
function pointerOf(property: string | undefined): string {
  if (!property) return '';
  return property
    .split('.')
    .filter((segment) => segment !== '')
    .map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');
}

function messageOf(error: RJSFValidationError, lang: Lang): string {
  const t = formTranslate(lang);
  // the message sits under the field it is about, so it need not name the field
  if (error.name === 'required') return t('formRenderer.required');
  // a number box leaves refused text in the form (see NumberWidget): say the number rule, not "must be integer"
  const expected: unknown = error.params?.type;
  if (error.name === 'type' && expected === 'integer') return t('formRenderer.number.notWhole');
  if (error.name === 'type' && expected === 'number') return t('formRenderer.number.notNumber');
  const ajvError: AjvErrorObject = {
    keyword: error.name ?? '',
    instancePath: pointerOf(error.property),
    schemaPath: error.schemaPath ?? '',
    params: error.params ?? {},
  };
  return localizeAjvErrors([ajvError], lang)[0]?.message ?? t('formRenderer.invalid');
}

// `if` comes with the `required` of a rule, which already says it; the other two are the values of fields a
// rule hides, which the submit omits (omitExtraData) before it validates, so they never block anything.
const unshown = new Set(['if', 'unevaluatedProperties', 'additionalProperties']);

/** rjsf's transformErrors: ajv's English replaced by our catalogue in the form's language. */
export function localizeFormErrors(lang: Lang): ErrorTransformer<FormValue, RJSFSchema, RendererFormContext> {
  return (errors) =>
    errors
      .filter((error) => !unshown.has(error.name ?? ''))
      .map((error) => {
        const message = messageOf(error, lang);
        return { ...error, message, stack: message };
      });
}
