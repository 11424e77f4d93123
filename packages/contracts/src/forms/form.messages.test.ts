import { type FormProblem, type FormProblemCode, fieldTypes, formProblemCodes } from '@nguon/forms';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../errors/lang';
import { catalogueProblems } from '../messages/catalogue-check';
import { formCatalogues } from './form.catalogues';
import {
  type AjvErrorObject,
  asSentence,
  formProblemMessage,
  type LocalizedValidationError,
  localizeAjvErrors,
} from './form.messages';

type AjvError = AjvErrorObject;
type Problem = FormProblem;

const ajv = (keyword: string, params: Record<string, unknown> = {}, instancePath = '/x'): AjvError => ({
  keyword,
  instancePath,
  schemaPath: `#/properties/x/${keyword}`,
  params,
});
const formats = [
  'email',
  'uuid',
  'date-time',
  'date',
  'uri',
  'uri-reference',
  'url',
  'time',
  'duration',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'iri',
];
const types = [
  'string',
  'number',
  'integer',
  'boolean',
  'object',
  'array',
  'null',
  'string,null',
  'integer,string,null',
  'bogus',
];

/** One ajv error (or a batch, for the echo filtering) per case: every keyword the catalogue words, every variant. */
const ajvCases: [string, AjvError[]][] = [
  ['required', [ajv('required', { missingProperty: 'ma_lo' }, '')]],
  ['required nested', [ajv('required', { missingProperty: 'ngay' }, '/bon_phan/0')]],
  ['additionalProperties', [ajv('additionalProperties', { additionalProperty: 'extra' }, '')]],
  ['unevaluatedProperties', [ajv('unevaluatedProperties', { unevaluatedProperty: 'ten_thuoc' }, '/a')]],
  ...types.map((type): [string, AjvError[]] => [`type ${type}`, [ajv('type', { type })]]),
  ['type array param', [ajv('type', { type: ['number', 'null'] })]],
  ['minLength', [ajv('minLength', { limit: 2 })]],
  ['maxLength', [ajv('maxLength', { limit: 5000 })]],
  ['minimum', [ajv('minimum', { limit: 0, comparison: '>=' })]],
  ['maximum', [ajv('maximum', { limit: 1.5, comparison: '<=' })]],
  ['exclusiveMinimum', [ajv('exclusiveMinimum', { limit: -1 })]],
  ['exclusiveMaximum', [ajv('exclusiveMaximum', { limit: 100 })]],
  ['multipleOf', [ajv('multipleOf', { multipleOf: 0.01 })]],
  ['pattern', [ajv('pattern', { pattern: '^[0-9]+$' })]],
  ...formats.map((format): [string, AjvError[]] => [`format ${format}`, [ajv('format', { format })]]),
  ['enum', [ajv('enum', { allowedValues: ['owner', 'clerk', 1, null] })]],
  ['enum not a list', [ajv('enum', { allowedValues: 'a' })]],
  ['const', [ajv('const', { allowedValue: { a: [1, 'b'] } })]],
  ['const string', [ajv('const', { allowedValue: 'vietgap' })]],
  ['minItems', [ajv('minItems', { limit: 1 })]],
  ['maxItems', [ajv('maxItems', { limit: 5 })]],
  ['uniqueItems', [ajv('uniqueItems', { i: 2, j: 0 })]],
  ['minProperties', [ajv('minProperties', { limit: 1 })]],
  ['maxProperties', [ajv('maxProperties', { limit: 3 })]],
  ['anyOf', [ajv('anyOf')]],
  ['oneOf', [ajv('oneOf', { passingSchemas: null })]],
  ['not', [ajv('not')]],
  ['if alone', [ajv('if', { failingKeyword: 'then' }, '')]],
  [
    'dependentRequired',
    [ajv('dependentRequired', { property: 'a', missingProperty: 'b', depsCount: 1, deps: 'b' }, '/o')],
  ],
  ['propertyNames', [ajv('propertyNames', { propertyName: 'Bad Name' })]],
  ['false', [ajv('false')]],
  ['unevaluatedItems', [ajv('unevaluatedItems', { len: 3 })]],
  ['items', [ajv('items', { limit: 2 })]],
  ['additionalItems', [ajv('additionalItems', { limit: 4 })]],
  ['contains at least default', [ajv('contains', { minContains: undefined })]],
  ['contains at least', [ajv('contains', { minContains: 2 })]],
  ['contains range', [ajv('contains', { minContains: 1, maxContains: 3 })]],
  ['discriminator', [ajv('discriminator', { error: 'tag', tag: 'kind' })]],
  ['unknown keyword', [ajv('x-nguon-media', { kind: 'photo' })]],
  ['missing params', [ajv('minLength', {})]],
  [
    'oneOf consts echo',
    [
      {
        keyword: 'const',
        instancePath: '/giong_lua',
        schemaPath: '#/properties/giong_lua/oneOf/0/const',
        params: { allowedValue: 'st25' },
      },
      {
        keyword: 'const',
        instancePath: '/giong_lua',
        schemaPath: '#/properties/giong_lua/oneOf/1/const',
        params: { allowedValue: 'om18' },
      },
      {
        keyword: 'oneOf',
        instancePath: '/giong_lua',
        schemaPath: '#/properties/giong_lua/oneOf',
        params: { passingSchemas: null },
      },
    ],
  ],
  [
    'oneOf const without its oneOf',
    [
      {
        keyword: 'const',
        instancePath: '/giong_lua',
        schemaPath: '#/properties/giong_lua/oneOf/0/const',
        params: { allowedValue: 'st25' },
      },
    ],
  ],
  [
    'if over then',
    [
      {
        keyword: 'required',
        instancePath: '',
        schemaPath: '#/allOf/0/then/required',
        params: { missingProperty: 'ten_thuoc' },
      },
      { keyword: 'if', instancePath: '', schemaPath: '#/allOf/0/if', params: { failingKeyword: 'then' } },
      {
        keyword: 'unevaluatedProperties',
        instancePath: '',
        schemaPath: '#/unevaluatedProperties',
        params: { unevaluatedProperty: 'lieu_luong' },
      },
    ],
  ],
  [
    'if of another rule',
    [
      {
        keyword: 'required',
        instancePath: '',
        schemaPath: '#/allOf/1/then/required',
        params: { missingProperty: 'b' },
      },
      { keyword: 'if', instancePath: '', schemaPath: '#/allOf/0/if', params: { failingKeyword: 'then' } },
      {
        keyword: 'unevaluatedProperties',
        instancePath: '/rows/0',
        schemaPath: '#/unevaluatedProperties',
        params: { unevaluatedProperty: 'c' },
      },
    ],
  ],
];

