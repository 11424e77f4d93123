import { untranslatedTexts } from '../model/translations';
import type { FormDocument } from './compile-form';
import { parseFormSchema } from './parse-form';

// a stage's form is parsed once per stored object, however often the designer re-renders
const counted = new WeakMap<FormDocument, number>();

/** How many of a stored form's texts still lack English (0 for a form that does not parse). */
export function untranslatedInForm(form: FormDocument): number {
  const known = counted.get(form);
  if (known !== undefined) return known;
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  const count = parsed.ok ? untranslatedTexts(parsed.model).length : 0;
  counted.set(form, count);
  return count;
}
