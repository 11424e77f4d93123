import { describeAjvErrors, type FormProblem, fieldTypes } from '@nguon/forms';
import type { Lang } from '../errors/lang';
import { createMessageFormatter, type MessageValues } from '../messages/message-format';
import { formCatalogues, type FormMessageKey as Key } from './form.catalogues';

const format = createMessageFormatter(formCatalogues);

/** An ajv error as `describeAjvErrors` reads it (ajv's `ErrorObject`, without a dependency on ajv here). */
export type AjvErrorObject = Parameters<typeof describeAjvErrors>[0][number];

export interface LocalizedValidationError {
  /** JSON pointer of the bad value ('' for the whole document). */
  path: string;
  keyword: string;
  message: string;
}

const isKey = (key: string): key is Key => Object.hasOwn(formCatalogues.vi, key);
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
  return describeAjvErrors(errors).map(({ path, keyword, params }) => ({
    path,
    keyword,
    message: ajvErrorMessage(keyword, params, lang),
  }));
}

/**
 * A message that stands alone under its field, in the voice of the form's own ("Cần điền mục này."): capital
 * letter, full stop. The catalogue keeps fragments since the API composes them ("Dòng 3, Diện tích: phải là số").
 */
export function asSentence(message: string, lang: Lang): string {
  const trimmed = message.trim();
  if (trimmed === '') return trimmed;
  const first = trimmed.charAt(0).toLocaleUpperCase(lang);
  const body = `${first}${trimmed.slice(1)}`;
  return /[.!?…]$/.test(body) ? body : `${body}.`;
}

/** One described ajv error (`describeAjvErrors`) in words, Vietnamese or English. */
export function ajvErrorMessage(keyword: string, params: Record<string, unknown>, lang: Lang): string {
  const key = `ajv.${keyword}`;
  return isKey(key) && key !== 'ajv.unknown'
    ? format(lang, key, ajvValues(keyword, params, lang))
    : format(lang, 'ajv.unknown', { keyword });
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
