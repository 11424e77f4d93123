import type { ErrorObject } from 'ajv/dist/2020';

export type MessageLang = 'vi' | 'en';

export interface LocalizedValidationError {
  /** JSON pointer of the bad value ('' for the whole document). */
  path: string;
  keyword: string;
  message: string;
}

type Params = Record<string, unknown>;
type Phrase = (p: Params) => string;

const formatNames: Record<string, { vi: string; en: string }> = {
  email: { vi: 'địa chỉ email', en: 'an email address' },
  uuid: { vi: 'mã định danh UUID', en: 'a UUID' },
  'date-time': { vi: 'ngày giờ (ISO 8601)', en: 'a date-time (ISO 8601)' },
  date: { vi: 'ngày (YYYY-MM-DD)', en: 'a date (YYYY-MM-DD)' },
  uri: { vi: 'địa chỉ URI', en: 'a URI' },
  'uri-reference': { vi: 'tham chiếu URI', en: 'a URI reference' },
  url: { vi: 'địa chỉ URL', en: 'a URL' },
  time: { vi: 'giờ (HH:MM:SS)', en: 'a time (HH:MM:SS)' },
  duration: { vi: 'khoảng thời gian (ISO 8601)', en: 'a duration (ISO 8601)' },
  hostname: { vi: 'tên máy chủ', en: 'a host name' },
  ipv4: { vi: 'địa chỉ IPv4', en: 'an IPv4 address' },
  ipv6: { vi: 'địa chỉ IPv6', en: 'an IPv6 address' },
  regex: { vi: 'biểu thức chính quy', en: 'a regular expression' },
};

const typeNames: Record<string, { vi: string; en: string }> = {
  string: { vi: 'chuỗi ký tự', en: 'a string' },
  number: { vi: 'số', en: 'a number' },
  integer: { vi: 'số nguyên', en: 'an integer' },
  boolean: { vi: 'đúng/sai', en: 'true or false' },
  object: { vi: 'đối tượng', en: 'an object' },
  array: { vi: 'danh sách', en: 'a list' },
  null: { vi: 'rỗng (null)', en: 'null' },
};

const list = (value: unknown) =>
  Array.isArray(value) ? value.map((v) => JSON.stringify(v)).join(', ') : String(value);
const typeName = (value: unknown, lang: MessageLang) =>
  String(value)
    .split(',')
    .map((t) => typeNames[t]?.[lang] ?? t)
    .join(lang === 'vi' ? ' hoặc ' : ' or ');

/** Messages per ajv keyword; every keyword our schemas use has both languages. */
const phrases: Record<string, { vi: Phrase; en: Phrase }> = {
  required: {
    vi: (p) => `thiếu trường bắt buộc "${p.missingProperty}"`,
    en: (p) => `missing required field "${p.missingProperty}"`,
  },
  additionalProperties: {
    vi: (p) => `không được có trường "${p.additionalProperty}"`,
    en: (p) => `field "${p.additionalProperty}" is not allowed`,
  },
  type: { vi: (p) => `phải là ${typeName(p.type, 'vi')}`, en: (p) => `must be ${typeName(p.type, 'en')}` },
  minLength: {
    vi: (p) => `phải có ít nhất ${p.limit} ký tự`,
    en: (p) => `must have at least ${p.limit} characters`,
  },
  maxLength: {
    vi: (p) => `không được quá ${p.limit} ký tự`,
    en: (p) => `must have at most ${p.limit} characters`,
  },
  minimum: { vi: (p) => `phải lớn hơn hoặc bằng ${p.limit}`, en: (p) => `must be at least ${p.limit}` },
  maximum: { vi: (p) => `phải nhỏ hơn hoặc bằng ${p.limit}`, en: (p) => `must be at most ${p.limit}` },
  exclusiveMinimum: { vi: (p) => `phải lớn hơn ${p.limit}`, en: (p) => `must be greater than ${p.limit}` },
  exclusiveMaximum: { vi: (p) => `phải nhỏ hơn ${p.limit}`, en: (p) => `must be less than ${p.limit}` },
  multipleOf: {
    vi: (p) => `phải là bội số của ${p.multipleOf}`,
    en: (p) => `must be a multiple of ${p.multipleOf}`,
  },
  pattern: { vi: () => 'không đúng định dạng', en: () => 'has the wrong format' },
  format: {
    vi: (p) => `phải là ${formatNames[String(p.format)]?.vi ?? p.format}`,
    en: (p) => `must be ${formatNames[String(p.format)]?.en ?? p.format}`,
  },
  enum: {
    vi: (p) => `phải là một trong: ${list(p.allowedValues)}`,
    en: (p) => `must be one of: ${list(p.allowedValues)}`,
  },
  const: {
    vi: (p) => `phải bằng ${JSON.stringify(p.allowedValue)}`,
    en: (p) => `must equal ${JSON.stringify(p.allowedValue)}`,
  },
  minItems: { vi: (p) => `phải có ít nhất ${p.limit} mục`, en: (p) => `must have at least ${p.limit} items` },
  maxItems: { vi: (p) => `không được quá ${p.limit} mục`, en: (p) => `must have at most ${p.limit} items` },
  uniqueItems: {
    vi: (p) => `các mục ${p.j} và ${p.i} bị trùng`,
    en: (p) => `items ${p.j} and ${p.i} are duplicates`,
  },
  minProperties: {
    vi: (p) => `phải có ít nhất ${p.limit} trường`,
    en: (p) => `must have at least ${p.limit} fields`,
  },
  maxProperties: {
    vi: (p) => `không được quá ${p.limit} trường`,
    en: (p) => `must have at most ${p.limit} fields`,
  },
  anyOf: { vi: () => 'không khớp với lựa chọn nào được phép', en: () => 'matches none of the allowed forms' },
  oneOf: {
    vi: () => 'phải khớp đúng một lựa chọn được phép',
    en: () => 'must match exactly one allowed form',
  },
  not: { vi: () => 'có giá trị không được phép', en: () => 'has a value that is not allowed' },
  if: {
    vi: () => 'không thoả một quy tắc điều kiện của biểu mẫu',
    en: () => 'does not satisfy a conditional rule of the form',
  },
  dependentRequired: {
    vi: (p) => `khi có "${p.property}" thì phải có "${p.missingProperty}"`,
    en: (p) => `"${p.missingProperty}" is required when "${p.property}" is given`,
  },
  propertyNames: {
    vi: (p) => `tên trường "${p.propertyName}" không hợp lệ`,
    en: (p) => `field name "${p.propertyName}" is not valid`,
  },
  unevaluatedProperties: {
    vi: (p) => `không được có trường "${p.unevaluatedProperty}"`,
    en: (p) => `field "${p.unevaluatedProperty}" is not allowed`,
  },
  false: { vi: () => 'không được có giá trị này', en: () => 'no value is allowed here' },
  unevaluatedItems: {
    vi: (p) => `không được quá ${p.len} mục`,
    en: (p) => `must have at most ${p.len} items`,
  },
  items: { vi: (p) => `không được quá ${p.limit} mục`, en: (p) => `must have at most ${p.limit} items` },
  additionalItems: {
    vi: (p) => `không được quá ${p.limit} mục`,
    en: (p) => `must have at most ${p.limit} items`,
  },
  contains: {
    vi: (p) =>
      p.maxContains === undefined
        ? `phải có ít nhất ${p.minContains ?? 1} mục hợp lệ`
        : `phải có từ ${p.minContains} đến ${p.maxContains} mục hợp lệ`,
    en: (p) =>
      p.maxContains === undefined
        ? `must contain at least ${p.minContains ?? 1} valid items`
        : `must contain ${p.minContains} to ${p.maxContains} valid items`,
  },
  discriminator: {
    vi: () => 'thiếu hoặc sai trường phân loại',
    en: () => 'has a missing or wrong discriminator',
  },
};

