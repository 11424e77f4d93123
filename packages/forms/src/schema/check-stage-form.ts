import type { FormProblem } from './form-problem';
import { checkFormModel } from './form-problems';
import { parseFormSchema } from './parse-form';

/**
 * The server's gate for a stage (or catalog) form before it is stored: parses it, checks the model,
 * and only a sound model is compiled with ajv, so the owner reads "choose a catalog" rather than an
 * ajv message about the schema that the unfinished field produced. [] means sound.
 */
export function checkStageForm(
  form: { schema: unknown; uiSchema: unknown },
  // The browser passes false: our CSP forbids ajv's code generation there; the server compiles on save.
  options: { compile?: boolean } = {},
): FormProblem[] {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  if (!parsed.ok) return parsed.problems;
  const problems = checkFormModel(parsed.model);
  if (problems.length > 0 || options.compile === false) return problems;
  const compiled = parseFormSchema(form.schema, form.uiSchema);
  return compiled.ok ? [] : compiled.problems;
}
