import { describeAjvErrors, type FormProblem, fieldTypes } from '@nguon/forms';
import type { Lang } from '../errors/lang';
import { createMessageFormatter, type MessageValues } from '../messages/message-format';

/**
 * The words of forms: `ajv.<keyword>` for a record that fails its form (the value's field is shown beside
 * it), `problem.<code>` for the form builder's problems, and the names they use (`type.`, `format.`,
 * `option.`, `fieldType.`). `{at, select, yes {…}}` names the field when the problem knows it.
 */
const vi = {
  'ajv.required': 'thiếu trường bắt buộc "{missingProperty}"',
  'ajv.additionalProperties': 'không được có trường "{additionalProperty}"',
  'ajv.type': 'phải là {types}',
  'typeList.or': '{first} hoặc {rest}',
  'ajv.minLength': 'phải có ít nhất {limit} ký tự',
  'ajv.maxLength': 'không được quá {limit} ký tự',
  'ajv.minimum': 'phải lớn hơn hoặc bằng {limit}',
  'ajv.maximum': 'phải nhỏ hơn hoặc bằng {limit}',
  'ajv.exclusiveMinimum': 'phải lớn hơn {limit}',
  'ajv.exclusiveMaximum': 'phải nhỏ hơn {limit}',
  'ajv.multipleOf': 'phải là bội số của {multipleOf}',
  'ajv.pattern': 'không đúng định dạng',
  'ajv.format': 'phải là {format}',
  'ajv.enum': 'phải là một trong: {allowedValues}',
  'ajv.const': 'phải bằng {allowedValue}',
  'ajv.minItems': 'phải có ít nhất {limit} mục',
  'ajv.maxItems': 'không được quá {limit} mục',
  'ajv.uniqueItems': 'các mục {j} và {i} bị trùng',
  'ajv.minProperties': 'phải có ít nhất {limit} trường',
  'ajv.maxProperties': 'không được quá {limit} trường',
  'ajv.anyOf': 'không khớp với lựa chọn nào được phép',
  'ajv.oneOf': 'phải khớp đúng một lựa chọn được phép',
  'ajv.not': 'có giá trị không được phép',
  'ajv.if': 'không thoả một quy tắc điều kiện của biểu mẫu',
  'ajv.dependentRequired': 'khi có "{property}" thì phải có "{missingProperty}"',
  'ajv.propertyNames': 'tên trường "{propertyName}" không hợp lệ',
  'ajv.unevaluatedProperties': 'không được có trường "{unevaluatedProperty}"',
  'ajv.false': 'không được có giá trị này',
  'ajv.unevaluatedItems': 'không được quá {len} mục',
  'ajv.items': 'không được quá {limit} mục',
  'ajv.additionalItems': 'không được quá {limit} mục',
  'ajv.contains':
    '{range, select, yes {phải có từ {minContains} đến {maxContains} mục hợp lệ} other {phải có ít nhất {minContains} mục hợp lệ}}',
  'ajv.discriminator': 'thiếu hoặc sai trường phân loại',
  'ajv.unknown': 'không hợp lệ ({keyword})',
  'type.string': 'chuỗi ký tự',
  'type.number': 'số',
  'type.integer': 'số nguyên',
  'type.boolean': 'đúng/sai',
  'type.object': 'đối tượng',
  'type.array': 'danh sách',
  'type.null': 'rỗng (null)',
  'format.email': 'địa chỉ email',
  'format.uuid': 'mã định danh UUID',
  'format.date-time': 'ngày giờ (ISO 8601)',
  'format.date': 'ngày (YYYY-MM-DD)',
  'format.uri': 'địa chỉ URI',
  'format.uri-reference': 'tham chiếu URI',
  'format.url': 'địa chỉ URL',
  'format.time': 'giờ (HH:MM:SS)',
  'format.duration': 'khoảng thời gian (ISO 8601)',
  'format.hostname': 'tên máy chủ',
  'format.ipv4': 'địa chỉ IPv4',
  'format.ipv6': 'địa chỉ IPv6',
  'format.regex': 'biểu thức chính quy',
  'problem.unknown_field_type': 'Không nhận ra kiểu của trường "{key}"',
  'problem.unknown_keyword':
    'Từ khoá "{keyword}" không được hỗ trợ{at, select, yes { (trường "{key}")} other {}}',
  'problem.invalid_schema':
    '{reason, select, cycle {Biểu mẫu có tham chiếu vòng hoặc dùng chung} not_object {Lược đồ biểu mẫu phải là một đối tượng có "type": "object"} bad_value {Giá trị của "{keyword}" không hợp lệ{at, select, yes { (trường "{key}")} other {}}} fixed_part {Phần cố định của trường "{key}" đã bị thay đổi} unknown_required {Trường bắt buộc "{key}" không có trong biểu mẫu} ajv {Bộ kiểm tra không biên dịch được lược đồ: {detail}} other {Biểu mẫu chứa giá trị không phải JSON}}',
  'problem.duplicate_field_key': 'Mã trường "{key}" bị trùng',
  'problem.invalid_field_key':
    'Mã trường "{key}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và "_", bắt đầu bằng chữ, tối đa 40 ký tự',
  'problem.nested_group': 'Nhóm "{key}" nằm trong một nhóm khác; không hỗ trợ nhóm lồng nhau',
  'problem.heading_in_group': 'Không đặt tiêu đề mục "{key}" trong nhóm lặp lại',
  'problem.invalid_rule':
    '{reason, select, effect {Quy tắc có tác dụng không hợp lệ} no_targets {Quy tắc chưa chọn trường nào để hiện hoặc bắt buộc} value {Giá trị điều kiện không hợp với trường "{key}"} other {Quy tắc không đúng dạng "nếu trường bằng giá trị thì hiện và/hoặc bắt buộc các trường"}}',
  'problem.too_deep': 'Biểu mẫu lồng nhau quá {limit} cấp',
  'problem.too_many_fields': 'Biểu mẫu có {count} trường, vượt giới hạn {limit} (tính cả trường con)',
  'problem.string_too_long':
    'Có đoạn văn bản dài quá {limit} ký tự{at, select, yes { (trường "{key}")} other {}}',
  'problem.schema_too_large': 'Biểu mẫu quá lớn (tối đa {kib} KiB)',
  'problem.unknown_unit': 'Đơn vị "{unit}" của trường "{key}" không có trong danh sách đơn vị',
  'problem.invalid_pattern':
    '{reason, select, nested_quantifier {Mẫu kiểm tra của trường "{key}" có lượng từ lồng nhau như (a+)+, có thể làm treo việc kiểm tra} other {Mẫu kiểm tra (biểu thức chính quy) của trường "{key}" không hợp lệ}}',
  'problem.invalid_range':
    'Giới hạn của trường "{key}" không hợp lệ: nhỏ nhất phải không lớn hơn lớn nhất; độ dài và số mục là số nguyên không âm',
  'problem.option_not_applicable': 'Trường "{key}" không dùng được tuỳ chọn "{option}" với kiểu của nó',
  'problem.rule_target_required':
    'Trường "{key}" chỉ hiện khi thoả điều kiện nên không thể luôn bắt buộc; hãy chọn tác dụng "hiện và bắt buộc"',
  'problem.missing_label':
    'Trường "{key}" thiếu {part, select, help {phần hướng dẫn} choice {một lựa chọn} other {nhãn}} tiếng Việt',
  'problem.no_choices': 'Trường "{key}" chưa có lựa chọn nào',
  'problem.duplicate_choice': 'Giá trị lựa chọn "{value}" của trường "{key}" bị trùng',
  'problem.invalid_choice_value':
    'Giá trị lựa chọn "{value}" của trường "{key}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, "_" và "-", tối đa 60 ký tự',
  'problem.missing_catalog': 'Trường "{key}" chưa chọn danh mục hợp lệ',
  'problem.unit_on_non_number': 'Chỉ trường kiểu "{numberType}" mới có đơn vị (trường "{key}")',
  'problem.invalid_default':
    'Giá trị mặc định của trường "{key}" không hợp với kiểu hoặc giới hạn của trường',
  'problem.rule_unknown_field':
    'Quy tắc nhắc đến trường "{key}", không phải một trường cấp ngoài cùng của biểu mẫu',
  'problem.rule_target_is_condition':
    'Trường "{key}" là điều kiện của một quy tắc nên không thể bị quy tắc ẩn/hiện hay tự tác động lên mình',
  'problem.rule_target_twice':
    'Trường "{key}" đã có quy tắc khác hiện ra hoặc được nêu hai lần; mỗi trường chỉ do một quy tắc hiện ra',
  'problem.rule_condition_type':
    'Trường "{key}" ({type}) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn',
  'problem.empty_group': 'Nhóm "{key}" chưa có trường con nào',
  'option.required': 'bắt buộc',
  'option.min': 'giới hạn nhỏ nhất',
  'option.max': 'giới hạn lớn nhất',
  'option.pattern': 'mẫu kiểm tra (biểu thức chính quy)',
  'option.choices': 'danh sách lựa chọn',
  'option.catalogId': 'danh mục',
  'option.defaultValue': 'giá trị mặc định',
  'option.fields': 'trường con',
  'fieldType.text': 'Văn bản ngắn',
  'fieldType.longText': 'Văn bản dài',
  'fieldType.integer': 'Số nguyên',
  'fieldType.number': 'Số đo',
  'fieldType.date': 'Ngày',
  'fieldType.dateTime': 'Ngày giờ',
  'fieldType.choice': 'Chọn một',
  'fieldType.multiChoice': 'Chọn nhiều',
  'fieldType.yesNo': 'Có/Không',
  'fieldType.catalog': 'Mục trong danh mục',
  'fieldType.photos': 'Ảnh',
  'fieldType.gps': 'Vị trí GPS',
  'fieldType.signature': 'Chữ ký',
  'fieldType.file': 'Tệp đính kèm',
  'fieldType.group': 'Nhóm lặp lại',
  'fieldType.heading': 'Tiêu đề mục',
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
  'ajv.required': 'missing required field "{missingProperty}"',
  'ajv.additionalProperties': 'field "{additionalProperty}" is not allowed',
  'ajv.type': 'must be {types}',
  'typeList.or': '{first} or {rest}',
  'ajv.minLength': 'must have at least {limit} characters',
  'ajv.maxLength': 'must have at most {limit} characters',
  'ajv.minimum': 'must be at least {limit}',
  'ajv.maximum': 'must be at most {limit}',
  'ajv.exclusiveMinimum': 'must be greater than {limit}',
  'ajv.exclusiveMaximum': 'must be less than {limit}',
  'ajv.multipleOf': 'must be a multiple of {multipleOf}',
  'ajv.pattern': 'has the wrong format',
  'ajv.format': 'must be {format}',
  'ajv.enum': 'must be one of: {allowedValues}',
  'ajv.const': 'must equal {allowedValue}',
  'ajv.minItems': 'must have at least {limit} items',
  'ajv.maxItems': 'must have at most {limit} items',
  'ajv.uniqueItems': 'items {j} and {i} are duplicates',
  'ajv.minProperties': 'must have at least {limit} fields',
  'ajv.maxProperties': 'must have at most {limit} fields',
  'ajv.anyOf': 'matches none of the allowed forms',
  'ajv.oneOf': 'must match exactly one allowed form',
  'ajv.not': 'has a value that is not allowed',
  'ajv.if': 'does not satisfy a conditional rule of the form',
  'ajv.dependentRequired': '"{missingProperty}" is required when "{property}" is given',
  'ajv.propertyNames': 'field name "{propertyName}" is not valid',
  'ajv.unevaluatedProperties': 'field "{unevaluatedProperty}" is not allowed',
  'ajv.false': 'no value is allowed here',
  'ajv.unevaluatedItems': 'must have at most {len} items',
  'ajv.items': 'must have at most {limit} items',
  'ajv.additionalItems': 'must have at most {limit} items',
  'ajv.contains':
    '{range, select, yes {must contain {minContains} to {maxContains} valid items} other {must contain at least {minContains} valid items}}',
  'ajv.discriminator': 'has a missing or wrong discriminator',
  'ajv.unknown': 'is not valid ({keyword})',
  'type.string': 'a string',
  'type.number': 'a number',
  'type.integer': 'an integer',
  'type.boolean': 'true or false',
  'type.object': 'an object',
  'type.array': 'a list',
  'type.null': 'null',
  'format.email': 'an email address',
  'format.uuid': 'a UUID',
  'format.date-time': 'a date-time (ISO 8601)',
  'format.date': 'a date (YYYY-MM-DD)',
  'format.uri': 'a URI',
  'format.uri-reference': 'a URI reference',
  'format.url': 'a URL',
  'format.time': 'a time (HH:MM:SS)',
  'format.duration': 'a duration (ISO 8601)',
  'format.hostname': 'a host name',
  'format.ipv4': 'an IPv4 address',
  'format.ipv6': 'an IPv6 address',
  'format.regex': 'a regular expression',
  'problem.unknown_field_type': 'The type of field "{key}" is not recognised',
  'problem.unknown_keyword':
    'The keyword "{keyword}" is not supported{at, select, yes { (field "{key}")} other {}}',
  'problem.invalid_schema':
    '{reason, select, cycle {The form has a cyclic or shared reference} not_object {A form schema must be an object with "type": "object"} bad_value {The value of "{keyword}" is not valid{at, select, yes { (field "{key}")} other {}}} fixed_part {The fixed part of field "{key}" was changed} unknown_required {Required field "{key}" is not in the form} ajv {The validator cannot compile the schema: {detail}} other {The form holds a value that is not JSON}}',
  'problem.duplicate_field_key': 'Field key "{key}" is used twice',
  'problem.invalid_field_key':
    'Field key "{key}" is not valid: lower-case letters without accents, digits and "_", starting with a letter, at most 40 characters',
  'problem.nested_group': 'Group "{key}" is inside another group; nested groups are not supported',
  'problem.heading_in_group': 'Heading "{key}" cannot be placed inside a repeating group',
  'problem.invalid_rule':
    '{reason, select, effect {The rule has an invalid effect} no_targets {The rule names no field to show or require} value {The condition value does not fit field "{key}"} other {The rule is not of the form "if a field equals a value, show and/or require fields"}}',
  'problem.too_deep': 'The form is nested more than {limit} levels deep',
  'problem.too_many_fields': 'The form has {count} fields, over the limit of {limit} (sub-fields included)',
  'problem.string_too_long':
    'A text is longer than {limit} characters{at, select, yes { (field "{key}")} other {}}',
  'problem.schema_too_large': 'The form is too large (at most {kib} KiB)',
  'problem.unknown_unit': 'Unit "{unit}" of field "{key}" is not in the unit list',
  'problem.invalid_pattern':
    '{reason, select, nested_quantifier {The pattern of field "{key}" nests quantifiers like (a+)+, which can hang validation} other {The pattern (regular expression) of field "{key}" is not valid}}',
  'problem.invalid_range':
    'The limits of field "{key}" are not valid: the minimum must not exceed the maximum; lengths and counts are whole numbers from 0',
  'problem.option_not_applicable': 'Field "{key}" cannot have the option "{option}" for its type',
  'problem.rule_target_required':
    'Field "{key}" is shown only under a condition, so it cannot always be required; use "show and require"',
  'problem.missing_label':
    'Field "{key}" is missing the Vietnamese {part, select, help {help text} choice {a choice} other {label}}',
  'problem.no_choices': 'Field "{key}" has no choices',
  'problem.duplicate_choice': 'Choice value "{value}" of field "{key}" is used twice',
  'problem.invalid_choice_value':
    'Choice value "{value}" of field "{key}" is not valid: lower-case letters without accents, digits, "_" and "-", at most 60 characters',
  'problem.missing_catalog': 'Field "{key}" has no valid catalog chosen',
  'problem.unit_on_non_number': 'Only "{numberType}" fields have a unit (field "{key}")',
  'problem.invalid_default': 'The default value of field "{key}" does not fit the field\'s type or limits',
  'problem.rule_unknown_field': 'The rule names field "{key}", which is not a top-level field of the form',
  'problem.rule_target_is_condition':
    'Field "{key}" is a rule\'s condition, so a rule cannot show it, nor can its own rule target it',
  'problem.rule_target_twice':
    'Field "{key}" is already shown by another rule or named twice; a field is shown by one rule only',
  'problem.rule_condition_type':
    'Field "{key}" ({type}) cannot be a condition; use a single choice, yes/no, whole number or short text field',
  'problem.empty_group': 'Group "{key}" has no sub-fields',
  'option.required': 'required',
  'option.min': 'minimum',
  'option.max': 'maximum',
  'option.pattern': 'pattern (regular expression)',
  'option.choices': 'choices',
  'option.catalogId': 'catalog',
  'option.defaultValue': 'default value',
  'option.fields': 'sub-fields',
  'fieldType.text': 'Short text',
  'fieldType.longText': 'Long text',
  'fieldType.integer': 'Whole number',
  'fieldType.number': 'Number',
  'fieldType.date': 'Date',
  'fieldType.dateTime': 'Date and time',
  'fieldType.choice': 'Single choice',
  'fieldType.multiChoice': 'Multiple choice',
  'fieldType.yesNo': 'Yes/No',
  'fieldType.catalog': 'Catalog item',
  'fieldType.photos': 'Photos',
  'fieldType.gps': 'GPS location',
  'fieldType.signature': 'Signature',
  'fieldType.file': 'File',
  'fieldType.group': 'Repeating group',
  'fieldType.heading': 'Section heading',
};

