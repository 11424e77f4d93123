import type { WordSource } from '@nguon/contracts';
import { foldText, type StageForm } from '@nguon/domain';
import { createFormValidatorCache, describeAjvErrors, type FormModel, parseFormSchema } from '@nguon/forms';
import { AppError, type FieldError } from '../errors/app-error';

const validators = createFormValidatorCache({ maxEntries: 500 });

/** The builder model of a stored catalog form; a stored form that no longer parses is a bug. */
export function catalogFormModel(form: StageForm): FormModel {
  const parsed = parseFormSchema(form.schema, form.uiSchema, { compile: false });
  if (!parsed.ok) throw new Error(`stored catalog form does not parse: ${parsed.problems[0]?.code}`);
  return parsed.model;
}

function displayValue(model: FormModel, key: string, value: unknown): string {
  const field = model.fields.find((candidate) => candidate.key === key);
  const choice = field?.choices.find((c) => c.value === value);
  if (choice) return choice.label.vi;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (value && typeof value === 'object' && 'label' in value && typeof value.label === 'string')
    return value.label;
  return '';
}

/** The label a record keeps as its snapshot: the label fields' values joined. */
export function itemLabel(
  model: FormModel,
  labelFields: readonly string[],
  data: Record<string, unknown>,
): string {
  const parts = labelFields
    .map((key) => displayValue(model, key, data[key]).trim())
    .filter((part) => part !== '');
  return parts.join(' · ').slice(0, 300) || '—';
}

/** Every text and number in the item, folded, so a search finds "dau trau" in "Đầu Trâu". */
export function itemSearchText(label: string, data: unknown): string {
  const parts: string[] = [label];
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string' || typeof value === 'number') parts.push(String(value));
    else if (Array.isArray(value)) stack.push(...value);
    else if (value && typeof value === 'object') stack.push(...Object.values(value));
  }
  return foldText(parts.join(' ')).slice(0, 10_000);
}

type FormOf = { id: string; revision: number; form: StageForm };

/** What is wrong with item data under its catalog's form, as described ajv errors; empty when it is valid. */
export function itemProblems(catalog: FormOf, data: Record<string, unknown>) {
  const result = validators.validate(`${catalog.id}:${catalog.revision}`, catalog.form.schema, data);
  return result.ok ? [] : describeAjvErrors(result.errors);
}

/** Validates item data against its catalog's form (compiled once per catalog revision). */
export function assertValidItem(catalog: FormOf, data: Record<string, unknown>): void {
  const result = validators.validate(`${catalog.id}:${catalog.revision}`, catalog.form.schema, data);
  if (result.ok) return;
  const errors = describeAjvErrors(result.errors).map(
    (e): FieldError => ({ path: `/data${e.path}`, kind: 'ajv', keyword: e.keyword, params: e.params }),
  );
  const [first] = errors;
  const detail: WordSource = first ?? { kind: 'message', key: 'catalogs.detail.invalidData' };
  throw new AppError('CATALOG_ITEM_INVALID', { detail }, first?.path, errors);
}
