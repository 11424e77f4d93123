import { type AjvErrorObject, asSentence, type Lang, localizeAjvErrors } from '@nguon/contracts/client';
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
  const message = localizeAjvErrors([ajvError], lang)[0]?.message;
  // alone under its field, a catalogue fragment reads as a sentence, like "Cần điền mục này."
  return message ? asSentence(message, lang) : t('formRenderer.invalid');
}

// `if` comes with the `required` of a rule, which already says it; the other two are the values of fields a
// rule hides, which the submit omits (omitExtraData) before it validates, so they never block anything.
const unshown = new Set(['if', 'unevaluatedProperties', 'additionalProperties']);

// fields whose value has parts with no box of their own ({ id, label }, { lat, lon }, photo ids): an error in
// a part is shown on the field, else rjsf files it under a part no template draws and nothing turns red
const wholeFields = new Set(['catalogLookup', 'photos', 'gps']);

type UiNode = Record<string, unknown> | undefined;
const child = (ui: UiNode, segment: string): UiNode => {
  const next = ui?.[/^\d+$/.test(segment) ? 'items' : segment];
  return typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : undefined;
};

/** `.nong_ho.id` -> `.nong_ho` when `nong_ho` is a whole field; other paths unchanged. */
function shownAt(property: string | undefined, uiSchema: UiNode): string | undefined {
  if (!property) return property;
  const segments = property.split('.').filter((segment) => segment !== '');
  let ui = uiSchema;
  for (const [index, segment] of segments.entries()) {
    ui = child(ui, segment);
    const field = ui?.['ui:field'];
    if (typeof field === 'string' && wholeFields.has(field) && index < segments.length - 1) {
      return `.${segments.slice(0, index + 1).join('.')}`;
    }
  }
  return property;
}

/** rjsf's transformErrors: ajv's English replaced by our catalogue in the form's language, one per whole field. */
export function localizeFormErrors(lang: Lang): ErrorTransformer<FormValue, RJSFSchema, RendererFormContext> {
  return (errors, uiSchema) => {
    const lifted = new Set<string>();
    return errors
      .filter((error) => !unshown.has(error.name ?? ''))
      .flatMap((error) => {
        const property = shownAt(error.property, uiSchema as UiNode);
        if (property === error.property) return [{ ...error, ...worded(messageOf(error, lang)) }];
        if (lifted.has(property ?? '')) return [];
        lifted.add(property ?? '');
        const message =
          error.name === 'required' ? formTranslate(lang)('formRenderer.required') : messageOf(error, lang);
        return [{ ...error, property, ...worded(message) }];
      });
  };
}

const worded = (message: string) => ({ message, stack: message });
