import type { LocalizedText } from '@nguon/domain';
import type { FieldType, FormField } from '../model/form-model';
import { parseFormSchema } from './parse-form';

export interface FormFieldSummary {
  /** `key`, or `group.sub` for a sub-field of a repeating group. */
  key: string;
  label: LocalizedText;
  type: FieldType;
  required: boolean;
  public: boolean;
}

function summarize(field: FormField, prefix: string): FormFieldSummary[] {
  const key = `${prefix}${field.key}`;
  const own: FormFieldSummary = {
    key,
    label: { ...field.label },
    type: field.type,
    required: field.required,
    public: field.public,
  };
  return [own, ...field.fields.flatMap((sub) => summarize(sub, `${key}.`))];
}

/**
 * Flat list of a form's fields for the version diff, in builder order; [] when the form does not parse.
 * Skips the ajv compile (stored forms were checked when saved), so it stays cheap over many stages.
 */
export function summarizeFormFields(form: { schema: unknown; uiSchema: unknown }): FormFieldSummary[] {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  return parsed.ok ? parsed.model.fields.flatMap((field) => summarize(field, '')) : [];
}