export const formCatalogues = { vi, en };

const format = createMessageFormatter(formCatalogues);

/** An ajv error as `describeAjvErrors` reads it (ajv's `ErrorObject`, without a dependency on ajv here). */
export type AjvErrorObject = Parameters<typeof describeAjvErrors>[0][number];

export interface LocalizedValidationError {
  /** JSON pointer of the bad value ('' for the whole document). */
  path: string;
  keyword: string;
  message: string;
}

const isKey = (key: string): key is Key => Object.hasOwn(vi, key);
/** A name from the catalogue (`format.email`), or the raw value when the catalogue has none. */
const named = (prefix: string, value: string, lang: Lang) => {
  const key = `${prefix}.${value}`;
  return isKey(key) ? format(lang, key) : value;
};

/** `string,null` as "a string or null": each name from the catalogue, joined by `typeList.or`. */
function typeNames(type: unknown, lang: Lang): string {
  const names = String(type)
    .split(',')
    .map((t) => named('type', t, lang));
  return names.reduceRight((rest, first) => format(lang, 'typeList.or', { first, rest }));
}

/** The params the plain ajv messages name, each as text ("undefined" when absent, as the old templates wrote). */
const ajvArguments = [
  'missingProperty',
  'additionalProperty',
  'unevaluatedProperty',
  'property',
  'propertyName',
  'limit',
  'len',
  'multipleOf',
  'i',
  'j',
];

