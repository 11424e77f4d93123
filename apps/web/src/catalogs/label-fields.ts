import type { LocalizedText, StageForm } from '@nguon/domain';
import { type FieldType, summarizeFormFields } from '@nguon/forms';

const labelTypes: readonly FieldType[] = ['text', 'integer', 'number', 'choice', 'date'];
export const maxLabelFields = 3;

export interface LabelFieldOption {
  key: string;
  label: LocalizedText;
}

/** The top-level fields of an item form that may make up its label: text, number, choice or date. */
export function labelFieldOptions(form: StageForm): LabelFieldOption[] {
  return summarizeFormFields(form)
    .filter((field) => !field.key.includes('.') && labelTypes.includes(field.type))
    .map((field) => ({ key: field.key, label: field.label }));
}

/** The chosen label fields still in the form, at most three; the first eligible field when none is left. */
export function keepLabelFields(chosen: readonly string[], form: StageForm): string[] {
  const options = labelFieldOptions(form).map((option) => option.key);
  const kept = chosen.filter((key) => options.includes(key)).slice(0, maxLabelFields);
  if (kept.length > 0) return kept;
  return options.slice(0, 1);
}

/** The fields of an item form, top level, in builder order: for columns and the filter. */
export function itemColumns(form: StageForm): LabelFieldOption[] {
  return summarizeFormFields(form)
    .filter((field) => !field.key.includes('.') && field.type !== 'heading')
    .map((field) => ({ key: field.key, label: field.label }));
}
