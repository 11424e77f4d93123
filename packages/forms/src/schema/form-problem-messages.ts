import { fieldTypeNames } from '../model/field-type-names';
import { fieldTypes } from '../model/form-model';
import type { MessageLang } from '../validation/localize-errors';
import type { FormProblem, FormProblemCode } from './form-problem';

type Params = FormProblem['params'];
type Phrase = (p: Params, path: string) => string;

const s = (value: string | number | undefined) => String(value ?? '');
const typeName = (type: string | number | undefined, lang: MessageLang) => {
  const known = fieldTypes.find((t) => t === type);
  return known ? fieldTypeNames[known][lang] : s(type);
};
const at = (p: Params, lang: MessageLang) =>
  p.key ? (lang === 'vi' ? ` (trường "${p.key}")` : ` (field "${p.key}")`) : '';

const optionNames: Record<string, { vi: string; en: string }> = {
  required: { vi: 'bắt buộc', en: 'required' },
  min: { vi: 'giới hạn nhỏ nhất', en: 'minimum' },
  max: { vi: 'giới hạn lớn nhất', en: 'maximum' },
  pattern: { vi: 'mẫu kiểm tra (biểu thức chính quy)', en: 'pattern (regular expression)' },
  choices: { vi: 'danh sách lựa chọn', en: 'choices' },
  catalogId: { vi: 'danh mục', en: 'catalog' },
  defaultValue: { vi: 'giá trị mặc định', en: 'default value' },
  fields: { vi: 'trường con', en: 'sub-fields' },
};
const option = (p: Params, lang: MessageLang) => optionNames[s(p.option)]?.[lang] ?? s(p.option);

const schemaReasons: Record<string, { vi: Phrase; en: Phrase }> = {
  not_json: {
    vi: () => 'Biểu mẫu chứa giá trị không phải JSON',
    en: () => 'The form holds a value that is not JSON',
  },
  cycle: {
    vi: () => 'Biểu mẫu có tham chiếu vòng hoặc dùng chung',
    en: () => 'The form has a cyclic or shared reference',
  },
  not_object: {
    vi: () => 'Lược đồ biểu mẫu phải là một đối tượng có "type": "object"',
    en: () => 'A form schema must be an object with "type": "object"',
  },
  bad_value: {
    vi: (p) => `Giá trị của "${p.keyword}" không hợp lệ${at(p, 'vi')}`,
    en: (p) => `The value of "${p.keyword}" is not valid${at(p, 'en')}`,
  },
  fixed_part: {
    vi: (p) => `Phần cố định của trường "${p.key}" đã bị thay đổi`,
    en: (p) => `The fixed part of field "${p.key}" was changed`,
  },
  unknown_required: {
    vi: (p) => `Trường bắt buộc "${p.key}" không có trong biểu mẫu`,
    en: (p) => `Required field "${p.key}" is not in the form`,
  },
  ajv: {
    vi: (p) => `Bộ kiểm tra không biên dịch được lược đồ: ${p.detail}`,
    en: (p) => `The validator cannot compile the schema: ${p.detail}`,
  },
};

const ruleReasons: Record<string, { vi: Phrase; en: Phrase }> = {
  effect: { vi: () => 'Quy tắc có tác dụng không hợp lệ', en: () => 'The rule has an invalid effect' },
  no_targets: {
    vi: () => 'Quy tắc chưa chọn trường nào để hiện hoặc bắt buộc',
    en: () => 'The rule names no field to show or require',
  },
  value: {
    vi: (p) => `Giá trị điều kiện không hợp với trường "${p.key}"`,
    en: (p) => `The condition value does not fit field "${p.key}"`,
  },
  shape: {
    vi: () => 'Quy tắc không đúng dạng "nếu trường bằng giá trị thì hiện và/hoặc bắt buộc các trường"',
    en: () => 'The rule is not of the form "if a field equals a value, show and/or require fields"',
  },
};

const labelPart = (path: string, lang: MessageLang) =>
  path.endsWith('/help')
    ? { vi: 'phần hướng dẫn', en: 'help text' }[lang]
    : path.includes('/choices/')
      ? { vi: 'một lựa chọn', en: 'a choice' }[lang]
      : { vi: 'nhãn', en: 'label' }[lang];

