import { fieldCapabilities, fileIdPattern, maxRadioChoices } from '../model/field-capabilities';
import type { FieldChoice, FieldType, FormField } from '../model/form-model';
import { setOwn } from './json-utils';

export type JsonSchemaObject = Record<string, unknown>;
export type UiSchemaObject = Record<string, unknown>;

/** One field compiled: its property schema and its uiSchema entry (null when it needs none). */
export interface CompiledField {
  schema: JsonSchemaObject;
  ui: UiSchemaObject | null;
}

const hasText = (value: string) => value.trim() !== '';

/** title, x-label, description, x-help, x-public: what every property carries. */
function annotations(field: FormField): JsonSchemaObject {
  const out: JsonSchemaObject = {
    title: field.label.vi,
    'x-label': { vi: field.label.vi, en: field.label.en },
  };
  if (hasText(field.help.vi) || hasText(field.help.en)) {
    out.description = field.help.vi;
    out['x-help'] = { vi: field.help.vi, en: field.help.en };
  }
  if (field.public) out['x-public'] = true;
  return out;
}

/** min/max under the keyword names of the field's limit kind, when set. */
function limits(field: FormField): JsonSchemaObject {
  const kind = fieldCapabilities[field.type].limits;
  if (!kind) return {};
  const [minKey, maxKey] =
    kind === 'length'
      ? ['minLength', 'maxLength']
      : kind === 'value'
        ? ['minimum', 'maximum']
        : ['minItems', 'maxItems'];
  const out: JsonSchemaObject = {};
  if (field.min !== null) out[minKey] = field.min;
  if (field.max !== null) out[maxKey] = field.max;
  return out;
}

export function compileChoices(choices: readonly FieldChoice[]): JsonSchemaObject[] {
  return choices.map((choice) => ({
    const: choice.value,
    title: choice.label.vi,
    'x-label': { vi: choice.label.vi, en: choice.label.en },
  }));
}

/** Uploaded file id (photos items, signature, file). */
export const fileIdSchema = () => ({ type: 'string', pattern: fileIdPattern });

/** The fixed value shape of a catalog field: the item id and a snapshot of its label. */
export const catalogValueParts = () => ({
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 64 },
    label: { type: 'string', maxLength: 300 },
  },
  required: ['id', 'label'],
  additionalProperties: false,
});

/** The fixed value shape of a GPS field. */
export const gpsValueParts = () => ({
  properties: {
    lat: { type: 'number', minimum: -90, maximum: 90 },
    lon: { type: 'number', minimum: -180, maximum: 180 },
    accuracy: { type: 'number', minimum: 0 },
  },
  required: ['lat', 'lon'],
  additionalProperties: false,
});

const plain = (schema: JsonSchemaObject, ui: UiSchemaObject | null = null): CompiledField => ({ schema, ui });

/** Type-specific keywords (before limits) and the uiSchema entry, per type (the Record keeps it exhaustive). */
const typeParts: Record<FieldType, (field: FormField) => CompiledField> = {
  text: (field) => plain({ type: 'string', ...(field.pattern ? { pattern: field.pattern } : {}) }),
  longText: () => plain({ type: 'string' }, { 'ui:widget': 'textarea' }),
  integer: () => plain({ type: 'integer' }),
  number: (field) =>
    plain({ type: 'number', ...(field.unit ? { 'x-unit': field.unit } : {}) }, { 'ui:widget': 'quantity' }),
  date: () => plain({ type: 'string', format: 'date' }),
  dateTime: () => plain({ type: 'string', format: 'date-time' }),
  choice: (field) =>
    plain(
      { type: 'string', oneOf: compileChoices(field.choices) },
      field.choices.length <= maxRadioChoices ? { 'ui:widget': 'radio' } : null,
    ),
  multiChoice: (field) =>
    plain(
      { type: 'array', items: { type: 'string', oneOf: compileChoices(field.choices) }, uniqueItems: true },
      { 'ui:widget': 'checkboxes' },
    ),
  yesNo: () => plain({ type: 'boolean' }, { 'ui:widget': 'radio' }),
  catalog: (field) =>
    plain(
      { type: 'object', 'x-catalog': field.catalogId ?? '', ...catalogValueParts() },
      { 'ui:field': 'catalogLookup' },
    ),
  photos: () => plain({ type: 'array', 'x-media': 'photo', items: fileIdSchema() }, { 'ui:field': 'photos' }),
  gps: () => plain({ type: 'object', 'x-media': 'gps', ...gpsValueParts() }, { 'ui:field': 'gps' }),
  signature: () => plain({ ...fileIdSchema(), 'x-media': 'signature' }, { 'ui:widget': 'signature' }),
  file: () => plain({ ...fileIdSchema(), 'x-media': 'file' }, { 'ui:widget': 'fileUpload' }),
  group: (field) => compileGroup(field.fields),
  heading: () => plain({ type: 'null', 'x-heading': true }, { 'ui:field': 'heading' }),
};

/** Rows of a repeating group: an array of objects with the sub-fields. */
function compileGroup(subFields: readonly FormField[]): CompiledField {
  const properties: JsonSchemaObject = {};
  const itemsUi: UiSchemaObject = {};
  for (const sub of subFields) {
    const compiled = compileField(sub);
    setOwn(properties, sub.key, compiled.schema);
    if (compiled.ui) setOwn(itemsUi, sub.key, compiled.ui);
  }
  const required = subFields.filter((sub) => sub.required).map((sub) => sub.key);
  const items = { type: 'object', properties, required, additionalProperties: false };
  return {
    schema: { type: 'array', items },
    ui: { items: { 'ui:order': subFields.map((sub) => sub.key), ...itemsUi } },
  };
}

/** Property schema + uiSchema entry of one (normalised) field. */
export function compileField(field: FormField): CompiledField {
  const parts = typeParts[field.type](field);
  const { type, ...rest } = parts.schema;
  const schema: JsonSchemaObject = { type, ...annotations(field), ...rest, ...limits(field) };
  if (field.defaultValue !== null && fieldCapabilities[field.type].defaultKind) {
    schema.default = field.defaultValue;
  }
  return { schema, ui: parts.ui };
}
