import type { LocalizedText } from '@nguon/domain';
import type { FormField, FormModel } from '../model/form-model';
import { convertQuantity } from '../units/units';
import { type FormProblem, formProblem } from './form-problem';
import { isRecord } from './json-utils';
import { parseFormSchema } from './parse-form';

type FormDocumentLike = { schema: unknown; uiSchema: unknown };

/**
 * Fields that may set a lot's quantity: top-level number fields with a unit. Without a unit nobody could
 * tell 95 kg from 95 tấn; a field inside a group holds one value per row, not one figure for the lot.
 */
export function lotQuantityFields(model: FormModel): FormField[] {
  return model.fields.filter((field) => field.type === 'number' && field.unit !== null);
}

/** Why `key` cannot set the lot's quantity in this form, as form problems; [] when it can. */
export function lotQuantityFieldProblems(form: FormDocumentLike, key: string): FormProblem[] {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  // an unreadable form has its own problems; naming the field as well would only repeat them
  if (!parsed.ok) return [];
  const index = parsed.model.fields.findIndex((field) => field.key === key);
  if (index < 0) return [formProblem('lot_quantity_field_missing', '', { key })];
  if (!lotQuantityFields(parsed.model).includes(parsed.model.fields[index]!)) {
    return [formProblem('lot_quantity_field_not_quantity', `fields/${index}`, { key })];
  }
  return [];
}

export type LotQuantityReading =
  | { ok: true; quantity: number | null }
  | { ok: false; fault: 'not_quantity' }
  | { ok: false; fault: 'unit'; fieldUnit: string; label: LocalizedText };

/**
 * The lot quantity a record's data gives, in the lot's unit: null when the field was left blank (the
 * record then sets nothing). A unit that cannot be converted (bags vs kg) is a fault, never a guess.
 */
export function readLotQuantity(
  form: FormDocumentLike,
  key: string,
  data: unknown,
  lotUnit: string,
): LotQuantityReading {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  const field = parsed.ok
    ? lotQuantityFields(parsed.model).find((candidate) => candidate.key === key)
    : undefined;
  if (field?.unit == null) return { ok: false, fault: 'not_quantity' };
  const value = isRecord(data) ? data[key] : undefined;
  if (typeof value !== 'number') return { ok: true, quantity: null };
  const quantity = convertQuantity(value, field.unit, lotUnit);
  if (quantity === null) return { ok: false, fault: 'unit', fieldUnit: field.unit, label: field.label };
  return { ok: true, quantity };
}
