import { newFormField } from '../model/empty-field';
import { fieldCapabilities } from '../model/field-capabilities';
import type { FieldChoice, FieldType, FormField } from '../model/form-model';
import { catalogValueParts, fileIdSchema, gpsValueParts } from './compile-field';
import { formProblem } from './form-problem';
import { isRecord, type JsonRecord, own, pointer } from './json-utils';
import { checkFieldUi, fieldUiKeywords } from './parse-field-ui';
import {
  badValue,
  checkKeywords,
  jsonEqual,
  type ParseSite,
  readDefault,
  readLocalized,
  readNumber,
  readString,
} from './parse-read';

const annotationKeywords = ['type', 'title', 'x-label', 'description', 'x-help', 'x-public'];

/** The keywords each field type may carry besides the annotations. */
const typeKeywords: Record<FieldType, readonly string[]> = {
  text: ['minLength', 'maxLength', 'pattern', 'default'],
  longText: ['minLength', 'maxLength', 'default'],
  integer: ['minimum', 'maximum', 'default'],
  number: ['minimum', 'maximum', 'x-unit', 'default'],
  date: ['format', 'default'],
  dateTime: ['format'],
  choice: ['oneOf', 'enum', 'default'],
  multiChoice: ['items', 'uniqueItems', 'minItems', 'maxItems'],
  yesNo: ['default'],
  catalog: ['x-catalog', 'properties', 'required', 'additionalProperties'],
  photos: ['x-media', 'items', 'minItems', 'maxItems'],
  gps: ['x-media', 'properties', 'required', 'additionalProperties'],
  signature: ['x-media', 'pattern'],
  file: ['x-media', 'pattern'],
  group: ['items', 'minItems', 'maxItems'],
  heading: ['x-heading'],
};

const hasChoices = (schema: JsonRecord) =>
  own(schema, 'oneOf') !== undefined || own(schema, 'enum') !== undefined;

function detectStringType(schema: JsonRecord, ui: JsonRecord): FieldType {
  const media = own(schema, 'x-media');
  if (media === 'signature' || media === 'file') return media;
  if (hasChoices(schema)) return 'choice';
  const format = own(schema, 'format');
  if (format === 'date') return 'date';
  if (format === 'date-time') return 'dateTime';
  return own(ui, 'ui:widget') === 'textarea' ? 'longText' : 'text';
}

function detectArrayType(schema: JsonRecord): FieldType | null {
  if (own(schema, 'x-media') === 'photo') return 'photos';
  const items = own(schema, 'items');
  if (!isRecord(items)) return null;
  if (own(items, 'type') === 'object') return 'group';
  return own(items, 'type') === 'string' && hasChoices(items) ? 'multiChoice' : null;
}

/** Recognises a field type from a property schema, or null. */
export function detectFieldType(schema: JsonRecord, ui: JsonRecord): FieldType | null {
  switch (own(schema, 'type')) {
    case 'string':
      return detectStringType(schema, ui);
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'yesNo';
    case 'array':
      return detectArrayType(schema);
    case 'object':
      if (own(schema, 'x-media') === 'gps') return 'gps';
      return own(schema, 'x-catalog') !== undefined ? 'catalog' : null;
    case 'null':
      return own(schema, 'x-heading') === true || own(ui, 'ui:field') === 'heading' ? 'heading' : null;
    default:
      return null;
  }
}

function readChoice(entry: unknown, keyword: string, path: string, site: ParseSite): FieldChoice | null {
  if (typeof entry === 'string' && keyword === 'enum') return { value: entry, label: { vi: entry, en: '' } };
  const value = isRecord(entry) ? own(entry, 'const') : undefined;
  if (!isRecord(entry) || typeof value !== 'string') return badValue(site, path, keyword);
  checkKeywords(entry, ['const', 'title', 'x-label'], path, site);
  const unlabelled = own(entry, 'x-label') === undefined && own(entry, 'title') === undefined;
  return {
    value,
    label: unlabelled ? { vi: value, en: '' } : readLocalized(entry, 'x-label', 'title', path, site),
  };
}

/** Choices from `oneOf: [{const, title, x-label}]` or a plain `enum` of strings. */
export function readChoices(schema: JsonRecord, path: string, site: ParseSite): FieldChoice[] {
  const oneOf = own(schema, 'oneOf');
  const list = oneOf ?? own(schema, 'enum');
  const keyword = oneOf === undefined ? 'enum' : 'oneOf';
  if (oneOf !== undefined && own(schema, 'enum') !== undefined) {
    return badValue(site, pointer(path, 'enum'), 'enum') ?? [];
  }
  if (!Array.isArray(list)) return badValue(site, pointer(path, keyword), keyword) ?? [];
  return list.flatMap(
    (entry: unknown, index) => readChoice(entry, keyword, pointer(pointer(path, keyword), index), site) ?? [],
  );
}

