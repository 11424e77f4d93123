/**
 * Codes `parseFormSchema` refuses: what the model cannot hold or compile would change. The other codes
 * are for an editable model (`checkFormModel`) and do not stop parsing.
 */
const refusalCodes = [
  'unknown_field_type',
  'unknown_keyword',
  'invalid_schema',
  'duplicate_field_key',
  'invalid_field_key',
  'nested_group',
  'heading_in_group',
  'invalid_rule',
  'too_deep',
  'too_many_fields',
  'string_too_long',
  'schema_too_large',
  'unknown_unit',
  'invalid_pattern',
  'invalid_range',
  'option_not_applicable',
  'rule_target_required',
] as const;

const modelCodes = [
  'missing_label',
  'no_choices',
  'duplicate_choice',
  'invalid_choice_value',
  'missing_catalog',
  'unit_on_non_number',
  'invalid_default',
  'rule_unknown_field',
  'rule_target_is_condition',
  'rule_target_twice',
  'rule_condition_type',
  'empty_group',
  'lot_quantity_field_missing',
  'lot_quantity_field_not_quantity',
] as const;

/** Every code a form check can report; `formProblemMessage` (contracts) words each in Vietnamese and English. */
export const formProblemCodes = [...refusalCodes, ...modelCodes] as const;
export type FormProblemCode = (typeof formProblemCodes)[number];

/**
 * One problem of a form. `path` is `fields/3/choices/1` or `rules/0/targets/2` for the builder model
 * (field order = builder order), `schema/<JSON pointer>` or `uiSchema/<JSON pointer>` for a document.
 */
export interface FormProblem {
  code: FormProblemCode;
  path: string;
  params: Record<string, string | number>;
}

export const parseRefusalCodes: ReadonlySet<FormProblemCode> = new Set<FormProblemCode>(refusalCodes);

export function formProblem(
  code: FormProblemCode,
  path: string,
  params: Record<string, string | number> = {},
): FormProblem {
  return { code, path, params };
}