const options = [
  'required',
  'min',
  'max',
  'pattern',
  'choices',
  'catalogId',
  'defaultValue',
  'fields',
  'unit',
];
const p = (
  code: FormProblemCode,
  params: Record<string, string | number> = {},
  path = 'fields/0',
): Problem => ({ code, path, params });

/** Every form problem code, every reason, option, label part and field type. */
const problemCases: [string, Problem][] = [
  ['unknown_field_type', p('unknown_field_type', { key: 'a' })],
  [
    'unknown_keyword at',
    p('unknown_keyword', { keyword: 'readOnly', key: 'khoi_luong' }, 'schema/properties/khoi_luong'),
  ],
  ['unknown_keyword no key', p('unknown_keyword', { keyword: 'readOnly' }, 'schema')],
  ...['not_json', 'cycle', 'not_object', 'fixed_part', 'unknown_required', 'ajv', 'mystery'].map(
    (reason): [string, Problem] => [
      `invalid_schema ${reason}`,
      p('invalid_schema', { reason, key: 'k', detail: 'boom', keyword: 'x' }, 'schema'),
    ],
  ),
  ['invalid_schema no reason', p('invalid_schema', {}, 'schema')],
  [
    'invalid_schema bad_value at',
    p('invalid_schema', { reason: 'bad_value', keyword: 'maxLength', key: 'ten' }, 'schema'),
  ],
  [
    'invalid_schema bad_value no key',
    p('invalid_schema', { reason: 'bad_value', keyword: 'required' }, 'schema'),
  ],
  ['duplicate_field_key', p('duplicate_field_key', { key: 'ma_lo' })],
  ['invalid_field_key', p('invalid_field_key', { key: 'Mã Lô' })],
  ['nested_group', p('nested_group', { key: 'g' })],
  ['heading_in_group', p('heading_in_group', { key: 'h' })],
  ...['effect', 'no_targets', 'value', 'shape', 'mystery'].map((reason): [string, Problem] => [
    `invalid_rule ${reason}`,
    p('invalid_rule', { reason, key: 'phun_thuoc' }, 'rules/0'),
  ]),
  ['invalid_rule no reason', p('invalid_rule', {}, 'rules/0')],
  ['too_deep', p('too_deep', { limit: 8 }, 'schema')],
  ['too_many_fields', p('too_many_fields', { count: 1001, limit: 1000 }, 'schema')],
  ['string_too_long at', p('string_too_long', { limit: 10000, key: 'ghi_chu' }, 'schema')],
  ['string_too_long no key', p('string_too_long', { limit: 10000 }, 'schema')],
  ['schema_too_large 256 KiB', p('schema_too_large', { limit: 262144 }, 'schema')],
  ['schema_too_large rounds down', p('schema_too_large', { limit: 1500 }, 'schema')],
  ['schema_too_large rounds up', p('schema_too_large', { limit: 1600 }, 'schema')],
  ['unknown_unit', p('unknown_unit', { unit: 'lb', key: 'khoi_luong' })],
  ['invalid_pattern nested', p('invalid_pattern', { key: 'ma', reason: 'nested_quantifier' })],
  ['invalid_pattern syntax', p('invalid_pattern', { key: 'ma', reason: 'syntax' })],
  ['invalid_range', p('invalid_range', { key: 'so_bao', min: '2', max: '1' })],
  ...options.map((option): [string, Problem] => [
    `option_not_applicable ${option}`,
    p('option_not_applicable', { key: 'a', option }),
  ]),
  ['rule_target_required', p('rule_target_required', { key: 'ten_thuoc' })],
  ['missing_label label', p('missing_label', { key: 'a' }, 'fields/0/label')],
  ['missing_label help', p('missing_label', { key: 'a' }, 'fields/0/help')],
  ['missing_label choice', p('missing_label', { key: 'a' }, 'fields/0/choices/1/label')],
  ['missing_label sub-field', p('missing_label', { key: 'b' }, 'fields/0/fields/1/label')],
  ['no_choices', p('no_choices', { key: 'c' })],
  ['duplicate_choice', p('duplicate_choice', { key: 'c', value: 'st25' })],
  ['invalid_choice_value', p('invalid_choice_value', { key: 'c', value: 'ST 25' })],
  ['missing_catalog', p('missing_catalog', { key: 'tinh' })],
  ['unit_on_non_number', p('unit_on_non_number', { key: 'so_bao' })],
  ['invalid_default', p('invalid_default', { key: 'so_bao' })],
  ['rule_unknown_field', p('rule_unknown_field', { key: 'zz' }, 'rules/0/when')],
  ['rule_target_is_condition', p('rule_target_is_condition', { key: 'phun_thuoc' }, 'rules/0/targets/0')],
  ['rule_target_twice', p('rule_target_twice', { key: 'ten_thuoc' }, 'rules/1/targets/0')],
  ...fieldTypes.map((type): [string, Problem] => [
    `rule_condition_type ${type}`,
    p('rule_condition_type', { key: 'n', type }, 'rules/0/when'),
  ]),
  ['rule_condition_type unknown', p('rule_condition_type', { key: 'n', type: 'slider' }, 'rules/0/when')],
  ['empty_group', p('empty_group', { key: 'g' })],
  ['lot_quantity_field_missing', p('lot_quantity_field_missing', { key: 'kg' }, '')],
  ['lot_quantity_field_not_quantity', p('lot_quantity_field_not_quantity', { key: 'kg' }, 'fields/0')],
  ['a key with braces and quotes', p('duplicate_field_key', { key: "it's {a} #1" })],
  ['a missing key', p('no_choices', {})],
];