function ajvValues(keyword: string, params: Record<string, unknown>, lang: Lang): MessageValues {
  switch (keyword) {
    case 'type':
      return { types: typeNames(params.type, lang) };
    case 'format':
      return { format: named('format', String(params.format), lang) };
    case 'enum': {
      const values = params.allowedValues;
      return {
        allowedValues: Array.isArray(values)
          ? values.map((v) => JSON.stringify(v)).join(', ')
          : String(values),
      };
    }
    case 'const':
      return { allowedValue: String(JSON.stringify(params.allowedValue)) };
    case 'contains': {
      const range = params.maxContains !== undefined;
      return {
        range: range ? 'yes' : 'no',
        minContains: String(range ? params.minContains : (params.minContains ?? 1)),
        maxContains: String(params.maxContains),
      };
    }
    default:
      return Object.fromEntries(ajvArguments.map((name) => [name, String(params[name])]));
  }
}

/**
 * Ajv errors in Vietnamese or English, each with the JSON pointer of its value; the errors that only echo
 * another are left out (`describeAjvErrors`).
 */
export function localizeAjvErrors(errors: readonly AjvErrorObject[], lang: Lang): LocalizedValidationError[] {
  return describeAjvErrors(errors).map(({ path, keyword, params }) => {
    const key = `ajv.${keyword}`;
    const message =
      isKey(key) && key !== 'ajv.unknown'
        ? format(lang, key, ajvValues(keyword, params, lang))
        : format(lang, 'ajv.unknown', { keyword });
    return { path, keyword, message };
  });
}

const problemKey = (code: FormProblem['code']): Key => `problem.${code}`;

const fieldTypeName = (type: string | number | undefined, lang: Lang) => {
  const known = fieldTypes.find((t) => t === type);
  return known ? format(lang, `fieldType.${known}`) : String(type ?? '');
};

/** Which label a `missing_label` path is about. */
const labelPart = (path: string) =>
  path.endsWith('/help') ? 'help' : path.includes('/choices/') ? 'choice' : 'label';

/** A form problem in words, Vietnamese or English. */
export function formProblemMessage(problem: FormProblem, lang: Lang): string {
  const p = problem.params;
  const values: MessageValues = {
    key: String(p.key),
    keyword: String(p.keyword),
    limit: String(p.limit),
    count: String(p.count),
    unit: String(p.unit),
    value: String(p.value),
    detail: String(p.detail),
    at: p.key ? 'yes' : 'no',
    reason: String(p.reason ?? ''),
    option: named('option', String(p.option ?? ''), lang),
    type: fieldTypeName(p.type, lang),
    part: labelPart(problem.path),
    kib: String(Math.round(Number(p.limit) / 1024)),
    numberType: format(lang, 'fieldType.number'),
  };
  return format(lang, problemKey(problem.code), values);
}
