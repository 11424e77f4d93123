import type { FormProblem } from './form-problem';
import { checkFormModel } from './form-problems';
import { parseFormSchema } from './parse-form';

/**
 * The server's gate for a stage (or catalog) form before it is stored: parses it (which also compiles
 * it with `createFormAjv`) and checks the model. [] means sound.
 */
export function checkStageForm(form: { schema: unknown; uiSchema: unknown }): FormProblem[] {
  const parsed = parseFormSchema(form.schema, form.uiSchema);
  return parsed.ok ? checkFormModel(parsed.model) : parsed.problems;
}
