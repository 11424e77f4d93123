import type { LocalizedText } from '@nguon/domain';
import { choiceValuePattern, fieldCapabilities, fieldKeyPattern } from '../model/field-capabilities';
import { type FormField, fieldTypes } from '../model/form-model';
import { findUnit } from '../units/units';
import { defaultValueFault } from './default-value';
import { catalogIdPattern, maxSchemaStringLength } from './form-keywords';
import { type FormProblem, formProblem } from './form-problem';
import { checkPattern } from './pattern-safety';

const catalogId = new RegExp(catalogIdPattern);
const isBlank = (value: string) => value.trim() === '';
const tooLong = (value: string) => value.length > maxSchemaStringLength;

function textProblems(text: LocalizedText, path: string, key: string, required: boolean): FormProblem[] {
  const problems: FormProblem[] = [];
  if (isBlank(text.vi) && (required || !isBlank(text.en)))
    problems.push(formProblem('missing_label', path, { key }));
  if (tooLong(text.vi) || tooLong(text.en)) {
    problems.push(formProblem('string_too_long', path, { key, limit: maxSchemaStringLength }));
  }
  return problems;
}

function limitProblems(field: FormField, path: string): FormProblem[] {
  const { limits: kind, defaultMax } = fieldCapabilities[field.type];
  const { key, min } = field;
  // An empty max means the type's default (text: 500), which min must not exceed either.
  const max = field.max ?? defaultMax;
  if (!kind) {
    if (min === null && field.max === null) return [];
    return [formProblem('option_not_applicable', path, { key, option: min === null ? 'max' : 'min' })];
  }
  const valid = (n: number | null) =>
    n === null || (Number.isFinite(n) && (kind === 'value' || (Number.isInteger(n) && n >= 0)));
  if (!valid(min) || !valid(max) || (min !== null && max !== null && min > max)) {
    return [formProblem('invalid_range', `${path}/min`, { key, min: String(min), max: String(max) })];
  }
  return [];
}

function choiceProblems(field: FormField, path: string): FormProblem[] {
  const { key, choices } = field;
  if (!fieldCapabilities[field.type].choices) {
    return choices.length > 0
      ? [formProblem('option_not_applicable', `${path}/choices`, { key, option: 'choices' })]
      : [];
  }
  if (choices.length === 0) return [formProblem('no_choices', `${path}/choices`, { key })];
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  choices.forEach((choice, index) => {
    const choicePath = `${path}/choices/${index}`;
    if (!choiceValuePattern.test(choice.value)) {
      problems.push(
        formProblem('invalid_choice_value', choicePath, { key, value: choice.value.slice(0, 80) }),
      );
    } else if (seen.has(choice.value)) {
      problems.push(formProblem('duplicate_choice', choicePath, { key, value: choice.value }));
    }
    seen.add(choice.value);
    problems.push(...textProblems(choice.label, `${choicePath}/label`, key, true));
  });
  return problems;
}

/** pattern, unit, catalog: the options only one type uses. */
function optionProblems(field: FormField, path: string): FormProblem[] {
  const can = fieldCapabilities[field.type];
  const { key } = field;
  const problems: FormProblem[] = [];
  if (field.pattern !== null && !can.pattern) {
    problems.push(formProblem('option_not_applicable', `${path}/pattern`, { key, option: 'pattern' }));
  } else if (field.pattern !== null && field.pattern !== '') {
    const fault = tooLong(field.pattern) ? 'too_long' : checkPattern(field.pattern);
    if (fault) problems.push(formProblem('invalid_pattern', `${path}/pattern`, { key, reason: fault }));
  }
  if (field.unit !== null && !can.unit)
    problems.push(formProblem('unit_on_non_number', `${path}/unit`, { key }));
  else if (field.unit !== null && !findUnit(field.unit)) {
    problems.push(formProblem('unknown_unit', `${path}/unit`, { key, unit: field.unit.slice(0, 80) }));
  }
  if (can.catalog && (field.catalogId === null || !catalogId.test(field.catalogId))) {
    problems.push(formProblem('missing_catalog', `${path}/catalogId`, { key }));
  } else if (!can.catalog && field.catalogId !== null) {
    problems.push(formProblem('option_not_applicable', `${path}/catalogId`, { key, option: 'catalogId' }));
  }
  if (field.required && !can.canBeRequired) {
    problems.push(formProblem('option_not_applicable', `${path}/required`, { key, option: 'required' }));
  }
  return problems;
}

function defaultProblems(field: FormField, path: string): FormProblem[] {
  if (field.defaultValue === null) return [];
  if (!fieldCapabilities[field.type].defaultKind) {
    return [
      formProblem('option_not_applicable', `${path}/defaultValue`, {
        key: field.key,
        option: 'defaultValue',
      }),
    ];
  }
  return defaultValueFault(field)
    ? [formProblem('invalid_default', `${path}/defaultValue`, { key: field.key })]
    : [];
}

function subFieldProblems(field: FormField, path: string, displayKey: string): FormProblem[] {
  if (!fieldCapabilities[field.type].subFields) {
    const extra = field.fields.length > 0;
    return extra
      ? [formProblem('option_not_applicable', `${path}/fields`, { key: displayKey, option: 'fields' })]
      : [];
  }
  if (field.fields.length === 0) return [formProblem('empty_group', `${path}/fields`, { key: displayKey })];
  return checkFieldList(field.fields, `${path}/fields`, `${displayKey}.`, true);
}

/** Problems of one field; sub-field keys are reported as `group.sub`. */
export function checkField(
  field: FormField,
  path: string,
  keyPrefix: string,
  inGroup: boolean,
): FormProblem[] {
  const key = `${keyPrefix}${field.key}`;
  if (!fieldTypes.includes(field.type))
    return [formProblem('unknown_field_type', path, { key, type: String(field.type) })];
  const problems: FormProblem[] = [];
  if (!fieldKeyPattern.test(field.key))
    problems.push(formProblem('invalid_field_key', `${path}/key`, { key: key.slice(0, 80) }));
  if (inGroup && field.type === 'group') problems.push(formProblem('nested_group', path, { key }));
  if (inGroup && field.type === 'heading') problems.push(formProblem('heading_in_group', path, { key }));
  const named = { ...field, key };
  problems.push(
    ...textProblems(field.label, `${path}/label`, key, true),
    ...textProblems(field.help, `${path}/help`, key, false),
    ...limitProblems(named, path),
    ...choiceProblems(named, path),
    ...optionProblems(named, path),
    ...defaultProblems(named, path),
    ...subFieldProblems(field, path, key),
  );
  return problems;
}

/** Problems of sibling fields: each field, and keys used twice. */
export function checkFieldList(
  fields: readonly FormField[],
  path: string,
  keyPrefix: string,
  inGroup: boolean,
): FormProblem[] {
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  fields.forEach((field, index) => {
    const fieldPath = `${path}/${index}`;
    if (seen.has(field.key)) {
      problems.push(
        formProblem('duplicate_field_key', `${fieldPath}/key`, { key: `${keyPrefix}${field.key}` }),
      );
    }
    seen.add(field.key);
    problems.push(...checkField(field, fieldPath, keyPrefix, inGroup));
  });
  return problems;
}
