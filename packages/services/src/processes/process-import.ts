import type { WordSource } from '@nguon/contracts';
import type { ProcessDefinition, StageForm } from '@nguon/domain';
import { parseFormSchema } from '@nguon/forms';
import { AppError, type FieldError } from '../errors/app-error';

/** Refuses a definition whose stage (or job) forms do not parse into the builder's model, naming every bad one. */
export function assertImportableForms(definition: ProcessDefinition): void {
  const fieldErrors: FieldError[] = [];
  let first: { stage: string; detail: WordSource } | undefined;
  const check = (form: StageForm, at: string, name: string) => {
    const parsed = parseFormSchema(form.schema, form.uiSchema);
    if (parsed.ok) return;
    const formFirst = fieldErrors.length;
    for (const problem of parsed.problems) {
      const path = `${at}/form${problem.path.startsWith('/') ? problem.path : `/${problem.path}`}`;
      fieldErrors.push({ path, keyword: problem.code, kind: 'form', problem });
    }
    const problem = fieldErrors[formFirst];
    if (!first && problem) first = { stage: name, detail: problem };
  };
  definition.stages.forEach((stage, index) => {
    const at = `/definition/stages/${index}`;
    check(stage.form, at, stage.key || stage.name.vi);
    (stage.jobs ?? []).forEach((job, jobIndex) => {
      check(job.form, `${at}/jobs/${jobIndex}`, `${stage.key || stage.name.vi} — ${job.key || job.name.vi}`);
    });
  });
  if (first) throw new AppError('PROCESS_FORM_INVALID', first, fieldErrors[0]?.path, fieldErrors);
}
