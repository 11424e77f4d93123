import type { StageForm } from '@nguon/domain';
import { type FormField, parseFormSchema } from '@nguon/forms';

// parsing a form is cheap next to compiling it, but the jobs list shows every job's count: once per form object
const fieldsByForm = new WeakMap<StageForm, readonly FormField[]>();

/** A form's top-level fields, or none when it cannot be read (its problems say why). */
export function topLevelFields(form: StageForm): readonly FormField[] {
  const known = fieldsByForm.get(form);
  if (known) return known;
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  const fields = parsed.ok ? parsed.model.fields : [];
  fieldsByForm.set(form, fields);
  return fields;
}

/** The top-level number fields of a job's form: the ones a waiting period may read its days from. */
export function numberFields(form: StageForm): readonly FormField[] {
  return topLevelFields(form).filter((field) => field.type === 'number' || field.type === 'integer');
}
