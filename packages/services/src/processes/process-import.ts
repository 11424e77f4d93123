import type { WordSource } from '@nguon/contracts';
import type { ProcessDefinition } from '@nguon/domain';
import { parseFormSchema } from '@nguon/forms';
import { AppError, type FieldError } from '../errors/app-error';

/** Refuses a definition whose stage forms do not parse into the builder's model, naming every bad stage. */
export function assertImportableForms(definition: ProcessDefinition): void {
  const fieldErrors: FieldError[] = [];
  let first: { stage: string; detail: WordSource } | undefined;
  definition.stages.forEach((stage, index) => {
    const parsed = parseFormSchema(stage.form.schema, stage.form.uiSchema);
    if (parsed.ok) return;
    const stageFirst = fieldErrors.length;
    for (const problem of parsed.problems) {
      const path = `/definition/stages/${index}/form${problem.path.startsWith('/') ? problem.path : `/${problem.path}`}`;
      fieldErrors.push({ path, keyword: problem.code, kind: 'form', problem });
    }
    const problem = fieldErrors[stageFirst];
    if (!first && problem) first = { stage: stage.key || stage.name.vi, detail: problem };
  });
  if (first) throw new AppError('PROCESS_FORM_INVALID', first, fieldErrors[0]?.path, fieldErrors);
}
