import { maxFormFields } from '../model/field-capabilities';
import type { FormModel } from '../model/form-model';
import { checkFieldList } from './field-problems';
import { type FormProblem, formProblem } from './form-problem';
import { checkRules } from './rule-problems';

/** Everything wrong with a builder model, in builder order; [] when it compiles to a sound form. */
export function checkFormModel(model: FormModel): FormProblem[] {
  const count = model.fields.reduce((sum, field) => sum + 1 + field.fields.length, 0);
  const problems: FormProblem[] = [];
  if (count > maxFormFields)
    problems.push(formProblem('too_many_fields', 'fields', { limit: maxFormFields, count }));
  problems.push(
    ...checkFieldList(model.fields, 'fields', '', false),
    ...checkRules(model.fields, model.rules),
  );
  return problems;
}