const ajvExpected: Record<string, Record<Lang, LocalizedValidationError[]>> = {
  required: {
    vi: [{ path: '/ma_lo', keyword: 'required', message: 'thiếu trường bắt buộc "ma_lo"' }],
    en: [{ path: '/ma_lo', keyword: 'required', message: 'missing required field "ma_lo"' }],
  },
  'required nested': {
    vi: [{ path: '/bon_phan/0/ngay', keyword: 'required', message: 'thiếu trường bắt buộc "ngay"' }],
    en: [{ path: '/bon_phan/0/ngay', keyword: 'required', message: 'missing required field "ngay"' }],
  },
  additionalProperties: {
    vi: [{ path: '/extra', keyword: 'additionalProperties', message: 'không được có trường "extra"' }],
    en: [{ path: '/extra', keyword: 'additionalProperties', message: 'field "extra" is not allowed' }],
  },
  unevaluatedProperties: {
    vi: [
      { path: '/a/ten_thuoc', keyword: 'unevaluatedProperties', message: 'không được có trường "ten_thuoc"' },
    ],
    en: [
      { path: '/a/ten_thuoc', keyword: 'unevaluatedProperties', message: 'field "ten_thuoc" is not allowed' },
    ],
  },
  'type string': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là chuỗi ký tự' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be a string' }],
  },
  'type number': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là số' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be a number' }],
  },
  'type integer': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là số nguyên' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be an integer' }],
  },
  'type boolean': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là đúng/sai' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be true or false' }],
  },
  'type object': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là đối tượng' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be an object' }],
  },
  'type array': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là danh sách' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be a list' }],
  },
  'type null': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là rỗng (null)' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be null' }],
  },
  'type string,null': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là chuỗi ký tự hoặc rỗng (null)' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be a string or null' }],
  },
  'type integer,string,null': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là số nguyên hoặc chuỗi ký tự hoặc rỗng (null)' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be an integer or a string or null' }],
  },
  'type bogus': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là bogus' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be bogus' }],
  },
  'type array param': {
    vi: [{ path: '/x', keyword: 'type', message: 'phải là số hoặc rỗng (null)' }],
    en: [{ path: '/x', keyword: 'type', message: 'must be a number or null' }],
  },
  minLength: {
    vi: [{ path: '/x', keyword: 'minLength', message: 'phải có ít nhất 2 ký tự' }],
    en: [{ path: '/x', keyword: 'minLength', message: 'must have at least 2 characters' }],
  },
  maxLength: {
    vi: [{ path: '/x', keyword: 'maxLength', message: 'không được quá 5000 ký tự' }],
    en: [{ path: '/x', keyword: 'maxLength', message: 'must have at most 5000 characters' }],
  },
  minimum: {
    vi: [{ path: '/x', keyword: 'minimum', message: 'phải lớn hơn hoặc bằng 0' }],
    en: [{ path: '/x', keyword: 'minimum', message: 'must be at least 0' }],
  },
  maximum: {
    vi: [{ path: '/x', keyword: 'maximum', message: 'phải nhỏ hơn hoặc bằng 1.5' }],
    en: [{ path: '/x', keyword: 'maximum', message: 'must be at most 1.5' }],
  },
  exclusiveMinimum: {
    vi: [{ path: '/x', keyword: 'exclusiveMinimum', message: 'phải lớn hơn -1' }],
    en: [{ path: '/x', keyword: 'exclusiveMinimum', message: 'must be greater than -1' }],
  },
  exclusiveMaximum: {
    vi: [{ path: '/x', keyword: 'exclusiveMaximum', message: 'phải nhỏ hơn 100' }],
    en: [{ path: '/x', keyword: 'exclusiveMaximum', message: 'must be less than 100' }],
  },
  multipleOf: {
    vi: [{ path: '/x', keyword: 'multipleOf', message: 'phải là bội số của 0.01' }],
    en: [{ path: '/x', keyword: 'multipleOf', message: 'must be a multiple of 0.01' }],
  },
  pattern: {
    vi: [{ path: '/x', keyword: 'pattern', message: 'không đúng định dạng' }],
    en: [{ path: '/x', keyword: 'pattern', message: 'has the wrong format' }],
  },
  'format email': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là địa chỉ email' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be an email address' }],
  },
  'format uuid': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là mã định danh UUID' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a UUID' }],
  },
  'format date-time': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là ngày giờ (ISO 8601)' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a date-time (ISO 8601)' }],
  },
  'format date': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là ngày (YYYY-MM-DD)' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a date (YYYY-MM-DD)' }],
  },
  'format uri': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là địa chỉ URI' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a URI' }],
  },
  'format uri-reference': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là tham chiếu URI' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a URI reference' }],
  },
  'format url': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là địa chỉ URL' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a URL' }],
  },
  'format time': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là giờ (HH:MM:SS)' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a time (HH:MM:SS)' }],
  },
  'format duration': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là khoảng thời gian (ISO 8601)' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a duration (ISO 8601)' }],
  },
  'format hostname': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là tên máy chủ' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a host name' }],
  },
  'format ipv4': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là địa chỉ IPv4' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be an IPv4 address' }],
  },
  'format ipv6': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là địa chỉ IPv6' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be an IPv6 address' }],
  },
  'format regex': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là biểu thức chính quy' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be a regular expression' }],
  },
  'format iri': {
    vi: [{ path: '/x', keyword: 'format', message: 'phải là iri' }],
    en: [{ path: '/x', keyword: 'format', message: 'must be iri' }],
  },
  enum: {
    vi: [{ path: '/x', keyword: 'enum', message: 'phải là một trong: "owner", "clerk", 1, null' }],
    en: [{ path: '/x', keyword: 'enum', message: 'must be one of: "owner", "clerk", 1, null' }],
  },
  'enum not a list': {
    vi: [{ path: '/x', keyword: 'enum', message: 'phải là một trong: a' }],
    en: [{ path: '/x', keyword: 'enum', message: 'must be one of: a' }],
  },
  const: {
    vi: [{ path: '/x', keyword: 'const', message: 'phải bằng {"a":[1,"b"]}' }],
    en: [{ path: '/x', keyword: 'const', message: 'must equal {"a":[1,"b"]}' }],
  },
  'const string': {
    vi: [{ path: '/x', keyword: 'const', message: 'phải bằng "vietgap"' }],
    en: [{ path: '/x', keyword: 'const', message: 'must equal "vietgap"' }],
  },
  minItems: {
    vi: [{ path: '/x', keyword: 'minItems', message: 'phải có ít nhất 1 mục' }],
    en: [{ path: '/x', keyword: 'minItems', message: 'must have at least 1 items' }],
  },
  maxItems: {
    vi: [{ path: '/x', keyword: 'maxItems', message: 'không được quá 5 mục' }],
    en: [{ path: '/x', keyword: 'maxItems', message: 'must have at most 5 items' }],
  },
  uniqueItems: {
    vi: [{ path: '/x', keyword: 'uniqueItems', message: 'các mục 0 và 2 bị trùng' }],
    en: [{ path: '/x', keyword: 'uniqueItems', message: 'items 0 and 2 are duplicates' }],
  },
  minProperties: {
    vi: [{ path: '/x', keyword: 'minProperties', message: 'phải có ít nhất 1 trường' }],
    en: [{ path: '/x', keyword: 'minProperties', message: 'must have at least 1 fields' }],
  },
  maxProperties: {
    vi: [{ path: '/x', keyword: 'maxProperties', message: 'không được quá 3 trường' }],
    en: [{ path: '/x', keyword: 'maxProperties', message: 'must have at most 3 fields' }],
  },
  anyOf: {
    vi: [{ path: '/x', keyword: 'anyOf', message: 'không khớp với lựa chọn nào được phép' }],
    en: [{ path: '/x', keyword: 'anyOf', message: 'matches none of the allowed forms' }],
  },
  oneOf: {
    vi: [{ path: '/x', keyword: 'oneOf', message: 'phải khớp đúng một lựa chọn được phép' }],
    en: [{ path: '/x', keyword: 'oneOf', message: 'must match exactly one allowed form' }],
  },
  not: {
    vi: [{ path: '/x', keyword: 'not', message: 'có giá trị không được phép' }],
    en: [{ path: '/x', keyword: 'not', message: 'has a value that is not allowed' }],
  },
  'if alone': {
    vi: [{ path: '', keyword: 'if', message: 'không thoả một quy tắc điều kiện của biểu mẫu' }],
    en: [{ path: '', keyword: 'if', message: 'does not satisfy a conditional rule of the form' }],
  },
  dependentRequired: {
    vi: [{ path: '/o/b', keyword: 'dependentRequired', message: 'khi có "a" thì phải có "b"' }],
    en: [{ path: '/o/b', keyword: 'dependentRequired', message: '"b" is required when "a" is given' }],
  },
  propertyNames: {
    vi: [{ path: '/x', keyword: 'propertyNames', message: 'tên trường "Bad Name" không hợp lệ' }],
    en: [{ path: '/x', keyword: 'propertyNames', message: 'field name "Bad Name" is not valid' }],
  },
  false: {
    vi: [{ path: '/x', keyword: 'false', message: 'không được có giá trị này' }],
    en: [{ path: '/x', keyword: 'false', message: 'no value is allowed here' }],
  },
  unevaluatedItems: {
    vi: [{ path: '/x', keyword: 'unevaluatedItems', message: 'không được quá 3 mục' }],
    en: [{ path: '/x', keyword: 'unevaluatedItems', message: 'must have at most 3 items' }],
  },
  items: {
    vi: [{ path: '/x', keyword: 'items', message: 'không được quá 2 mục' }],
    en: [{ path: '/x', keyword: 'items', message: 'must have at most 2 items' }],
  },
  additionalItems: {
    vi: [{ path: '/x', keyword: 'additionalItems', message: 'không được quá 4 mục' }],
    en: [{ path: '/x', keyword: 'additionalItems', message: 'must have at most 4 items' }],
  },
  'contains at least default': {
    vi: [{ path: '/x', keyword: 'contains', message: 'phải có ít nhất 1 mục hợp lệ' }],
    en: [{ path: '/x', keyword: 'contains', message: 'must contain at least 1 valid items' }],
  },
  'contains at least': {
    vi: [{ path: '/x', keyword: 'contains', message: 'phải có ít nhất 2 mục hợp lệ' }],
    en: [{ path: '/x', keyword: 'contains', message: 'must contain at least 2 valid items' }],
  },
  'contains range': {
    vi: [{ path: '/x', keyword: 'contains', message: 'phải có từ 1 đến 3 mục hợp lệ' }],
    en: [{ path: '/x', keyword: 'contains', message: 'must contain 1 to 3 valid items' }],
  },
  discriminator: {
    vi: [{ path: '/x', keyword: 'discriminator', message: 'thiếu hoặc sai trường phân loại' }],
    en: [{ path: '/x', keyword: 'discriminator', message: 'has a missing or wrong discriminator' }],
  },
  'unknown keyword': {
    vi: [{ path: '/x', keyword: 'x-nguon-media', message: 'không hợp lệ (x-nguon-media)' }],
    en: [{ path: '/x', keyword: 'x-nguon-media', message: 'is not valid (x-nguon-media)' }],
  },
  'missing params': {
    vi: [{ path: '/x', keyword: 'minLength', message: 'phải có ít nhất undefined ký tự' }],
    en: [{ path: '/x', keyword: 'minLength', message: 'must have at least undefined characters' }],
  },
  'oneOf consts echo': {
    vi: [{ path: '/giong_lua', keyword: 'oneOf', message: 'phải khớp đúng một lựa chọn được phép' }],
    en: [{ path: '/giong_lua', keyword: 'oneOf', message: 'must match exactly one allowed form' }],
  },
  'oneOf const without its oneOf': {
    vi: [{ path: '/giong_lua', keyword: 'const', message: 'phải bằng "st25"' }],
    en: [{ path: '/giong_lua', keyword: 'const', message: 'must equal "st25"' }],
  },
  'if over then': {
    vi: [{ path: '/ten_thuoc', keyword: 'required', message: 'thiếu trường bắt buộc "ten_thuoc"' }],
    en: [{ path: '/ten_thuoc', keyword: 'required', message: 'missing required field "ten_thuoc"' }],
  },
  'if of another rule': {
    vi: [
      { path: '/b', keyword: 'required', message: 'thiếu trường bắt buộc "b"' },
      { path: '', keyword: 'if', message: 'không thoả một quy tắc điều kiện của biểu mẫu' },
      { path: '/rows/0/c', keyword: 'unevaluatedProperties', message: 'không được có trường "c"' },
    ],
    en: [
      { path: '/b', keyword: 'required', message: 'missing required field "b"' },
      { path: '', keyword: 'if', message: 'does not satisfy a conditional rule of the form' },
      { path: '/rows/0/c', keyword: 'unevaluatedProperties', message: 'field "c" is not allowed' },
    ],
  },
};

