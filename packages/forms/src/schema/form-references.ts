import type { FormField, FormModel } from '../model/form-model';

/** Something a record's data points at, which the server must find in the tenant before storing it. */
export type FormReference =
  | { kind: 'catalogItem'; catalogId: string; itemId: string; path: string }
  | { kind: 'file'; fileId: string; image: boolean; path: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldReferences(field: FormField, value: unknown, path: string): FormReference[] {
  switch (field.type) {
    case 'catalog':
      return isObject(value) && typeof value.id === 'string' && field.catalogId
        ? [{ kind: 'catalogItem', catalogId: field.catalogId, itemId: value.id, path }]
        : [];
    case 'photos':
      return Array.isArray(value)
        ? value.flatMap((id, i) =>
            typeof id === 'string'
              ? [{ kind: 'file', fileId: id, image: true, path: `${path}/${i}` } as const]
              : [],
          )
        : [];
    case 'signature':
    case 'file':
      return typeof value === 'string'
        ? [{ kind: 'file', fileId: value, image: field.type === 'signature', path }]
        : [];
    case 'group':
      return Array.isArray(value)
        ? value.flatMap((row, i) => (isObject(row) ? referencesIn(field.fields, row, `${path}/${i}`) : []))
        : [];
    default:
      return [];
  }
}

function referencesIn(
  fields: readonly FormField[],
  data: Record<string, unknown>,
  base: string,
): FormReference[] {
  return fields.flatMap((field) =>
    field.key in data ? fieldReferences(field, data[field.key], `${base}/${field.key}`) : [],
  );
}

/** Every catalog item and file the data of a form (already valid against its schema) refers to, with its path. */
export function formReferences(model: FormModel, data: Record<string, unknown>): FormReference[] {
  return referencesIn(model.fields, data, '');
}