const phrases: Record<FormProblemCode, { vi: Phrase; en: Phrase }> = {
  unknown_field_type: {
    vi: (p) => `Không nhận ra kiểu của trường "${p.key}"`,
    en: (p) => `The type of field "${p.key}" is not recognised`,
  },
  unknown_keyword: {
    vi: (p) => `Từ khoá "${p.keyword}" không được hỗ trợ${at(p, 'vi')}`,
    en: (p) => `The keyword "${p.keyword}" is not supported${at(p, 'en')}`,
  },
  invalid_schema: {
    vi: (p, path) => (schemaReasons[s(p.reason)] ?? schemaReasons.not_json)?.vi(p, path) ?? '',
    en: (p, path) => (schemaReasons[s(p.reason)] ?? schemaReasons.not_json)?.en(p, path) ?? '',
  },
  duplicate_field_key: {
    vi: (p) => `Mã trường "${p.key}" bị trùng`,
    en: (p) => `Field key "${p.key}" is used twice`,
  },
  invalid_field_key: {
    vi: (p) =>
      `Mã trường "${p.key}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số và "_", bắt đầu bằng chữ, tối đa 40 ký tự`,
    en: (p) =>
      `Field key "${p.key}" is not valid: lower-case letters without accents, digits and "_", starting with a letter, at most 40 characters`,
  },
  nested_group: {
    vi: (p) => `Nhóm "${p.key}" nằm trong một nhóm khác; không hỗ trợ nhóm lồng nhau`,
    en: (p) => `Group "${p.key}" is inside another group; nested groups are not supported`,
  },
  heading_in_group: {
    vi: (p) => `Không đặt tiêu đề mục "${p.key}" trong nhóm lặp lại`,
    en: (p) => `Heading "${p.key}" cannot be placed inside a repeating group`,
  },
  invalid_rule: {
    vi: (p, path) => (ruleReasons[s(p.reason)] ?? ruleReasons.shape)?.vi(p, path) ?? '',
    en: (p, path) => (ruleReasons[s(p.reason)] ?? ruleReasons.shape)?.en(p, path) ?? '',
  },
  too_deep: {
    vi: (p) => `Biểu mẫu lồng nhau quá ${p.limit} cấp`,
    en: (p) => `The form is nested more than ${p.limit} levels deep`,
  },
  too_many_fields: {
    vi: (p) => `Biểu mẫu có ${p.count} trường, vượt giới hạn ${p.limit} (tính cả trường con)`,
    en: (p) => `The form has ${p.count} fields, over the limit of ${p.limit} (sub-fields included)`,
  },
  string_too_long: {
    vi: (p) => `Có đoạn văn bản dài quá ${p.limit} ký tự${at(p, 'vi')}`,
    en: (p) => `A text is longer than ${p.limit} characters${at(p, 'en')}`,
  },
  schema_too_large: {
    vi: (p) => `Biểu mẫu quá lớn (tối đa ${Math.round(Number(p.limit) / 1024)} KiB)`,
    en: (p) => `The form is too large (at most ${Math.round(Number(p.limit) / 1024)} KiB)`,
  },
  unknown_unit: {
    vi: (p) => `Đơn vị "${p.unit}" của trường "${p.key}" không có trong danh sách đơn vị`,
    en: (p) => `Unit "${p.unit}" of field "${p.key}" is not in the unit list`,
  },
  invalid_pattern: {
    vi: (p) =>
      p.reason === 'nested_quantifier'
        ? `Mẫu kiểm tra của trường "${p.key}" có lượng từ lồng nhau như (a+)+, có thể làm treo việc kiểm tra`
        : `Mẫu kiểm tra (biểu thức chính quy) của trường "${p.key}" không hợp lệ`,
    en: (p) =>
      p.reason === 'nested_quantifier'
        ? `The pattern of field "${p.key}" nests quantifiers like (a+)+, which can hang validation`
        : `The pattern (regular expression) of field "${p.key}" is not valid`,
  },
  invalid_range: {
    vi: (p) =>
      `Giới hạn của trường "${p.key}" không hợp lệ: nhỏ nhất phải không lớn hơn lớn nhất; độ dài và số mục là số nguyên không âm`,
    en: (p) =>
      `The limits of field "${p.key}" are not valid: the minimum must not exceed the maximum; lengths and counts are whole numbers from 0`,
  },
  option_not_applicable: {
    vi: (p) => `Trường "${p.key}" không dùng được tuỳ chọn "${option(p, 'vi')}" với kiểu của nó`,
    en: (p) => `Field "${p.key}" cannot have the option "${option(p, 'en')}" for its type`,
  },
  rule_target_required: {
    vi: (p) =>
      `Trường "${p.key}" chỉ hiện khi thoả điều kiện nên không thể luôn bắt buộc; hãy chọn tác dụng "hiện và bắt buộc"`,
    en: (p) =>
      `Field "${p.key}" is shown only under a condition, so it cannot always be required; use "show and require"`,
  },
  missing_label: {
    vi: (p, path) => `Trường "${p.key}" thiếu ${labelPart(path, 'vi')} tiếng Việt`,
    en: (p, path) => `Field "${p.key}" is missing the Vietnamese ${labelPart(path, 'en')}`,
  },
  no_choices: {
    vi: (p) => `Trường "${p.key}" chưa có lựa chọn nào`,
    en: (p) => `Field "${p.key}" has no choices`,
  },
  duplicate_choice: {
    vi: (p) => `Giá trị lựa chọn "${p.value}" của trường "${p.key}" bị trùng`,
    en: (p) => `Choice value "${p.value}" of field "${p.key}" is used twice`,
  },
  invalid_choice_value: {
    vi: (p) =>
      `Giá trị lựa chọn "${p.value}" của trường "${p.key}" không hợp lệ: chỉ gồm chữ thường không dấu, chữ số, "_" và "-", tối đa 60 ký tự`,
    en: (p) =>
      `Choice value "${p.value}" of field "${p.key}" is not valid: lower-case letters without accents, digits, "_" and "-", at most 60 characters`,
  },
  missing_catalog: {
    vi: (p) => `Trường "${p.key}" chưa chọn danh mục hợp lệ`,
    en: (p) => `Field "${p.key}" has no valid catalog chosen`,
  },
  unit_on_non_number: {
    vi: (p) => `Chỉ trường kiểu "${fieldTypeNames.number.vi}" mới có đơn vị (trường "${p.key}")`,
    en: (p) => `Only "${fieldTypeNames.number.en}" fields have a unit (field "${p.key}")`,
  },
  invalid_default: {
    vi: (p) => `Giá trị mặc định của trường "${p.key}" không hợp với kiểu hoặc giới hạn của trường`,
    en: (p) => `The default value of field "${p.key}" does not fit the field's type or limits`,
  },
  rule_unknown_field: {
    vi: (p) => `Quy tắc nhắc đến trường "${p.key}", không phải một trường cấp ngoài cùng của biểu mẫu`,
    en: (p) => `The rule names field "${p.key}", which is not a top-level field of the form`,
  },
  rule_target_is_condition: {
    vi: (p) =>
      `Trường "${p.key}" là điều kiện của một quy tắc nên không thể bị quy tắc ẩn/hiện hay tự tác động lên mình`,
    en: (p) =>
      `Field "${p.key}" is a rule's condition, so a rule cannot show it, nor can its own rule target it`,
  },
  rule_target_twice: {
    vi: (p) =>
      `Trường "${p.key}" đã có quy tắc khác hiện ra hoặc được nêu hai lần; mỗi trường chỉ do một quy tắc hiện ra`,
    en: (p) =>
      `Field "${p.key}" is already shown by another rule or named twice; a field is shown by one rule only`,
  },
  rule_condition_type: {
    vi: (p) =>
      `Trường "${p.key}" (${typeName(p.type, 'vi')}) không làm điều kiện được; chỉ dùng trường chọn một, có/không, số nguyên hoặc văn bản ngắn`,
    en: (p) =>
      `Field "${p.key}" (${typeName(p.type, 'en')}) cannot be a condition; use a single choice, yes/no, whole number or short text field`,
  },
  empty_group: {
    vi: (p) => `Nhóm "${p.key}" chưa có trường con nào`,
    en: (p) => `Group "${p.key}" has no sub-fields`,
  },
};

/** The problem in words, Vietnamese or English. */
export function formProblemMessage(problem: FormProblem, lang: MessageLang): string {
  return phrases[problem.code][lang](problem.params, problem.path);
}