const problemExpected: Record<string, Record<Lang, string>> = {
  unknown_field_type: {
    vi: 'Không nhận ra kiểu của trường "a"',
    en: 'The type of field "a" is not recognised',
  },
  'unknown_keyword at': {
    vi: 'Từ khoá "readOnly" không được hỗ trợ (trường "khoi_luong")',
    en: 'The keyword "readOnly" is not supported (field "khoi_luong")',
  },
  'unknown_keyword no key': {
    vi: 'Từ khoá "readOnly" không được hỗ trợ',
    en: 'The keyword "readOnly" is not supported',
  },
  'invalid_schema not_json': {
    vi: 'Biểu mẫu chứa giá trị không phải JSON',
    en: 'The form holds a value that is not JSON',
  },
  'invalid_schema cycle': {
    vi: 'Biểu mẫu có tham chiếu vòng hoặc dùng chung',
    en: 'The form has a cyclic or shared reference',
  },
  'invalid_schema not_object': {
    vi: 'Lược đồ biểu mẫu phải là một đối tượng có "type": "object"',
    en: 'A form schema must be an object with "type": "object"',
  },
  'invalid_schema fixed_part': {
    vi: 'Phần cố định của trường "k" đã bị thay đổi',
    en: 'The fixed part of field "k" was changed',
  },
  'invalid_schema unknown_required': {
    vi: 'Trường bắt buộc "k" không có trong biểu mẫu',
    en: 'Required field "k" is not in the form',
  },
  'invalid_schema ajv': {
    vi: 'Bộ kiểm tra không biên dịch được lược đồ: boom',
    en: 'The validator cannot compile the schema: boom',
  },
  'invalid_schema mystery': {
    vi: 'Biểu mẫu chứa giá trị không phải JSON',
    en: 'The form holds a value that is not JSON',
  },
  'invalid_schema no reason': {
    vi: 'Biểu mẫu chứa giá trị không phải JSON',
    en: 'The form holds a value that is not JSON',
  },
  'invalid_schema bad_value at': {
    vi: 'Giá trị của "maxLength" không hợp lệ (trường "ten")',
    en: 'The value of "maxLength" is not valid (field "ten")',
  },
  'invalid_schema bad_value no key': {
    vi: 'Giá trị của "required" không hợp lệ',
    en: 'The value of "required" is not valid',
  },
  duplicate_field_key: { vi: 'Mã trường "ma_lo" bị trùng', en: 'Field key "ma_lo" is used twice' },
  invalid_field_key: {
    vi: 'Mã trường "Mã Lô" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và "_", bắt đầu bằng chữ, tối đa 40 ký tự',
    en: 'Field key "Mã Lô" is not valid: lower-case letters without accents, digits and "_", starting with a letter, at most 40 characters',
  },
  nested_group: {
    vi: 'Nhóm "g" nằm trong một nhóm khác; không hỗ trợ nhóm lồng nhau',
    en: 'Group "g" is inside another group; nested groups are not supported',
  },
  heading_in_group: {
    vi: 'Không đặt tiêu đề mục "h" trong nhóm lặp lại',
    en: 'Heading "h" cannot be placed inside a repeating group',
  },
  'invalid_rule effect': { vi: 'Quy tắc có tác dụng không hợp lệ', en: 'The rule has an invalid effect' },
  'invalid_rule no_targets': {
    vi: 'Quy tắc chưa chọn trường nào để hiện hoặc bắt buộc',
    en: 'The rule names no field to show or require',
  },
  'invalid_rule value': {
    vi: 'Giá trị điều kiện không hợp với trường "phun_thuoc"',
    en: 'The condition value does not fit field "phun_thuoc"',
  },
  'invalid_rule shape': {
    vi: 'Quy tắc không đúng dạng "nếu trường bằng giá trị thì hiện và/hoặc bắt buộc các trường"',
    en: 'The rule is not of the form "if a field equals a value, show and/or require fields"',
  },
  'invalid_rule mystery': {
    vi: 'Quy tắc không đúng dạng "nếu trường bằng giá trị thì hiện và/hoặc bắt buộc các trường"',
    en: 'The rule is not of the form "if a field equals a value, show and/or require fields"',
  },
  'invalid_rule no reason': {
    vi: 'Quy tắc không đúng dạng "nếu trường bằng giá trị thì hiện và/hoặc bắt buộc các trường"',
    en: 'The rule is not of the form "if a field equals a value, show and/or require fields"',
  },
  too_deep: { vi: 'Biểu mẫu lồng nhau quá 8 cấp', en: 'The form is nested more than 8 levels deep' },
  too_many_fields: {
    vi: 'Biểu mẫu có 1001 trường, vượt giới hạn 1000 (tính cả trường con)',
    en: 'The form has 1001 fields, over the limit of 1000 (sub-fields included)',
  },
  'string_too_long at': {
    vi: 'Có đoạn văn bản dài quá 10000 ký tự (trường "ghi_chu")',
    en: 'A text is longer than 10000 characters (field "ghi_chu")',
  },
  'string_too_long no key': {
    vi: 'Có đoạn văn bản dài quá 10000 ký tự',
    en: 'A text is longer than 10000 characters',
  },
  'schema_too_large 256 KiB': {
    vi: 'Biểu mẫu quá lớn (tối đa 256 KiB)',
    en: 'The form is too large (at most 256 KiB)',
  },
  'schema_too_large rounds down': {
    vi: 'Biểu mẫu quá lớn (tối đa 1 KiB)',
    en: 'The form is too large (at most 1 KiB)',
  },
  'schema_too_large rounds up': {
    vi: 'Biểu mẫu quá lớn (tối đa 2 KiB)',
    en: 'The form is too large (at most 2 KiB)',
  },
  unknown_unit: {
    vi: 'Đơn vị "lb" của trường "khoi_luong" không có trong danh sách đơn vị',
    en: 'Unit "lb" of field "khoi_luong" is not in the unit list',
  },
  'invalid_pattern nested': {
    vi: 'Mẫu kiểm tra của trường "ma" có lượng từ lồng nhau như (a+)+, có thể làm treo việc kiểm tra',
    en: 'The pattern of field "ma" nests quantifiers like (a+)+, which can hang validation',
  },
  'invalid_pattern syntax': {
    vi: 'Mẫu kiểm tra (biểu thức chính quy) của trường "ma" không hợp lệ',
    en: 'The pattern (regular expression) of field "ma" is not valid',
  },
  invalid_range: {
    vi: 'Giới hạn của trường "so_bao" không hợp lệ: nhỏ nhất phải không lớn hơn lớn nhất; độ dài và số mục là số nguyên không âm',
    en: 'The limits of field "so_bao" are not valid: the minimum must not exceed the maximum; lengths and counts are whole numbers from 0',
  },
  'option_not_applicable required': {
    vi: 'Trường "a" không dùng được tuỳ chọn "bắt buộc" với kiểu của nó',
    en: 'Field "a" cannot have the option "required" for its type',
  },
  'option_not_applicable min': {
    vi: 'Trường "a" không dùng được tuỳ chọn "giới hạn nhỏ nhất" với kiểu của nó',
    en: 'Field "a" cannot have the option "minimum" for its type',
  },
  'option_not_applicable max': {
    vi: 'Trường "a" không dùng được tuỳ chọn "giới hạn lớn nhất" với kiểu của nó',
    en: 'Field "a" cannot have the option "maximum" for its type',
  },
  'option_not_applicable pattern': {
    vi: 'Trường "a" không dùng được tuỳ chọn "mẫu kiểm tra (biểu thức chính quy)" với kiểu của nó',
    en: 'Field "a" cannot have the option "pattern (regular expression)" for its type',
  },
  'option_not_applicable choices': {
    vi: 'Trường "a" không dùng được tuỳ chọn "danh sách lựa chọn" với kiểu của nó',
    en: 'Field "a" cannot have the option "choices" for its type',
  },
  'option_not_applicable catalogId': {
    vi: 'Trường "a" không dùng được tuỳ chọn "danh mục" với kiểu của nó',
    en: 'Field "a" cannot have the option "catalog" for its type',
  },
  'option_not_applicable defaultValue': {
    vi: 'Trường "a" không dùng được tuỳ chọn "giá trị mặc định" với kiểu của nó',
    en: 'Field "a" cannot have the option "default value" for its type',
  },
  'option_not_applicable fields': {
    vi: 'Trường "a" không dùng được tuỳ chọn "trường con" với kiểu của nó',
    en: 'Field "a" cannot have the option "sub-fields" for its type',
  },
  'option_not_applicable unit': {
    vi: 'Trường "a" không dùng được tuỳ chọn "unit" với kiểu của nó',
    en: 'Field "a" cannot have the option "unit" for its type',
  },
  rule_target_required: {
    vi: 'Trường "ten_thuoc" chỉ hiện khi thoả điều kiện nên không thể luôn bắt buộc; hãy chọn tác dụng "hiện và bắt buộc"',
    en: 'Field "ten_thuoc" is shown only under a condition, so it cannot always be required; use "show and require"',
  },
  'missing_label label': {
    vi: 'Trường "a" thiếu nhãn tiếng Việt',
    en: 'Field "a" is missing the Vietnamese label',
  },
  'missing_label help': {
    vi: 'Trường "a" thiếu phần hướng dẫn tiếng Việt',
    en: 'Field "a" is missing the Vietnamese help text',
  },
  'missing_label choice': {
    vi: 'Trường "a" thiếu một lựa chọn tiếng Việt',
    en: 'Field "a" is missing the Vietnamese a choice',
  },
  'missing_label sub-field': {
    vi: 'Trường "b" thiếu nhãn tiếng Việt',
    en: 'Field "b" is missing the Vietnamese label',
  },
  no_choices: { vi: 'Trường "c" chưa có lựa chọn nào', en: 'Field "c" has no choices' },
  duplicate_choice: {
    vi: 'Giá trị lựa chọn "st25" của trường "c" bị trùng',
    en: 'Choice value "st25" of field "c" is used twice',
  },
  invalid_choice_value: {
    vi: 'Giá trị lựa chọn "ST 25" của trường "c" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, "_" và "-", tối đa 60 ký tự',
    en: 'Choice value "ST 25" of field "c" is not valid: lower-case letters without accents, digits, "_" and "-", at most 60 characters',
  },
  missing_catalog: {
    vi: 'Trường "tinh" chưa chọn danh mục hợp lệ',
    en: 'Field "tinh" has no valid catalog chosen',
  },
  unit_on_non_number: {
    vi: 'Chỉ trường kiểu "Số đo" mới có đơn vị (trường "so_bao")',
    en: 'Only "Number" fields have a unit (field "so_bao")',
  },
  invalid_default: {
    vi: 'Giá trị mặc định của trường "so_bao" không hợp với kiểu hoặc giới hạn của trường',
    en: 'The default value of field "so_bao" does not fit the field\'s type or limits',
  },
  rule_unknown_field: {
    vi: 'Quy tắc nhắc đến trường "zz", không phải một trường cấp ngoài cùng của biểu mẫu',
    en: 'The rule names field "zz", which is not a top-level field of the form',
  },
  rule_target_is_condition: {
    vi: 'Trường "phun_thuoc" là điều kiện của một quy tắc nên không thể bị quy tắc ẩn/hiện hay tự tác động lên mình',
    en: 'Field "phun_thuoc" is a rule\'s condition, so a rule cannot show it, nor can its own rule target it',
  },
  rule_target_twice: {
    vi: 'Trường "ten_thuoc" đã có quy tắc khác hiện ra hoặc được nêu hai lần; mỗi trường chỉ do một quy tắc hiện ra',
    en: 'Field "ten_thuoc" is already shown by another rule or named twice; a field is shown by one rule only',
  },
  'rule_condition_type text': {
    vi: 'Trường "n" (Văn bản ngắn) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Short text) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type longText': {
    vi: 'Trường "n" (Văn bản dài) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Long text) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type integer': {
    vi: 'Trường "n" (Số nguyên) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Whole number) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type number': {
    vi: 'Trường "n" (Số đo) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Number) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type date': {
    vi: 'Trường "n" (Ngày) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Date) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type dateTime': {
    vi: 'Trường "n" (Ngày giờ) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Date and time) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type choice': {
    vi: 'Trường "n" (Chọn một) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Single choice) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type multiChoice': {
    vi: 'Trường "n" (Chọn nhiều) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Multiple choice) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type yesNo': {
    vi: 'Trường "n" (Có/Không) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Yes/No) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type catalog': {
    vi: 'Trường "n" (Mục trong danh mục) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Catalog item) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type photos': {
    vi: 'Trường "n" (Ảnh) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Photos) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type gps': {
    vi: 'Trường "n" (Vị trí GPS) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (GPS location) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type signature': {
    vi: 'Trường "n" (Chữ ký) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Signature) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type file': {
    vi: 'Trường "n" (Tệp đính kèm) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (File) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type group': {
    vi: 'Trường "n" (Nhóm lặp lại) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Repeating group) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type heading': {
    vi: 'Trường "n" (Tiêu đề mục) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (Section heading) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  'rule_condition_type unknown': {
    vi: 'Trường "n" (slider) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
    en: 'Field "n" (slider) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  },
  empty_group: { vi: 'Nhóm "g" chưa có trường con nào', en: 'Group "g" has no sub-fields' },
  lot_quantity_field_missing: {
    vi: 'Trường "kg" ghi số lượng của lô không còn trong biểu mẫu',
    en: 'Field "kg", which sets the lot’s quantity, is no longer in the form',
  },
  lot_quantity_field_not_quantity: {
    vi: 'Trường "kg" ghi số lượng của lô phải là trường Số đo có đơn vị, không nằm trong nhóm',
    en: 'Field "kg", which sets the lot’s quantity, must be a Number field with a unit, outside any group',
  },
  'a key with braces and quotes': {
    vi: 'Mã trường "it\'s {a} #1" bị trùng',
    en: 'Field key "it\'s {a} #1" is used twice',
  },
  'a missing key': { vi: 'Trường "undefined" chưa có lựa chọn nào', en: 'Field "undefined" has no choices' },
};

describe('form catalogues', () => {
  it('agree in Vietnamese and English', () => {
    expect(catalogueProblems(formCatalogues)).toEqual([]);
  });
});

/** The words the forms localiser said before the move to ICU, pinned letter for letter. */
describe('localizeAjvErrors', () => {
  it('has a case for every keyword the catalogue words', () => {
    const worded = Object.keys(formCatalogues.vi)
      .filter((key) => key.startsWith('ajv.') && key !== 'ajv.unknown')
      .map((key) => key.slice('ajv.'.length));
    const covered = new Set(ajvCases.flatMap(([, errors]) => errors.map((error) => error.keyword)));
    expect(worded.filter((keyword) => !covered.has(keyword))).toEqual([]);
  });

  it.each(ajvCases)('%s', (label, errors) => {
    expect({ vi: localizeAjvErrors(errors, 'vi'), en: localizeAjvErrors(errors, 'en') }).toEqual(
      ajvExpected[label],
    );
  });
});

describe('formProblemMessage', () => {
  it('has a case for every problem code and field type', () => {
    const codes = new Set(problemCases.map(([, problem]) => problem.code));
    expect(formProblemCodes.filter((code) => !codes.has(code))).toEqual([]);
    const conditionTypes = problemCases.map(([, problem]) => problem.params.type);
    expect(fieldTypes.filter((type) => !conditionTypes.includes(type))).toEqual([]);
  });

  it.each(problemCases)('%s', (label, problem) => {
    expect({ vi: formProblemMessage(problem, 'vi'), en: formProblemMessage(problem, 'en') }).toEqual(
      problemExpected[label],
    );
  });

  it.each(formProblemCodes)('%s reads well in both languages', (code) => {
    const params = { key: 'khoi_luong', keyword: 'readOnly', limit: 300, count: 301, unit: 'lb', value: 'x' };
    const problem: FormProblem = {
      code,
      path: 'fields/0',
      params: { ...params, type: 'number', option: 'pattern' },
    };
    const [vi, en] = [formProblemMessage(problem, 'vi'), formProblemMessage(problem, 'en')];
    expect(vi).not.toBe(en);
    expect(`${vi} ${en}`).not.toMatch(/undefined|\[object|\{|\}/);
    expect(vi).not.toMatch(/\b(the|is|must|field|cannot)\b/i);
  });
});

describe('ajv messages standing alone under a field (asSentence)', () => {
  const sentence = (error: AjvError, lang: Lang) =>
    asSentence(localizeAjvErrors([error], lang)[0]?.message ?? '', lang);
  it.each([
    [ajv('minimum', { limit: 1, comparison: '>=' }), 'Phải lớn hơn hoặc bằng 1.', 'Must be at least 1.'],
    [
      ajv('maximum', { limit: 100000, comparison: '<=' }),
      'Phải nhỏ hơn hoặc bằng 100000.',
      'Must be at most 100000.',
    ],
    [ajv('exclusiveMinimum', { limit: 0, comparison: '>' }), 'Phải lớn hơn 0.', 'Must be greater than 0.'],
    [ajv('minLength', { limit: 2 }), 'Phải có ít nhất 2 ký tự.', 'Must have at least 2 characters.'],
    [ajv('maxLength', { limit: 5 }), 'Không được quá 5 ký tự.', 'Must have at most 5 characters.'],
    [ajv('minItems', { limit: 1 }), 'Phải có ít nhất 1 mục.', 'Must have at least 1 items.'],
    [ajv('pattern', { pattern: '^a$' }), 'Không đúng định dạng.', 'Has the wrong format.'],
  ])('%j', (error, vi, en) => {
    expect({ vi: sentence(error, 'vi'), en: sentence(error, 'en') }).toEqual({ vi, en });
  });

  it('leaves a finished sentence and an empty text alone', () => {
    expect(asSentence('Cần điền mục này.', 'vi')).toBe('Cần điền mục này.');
    expect(asSentence('đúng không?', 'vi')).toBe('Đúng không?');
    expect(asSentence('  ', 'en')).toBe('');
  });
});