export const localizedKeywords: readonly string[] = Object.keys(phrases);

function pointer(error: ErrorObject): string {
  if (error.keyword === 'required' || error.keyword === 'dependentRequired') {
    return `${error.instancePath}/${String(error.params.missingProperty)}`;
  }
  if (error.keyword === 'additionalProperties' || error.keyword === 'unevaluatedProperties') {
    const name = error.params.additionalProperty ?? error.params.unevaluatedProperty;
    return `${error.instancePath}/${String(name)}`;
  }
  return error.instancePath;
}

const parentOf = (schemaPath: string) => schemaPath.slice(0, schemaPath.lastIndexOf('/'));

/**
 * Drops the errors that only echo another one: each failed `const` of a `oneOf` (the `oneOf` error says
 * it); an `if` error whose `then` branch already reported why; and, where a rule's `then` failed, the
 * `unevaluatedProperties` errors of that object, since a failed `then` leaves its other shown fields
 * unevaluated (the record stays invalid; the echo would reappear only if it were real).
 */
function withoutEchoes(errors: readonly ErrorObject[]): ErrorObject[] {
  const paths = new Set(errors.map((e) => `${e.instancePath} ${e.schemaPath}`));
  const failedRules = new Set(errors.filter((e) => e.keyword === 'if').map((e) => e.instancePath));
  return errors.filter((error) => {
    if (error.keyword === 'const' && /\/oneOf\/\d+\/const$/.test(error.schemaPath)) {
      return !paths.has(`${error.instancePath} ${parentOf(parentOf(error.schemaPath))}`);
    }
    if (error.keyword === 'unevaluatedProperties') return !failedRules.has(error.instancePath);
    if (error.keyword !== 'if') return true;
    const thenPath = `${parentOf(error.schemaPath)}/then/`;
    return !errors.some((other) => other.schemaPath.startsWith(thenPath));
  });
}

/**
 * Turns ajv errors into messages in Vietnamese or English, each with the JSON pointer of its value.
 * Errors that only echo another (`oneOf` consts, `if` over its `then`) are left out.
 */
export function localizeAjvErrors(
  errors: readonly ErrorObject[],
  lang: MessageLang,
): LocalizedValidationError[] {
  return withoutEchoes(errors).map((error) => {
    const phrase = phrases[error.keyword]?.[lang];
    const message = phrase
      ? phrase(error.params)
      : lang === 'vi'
        ? `không hợp lệ (${error.keyword})`
        : `is not valid (${error.keyword})`;
    return { path: pointer(error), keyword: error.keyword, message };
  });
}