/** Checks the parts of a field type that never vary (catalog/GPS value shape, file id pattern). */
function checkFixedParts(type: FieldType, schema: JsonRecord, site: ParseSite): void {
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, own(schema, k)]));
  const fixed =
    type === 'catalog'
      ? jsonEqual(pick(['properties', 'required', 'additionalProperties']), catalogValueParts())
      : type === 'gps'
        ? jsonEqual(pick(['properties', 'required', 'additionalProperties']), gpsValueParts())
        : type === 'photos'
          ? jsonEqual(own(schema, 'items'), fileIdSchema())
          : type === 'signature' || type === 'file'
            ? [undefined, fileIdSchema().pattern].includes(
                readString(schema, 'pattern', site.schemaPath, site) ?? undefined,
              )
            : true;
  if (!fixed)
    site.problems.push(
      formProblem('invalid_schema', site.schemaPath, { reason: 'fixed_part', key: site.key }),
    );
}

/** min/max from the keywords of the type's limit kind. */
function readLimits(field: FormField, schema: JsonRecord, site: ParseSite): void {
  const kind = fieldCapabilities[field.type].limits;
  if (!kind) return;
  const [minKey, maxKey] =
    kind === 'length'
      ? ['minLength', 'maxLength']
      : kind === 'value'
        ? ['minimum', 'maximum']
        : ['minItems', 'maxItems'];
  field.min = readNumber(schema, minKey, site);
  field.max = readNumber(schema, maxKey, site);
}

function readTypeOptions(field: FormField, schema: JsonRecord, site: ParseSite): void {
  const path = site.schemaPath;
  readLimits(field, schema, site);
  if (field.type === 'text') field.pattern = readString(schema, 'pattern', path, site);
  if (field.type === 'number') field.unit = readString(schema, 'x-unit', path, site);
  if (field.type === 'catalog') field.catalogId = readString(schema, 'x-catalog', path, site);
  if (field.type === 'choice') field.choices = readChoices(schema, path, site);
  if (fieldCapabilities[field.type].defaultKind) field.defaultValue = readDefault(schema, site);
  if (field.type === 'multiChoice') {
    const items = own(schema, 'items');
    const itemsPath = pointer(path, 'items');
    if (isRecord(items)) {
      checkKeywords(items, ['type', 'oneOf', 'enum'], itemsPath, site);
      field.choices = readChoices(items, itemsPath, site);
    }
    const unique = own(schema, 'uniqueItems');
    if (unique !== undefined && unique !== true) badValue(site, pointer(path, 'uniqueItems'), 'uniqueItems');
  }
  checkFixedParts(field.type, schema, site);
}

/** Sub-field reader, injected by the form parser to keep groups and the root on one code path. */
export type SubFieldReader = (field: FormField, schema: JsonRecord, ui: JsonRecord, site: ParseSite) => void;

/** One property schema (+ its uiSchema entry) -> a builder field; problems go to `site.problems`. */
export function parseField(
  key: string,
  schema: unknown,
  ui: unknown,
  site: ParseSite,
  readSubFields: SubFieldReader,
): FormField | null {
  const uiRecord = ui === undefined ? {} : ui;
  if (!isRecord(uiRecord)) return badValue(site, site.uiPath, 'uiSchema');
  const type = isRecord(schema) ? detectFieldType(schema, uiRecord) : null;
  if (!isRecord(schema) || !type) {
    const found = isRecord(schema) ? String(own(schema, 'type')).slice(0, 40) : typeof schema;
    site.problems.push(formProblem('unknown_field_type', site.schemaPath, { key: site.key, type: found }));
    return null;
  }
  checkKeywords(schema, [...annotationKeywords, ...typeKeywords[type]], site.schemaPath, site);
  checkKeywords(uiRecord, fieldUiKeywords(type), site.uiPath, site);
  checkFieldUi(type, uiRecord, site);
  const field = newFormField(type, key, readLocalized(schema, 'x-label', 'title', site.schemaPath, site));
  field.help = readLocalized(schema, 'x-help', 'description', site.schemaPath, site);
  const isPublic = own(schema, 'x-public');
  if (isPublic !== undefined && typeof isPublic !== 'boolean')
    badValue(site, pointer(site.schemaPath, 'x-public'), 'x-public');
  field.public = isPublic === true;
  field.choices = [];
  readTypeOptions(field, schema, site);
  if (type === 'group') readSubFields(field, schema, uiRecord, site);
  return field;
}
